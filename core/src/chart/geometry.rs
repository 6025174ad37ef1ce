//! Where things go: the chart's panels in pixels, the data-to-pixel mappings (plotters' `Cartesian2d`), ticks,
//! colours and the positions of every data point. The SVG drawing and the interactive layer both use these, so a
//! point the reader hovers is exactly where it was drawn.

use plotters::coord::types::RangedCoordf64;
use plotters::coord::CoordTranslate;
use plotters::prelude::Cartesian2d;

use super::view::{ChartView, Theme};
use crate::date::Date;
use crate::model::{Basis, Dataset, Service};

pub type Coord = Cartesian2d<RangedCoordf64, RangedCoordf64>;

/// Below this width the chart uses its compact layout (phones).
pub const COMPACT_BELOW: u32 = 560;
/// Narrowest width the chart lays out for.
pub const MIN_WIDTH: u32 = 280;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub left: i32,
    pub top: i32,
    pub right: i32,
    pub bottom: i32,
}

impl Rect {
    pub fn height(&self) -> i32 {
        self.bottom - self.top
    }
    pub fn width(&self) -> i32 {
        self.right - self.left
    }
}

/// The chart's layout for one width.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    pub width: u32,
    pub height: u32,
    pub compact: bool,
    /// Font size of labels, pixels.
    pub font: u32,
    /// The toll panel's plotting area.
    pub toll: Rect,
    /// One row per blackout event.
    pub services: Rect,
    pub service_rows: Vec<Rect>,
    /// The connectivity panel's plotting area (0–100 %).
    pub connectivity: Rect,
    /// Time axis: day values (days since 1970-01-01) at the left and right edges.
    pub x0: f64,
    pub x1: f64,
    /// Top of the toll axis.
    pub y_max: f64,
    /// Rows of annotation labels above the toll panel.
    pub label_rows: i32,
}

impl Frame {
    pub fn new(d: &Dataset, width: u32, view: &ChartView) -> Frame {
        let width = width.max(MIN_WIDTH);
        let compact = width < COMPACT_BELOW;
        let font = if compact { 11 } else { 12 };
        let left = if compact { 46 } else { 56 };
        let right = width as i32 - if compact { 10 } else { 16 };
        // Room above the plot for annotation labels, in rows.
        let label_rows = if d.annotations.is_empty() {
            0
        } else if compact {
            3
        } else {
            2
        };
        // The axis title sits between the last row and the plot; 20 px leaves it clear of the last row in scripts
        // with tall line boxes too (Persian text in Vazirmatn is 14 px tall at a 12 px font).
        let top = 20 + label_rows * (font as i32 + 6);
        let toll_h = if compact { 250 } else { 330 };
        let toll = Rect { left, top, right, bottom: top + toll_h };

        let row_h = font as i32 + 14;
        let services_top = toll.bottom + 22;
        let n_rows = d.blackout_events.len() as i32;
        let service_rows: Vec<Rect> =
            (0..n_rows).map(|i| Rect { left, top: services_top + i * row_h, right, bottom: services_top + (i + 1) * row_h }).collect();
        let services = Rect { left, top: services_top, right, bottom: services_top + n_rows * row_h };

        let title_lines = if compact { 2 } else { 1 };
        let conn_top = services.bottom + title_lines * (font as i32 + 4) + 12;
        let connectivity = Rect { left, top: conn_top, right, bottom: conn_top + if compact { 56 } else { 64 } };
        let height = (connectivity.bottom + font as i32 + 14) as u32;

        let (first, last) = view.days(d);
        let x0 = first.day_number() as f64;
        let x1 = last.day_number() as f64 + 1.0;
        // The deaths axis fits what is shown, so hiding the large estimates shows the counts in detail.
        let data_max =
            d.claims.iter().filter(|c| view.shows(d, c)).map(|c| c.bounds().1.max(c.under_investigation.unwrap_or(0))).max().unwrap_or(0)
                as f64;
        Frame {
            width,
            height,
            compact,
            font,
            toll,
            services,
            service_rows,
            connectivity,
            x0,
            x1,
            y_max: nice_ceiling(data_max),
            label_rows,
        }
    }

    /// Data (day value, deaths) → pixels in the toll panel.
    pub fn toll_coord(&self) -> Coord {
        Cartesian2d::new(self.x0..self.x1, 0.0..self.y_max, (self.toll.left..self.toll.right, self.toll.bottom..self.toll.top))
    }

    /// Data (day value, percent) → pixels in the connectivity panel.
    pub fn connectivity_coord(&self) -> Coord {
        Cartesian2d::new(
            self.x0..self.x1,
            0.0..100.0,
            (self.connectivity.left..self.connectivity.right, self.connectivity.bottom..self.connectivity.top),
        )
    }

    /// The pixel column of a day value (identical in every panel).
    pub fn x_px(&self, day: f64) -> i32 {
        self.toll_coord().translate(&(day, 0.0)).0
    }

    /// Ticks on the time axis: every 1, 2, 7, 14 or 28 days from the first day shown, so that labels never
    /// crowd (about 70 px apart at least).
    pub fn x_ticks(&self) -> Vec<Date> {
        let days = (self.x1 - self.x0).max(1.0);
        let room = (self.toll.width().max(1) as f64 / 70.0).max(1.0);
        let step = [1i64, 2, 7, 14, 28, 56].into_iter().find(|s| days / *s as f64 <= room).unwrap_or(91);
        let mut out = Vec::new();
        let mut n = self.x0 as i64;
        while (n as f64) < self.x1 {
            out.push(Date::from_day_number(n));
            n += step;
        }
        out
    }

    /// Ticks on the deaths axis: 0 and four or five round steps up to `y_max`.
    pub fn y_ticks(&self) -> Vec<u64> {
        let step = nice_step(self.y_max / if self.compact { 4.0 } else { 5.0 });
        let mut out = Vec::new();
        let mut v = 0.0;
        while v <= self.y_max + 0.5 {
            out.push(v as u64);
            v += step;
        }
        out
    }
}

/// Places labels centred on `x` (with estimated `width`) in `rows` rows between `left` and `right`, so that none
/// overlaps another in its row. Returns each label's row and the x of its centre (moved inside the edges), or
/// `None` when no row has room (the marker stays; the label is left out rather than drawn over another).
pub fn place_labels(items: &[(i32, i32)], rows: i32, left: i32, right: i32) -> Vec<Option<(i32, i32)>> {
    let mut order: Vec<usize> = (0..items.len()).collect();
    crate::date::sort_indices(&mut order, &|a, b| items[a].0.cmp(&items[b].0));
    let mut ends = vec![i32::MIN; rows.max(0) as usize];
    let mut out = vec![None; items.len()];
    for i in order {
        let (x, w) = items[i];
        let cx = x.clamp(left + w / 2, (right - w / 2).max(left + w / 2));
        if let Some(row) = ends.iter().position(|&end| cx - w / 2 >= end + 6) {
            ends[row] = cx + w / 2;
            out[i] = Some((row as i32, cx));
        }
    }
    out
}

/// The x value at which a claim is drawn: midday of its day.
pub fn claim_x(day: Date) -> f64 {
    day.day_number() as f64 + 0.5
}

/// Round `v` up to 1, 2, 2.5 or 5 times a power of ten (never below 10).
pub fn nice_ceiling(v: f64) -> f64 {
    let v = v.max(10.0);
    let mag = 10f64.powf(v.log10().floor());
    for m in [1.0, 2.0, 2.5, 4.0, 5.0, 10.0] {
        if v <= m * mag {
            return m * mag;
        }
    }
    10.0 * mag
}

/// A round step close to `raw`.
pub fn nice_step(raw: f64) -> f64 {
    let raw = raw.max(1.0);
    let mag = 10f64.powf(raw.log10().floor());
    for m in [1.0, 2.0, 2.5, 5.0, 10.0] {
        if raw <= m * mag {
            return m * mag;
        }
    }
    10.0 * mag
}

/// Colour of a claimant in a theme: on dark backgrounds, each hue is lightened so that marks keep 3:1 contrast.
pub fn claimant_colour_in(index: usize, theme: Theme) -> (u8, u8, u8) {
    let (r, g, b) = claimant_colour(index);
    match theme {
        Theme::Light => (r, g, b),
        Theme::Dark => {
            let lift = |c: u8| c as u16 + (255 - c as u16) * 45 / 100;
            (lift(r) as u8, lift(g) as u8, lift(b) as u8)
        }
    }
}

/// A dash pattern per claimant (second channel besides colour): solid, dashed, dotted, dash-dot, …
/// The mark of connectivity metric `index`, in the chart and in the legend: a dot, a square, alternately.
pub fn metric_glyph(index: usize) -> &'static str {
    if index.is_multiple_of(2) {
        "●"
    } else {
        "■"
    }
}

pub fn claimant_dash(index: usize) -> &'static str {
    const DASHES: [&str; 5] = ["none", "7 4", "2 3", "9 3 2 3", "4 4"];
    DASHES[index % DASHES.len()]
}

/// Colour of a claimant, by its position among plotted claimants. Dark enough for text contrast on white.
pub fn claimant_colour(index: usize) -> (u8, u8, u8) {
    // Sixteen hues, each dark enough for 3:1 contrast on white as a mark; neighbours in the list differ in
    // lightness as well as hue, so that they stay apart for colour-blind readers. Shapes carry the basis.
    const PALETTE: [(u8, u8, u8); 16] = [
        (0x0b, 0x5c, 0xad), // blue
        (0x1b, 0x7f, 0x5b), // green
        (0xc0, 0x39, 0x0b), // vermilion
        (0x9a, 0x6a, 0x00), // ochre
        (0xa2, 0x36, 0x7e), // magenta
        (0x3f, 0x8f, 0xc4), // sky
        (0x6b, 0x4c, 0x9a), // violet
        (0x7a, 0x52, 0x30), // brown
        (0x4d, 0x4d, 0x4d), // grey
        (0x6f, 0x7a, 0x1f), // olive
        (0xd8, 0x6a, 0x9a), // pink
        (0x00, 0x8b, 0x8b), // teal
        (0x8c, 0x1c, 0x1c), // maroon
        (0x2e, 0x3e, 0x8c), // indigo
        (0xb8, 0x7d, 0x2a), // amber
        (0x55, 0x8b, 0x2f), // leaf
    ];
    PALETTE[index % PALETTE.len()]
}

pub fn hex((r, g, b): (u8, u8, u8)) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// What a hit target stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// Index into `Dataset::claims`.
    Claim(usize),
    /// Index into `Dataset::connectivity`.
    Observation(usize),
}

/// A data point's position in pixels, for hit-testing and the focusable overlay.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HitPoint {
    pub target: Target,
    pub x: i32,
    pub y: i32,
}

/// The pixel position of every shown claim and connectivity observation, in dataset order.
pub fn hit_points(d: &Dataset, f: &Frame, view: &ChartView) -> Vec<HitPoint> {
    let toll = f.toll_coord();
    let conn = f.connectivity_coord();
    let mut out: Vec<HitPoint> = d
        .claims
        .iter()
        .enumerate()
        .filter(|(_, c)| view.shows(d, c))
        .map(|(i, c)| {
            let (lo, hi) = c.bounds();
            let y = if c.basis == Basis::Range { (lo + hi) as f64 / 2.0 } else { lo as f64 };
            let (x, y) = toll.translate(&(claim_x(c.plot_date()), y));
            HitPoint { target: Target::Claim(i), x, y }
        })
        .collect();
    let in_window = |v: f64| v >= f.x0 && v <= f.x1;
    out.extend(d.connectivity.iter().enumerate().filter(|(_, o)| in_window(o.date.day_value())).map(|(i, o)| {
        let (x, y) = conn.translate(&(o.date.day_value(), o.value));
        HitPoint { target: Target::Observation(i), x, y }
    }));
    out
}

/// The nearest hit point to a pointer position, within `radius` pixels.
pub fn nearest(points: &[HitPoint], x: f64, y: f64, radius: f64) -> Option<HitPoint> {
    points
        .iter()
        .map(|p| (p, (p.x as f64 - x).powi(2) + (p.y as f64 - y).powi(2)))
        .filter(|(_, d2)| *d2 <= radius * radius)
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(p, _)| *p)
}

/// The order in which services are listed.
pub fn service_rank(s: Service) -> u8 {
    match s {
        Service::Internet => 0,
        Service::Mobile => 1,
        Service::Landline => 2,
        Service::InternationalCalls => 3,
        Service::Sms => 4,
    }
}

/// The pixel x range of a blackout event, clipped to the panel.
pub fn event_span(f: &Frame, start: f64, end: Option<f64>) -> (i32, i32) {
    let coord = f.toll_coord();
    let clamp = |v: f64| v.clamp(f.x0, f.x1);
    let a = coord.translate(&(clamp(start), 0.0)).0;
    let b = coord.translate(&(clamp(end.unwrap_or(f.x1)), 0.0)).0;
    (a, b.max(a + 1))
}
