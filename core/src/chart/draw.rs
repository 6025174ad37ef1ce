//! Drawing the chart into SVG with plotters. Each layer (grid, blackout band, one series per claimant, service
//! bars, connectivity) is drawn by its own plotters SVG backend over the same [`Frame`], then wrapped in a `<g>`
//! that names what it is, so the output can be styled, tested and read by assistive technology.

use plotters::coord::CoordTranslate;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::geometry::{claim_x, claimant_colour_in, claimant_dash, event_span, hex, place_labels, Frame};
use super::reduce::to_pixel_columns;
use super::view::{ChartView, Theme};
use crate::date::order_by_date;
use crate::format::Formatter;
use crate::model::{Basis, Claim, Dataset, Method, Qualifier, Reliability};
use crate::strings::{fill, Dir, Strings};

/// A drawn chart: the SVG document and the layout it was drawn with.
#[derive(Debug, Clone, PartialEq)]
pub struct Drawn {
    pub svg: String,
    pub frame: Frame,
}

const FONT: &str = "system-ui, sans-serif";

/// The dash of an unverified figure's outline (the legend's glyph uses the same).
pub const UNVERIFIED_DASH: &str = "3 2";

/// The chart's neutral colours in a theme (claimant colours come from `geometry`).
#[derive(Debug, Clone, Copy)]
pub struct Ink {
    pub paper: RGBColor,
    pub ink: RGBColor,
    pub muted: RGBColor,
    pub grid: RGBColor,
    pub band: RGBColor,
}

impl Ink {
    pub fn of(theme: Theme) -> Ink {
        match theme {
            Theme::Light => Ink {
                paper: RGBColor(0xff, 0xff, 0xff),
                ink: RGBColor(0x33, 0x33, 0x33),
                muted: RGBColor(0x5e, 0x5e, 0x5e),
                grid: RGBColor(0xdd, 0xdd, 0xdd),
                band: RGBColor(0x55, 0x55, 0x55),
            },
            Theme::Dark => Ink {
                paper: RGBColor(0x16, 0x18, 0x1b),
                ink: RGBColor(0xe8, 0xe8, 0xe8),
                muted: RGBColor(0xb4, 0xb4, 0xb4),
                grid: RGBColor(0x3a, 0x3d, 0x42),
                band: RGBColor(0xc8, 0xc8, 0xc8),
            },
        }
    }

    pub fn ink_hex(&self) -> String {
        hex((self.ink.0, self.ink.1, self.ink.2))
    }
}

type Area<'a> = DrawingArea<SVGBackend<'a>, plotters::coord::Shift>;
type Res = Result<(), DrawingAreaErrorKind<<SVGBackend<'static> as DrawingBackend>::ErrorType>>;

/// Draws one layer with a fresh backend of the chart's size and returns its elements without the `<svg>` wrapper.
fn layer(f: &Frame, paint: impl FnOnce(&Area) -> Res) -> String {
    let mut buf = String::new();
    {
        let root = SVGBackend::with_string(&mut buf, (f.width, f.height)).into_drawing_area();
        // Drawing into a string cannot fail; a failure would only lose this layer, never panic.
        let _ = paint(&root);
        let _ = root.present();
    }
    let body_start = buf.find('>').map(|i| i + 1).unwrap_or(0);
    let body_end = buf.rfind("</svg>").unwrap_or(buf.len());
    buf[body_start..body_end].trim().to_string()
}

use crate::markup::escape;

fn text_style<'a>(f: &Frame, colour: &'a RGBColor, h: HPos, v: VPos) -> TextStyle<'a> {
    // plotters-svg writes font sizes divided by 1.24 (points to pixels); scale up so labels come out at f.font px.
    // `FontFamily::Name`, not a `&str`: plotters lowercases a `&str` family, which links Unicode's case tables.
    TextStyle::from((FontFamily::Name(FONT), f.font as f64 * 1.24).into_font()).color(colour).pos(Pos::new(h, v))
}

/// Draws the whole chart for `width` pixels, as the reader's `view` asks. The time axis runs left to right in every
/// locale, so the root sets `direction="ltr"`: plotters anchors labels with `text-anchor="start|end"`, which a
/// right-to-left page would otherwise flip, moving every label by its own width.
pub fn draw(d: &Dataset, fmt: &dyn Formatter, s: &Strings, width: u32, view: &ChartView) -> Drawn {
    let f = Frame::new(d, width, view);
    let ink = Ink::of(view.theme);
    let mut groups: Vec<(String, String)> = Vec::new();

    groups.push(("class=\"grid\"".into(), layer(&f, |a| grid(a, &f, fmt, s, &ink))));

    for (i, e) in d.blackout_events.iter().enumerate() {
        if e.services.contains(&crate::model::Service::Internet) {
            let attrs = format!("class=\"blackout-band\" data-event=\"{}\"", escape(&e.id));
            groups.push((attrs, layer(&f, |a| band(a, &f, d, i, s, &ink))));
        }
    }

    for (ci, claimant) in d.plotted_claimants().iter().enumerate() {
        if view.hidden_claimants.contains(&claimant.id) {
            continue;
        }
        let colour = claimant_colour_in(ci, view.theme);
        let rgb = RGBColor(colour.0, colour.1, colour.2);
        let claims: Vec<&Claim> = d.claims.iter().filter(|c| c.claimant == claimant.id && view.shows(d, c)).collect();
        let id = escape(&claimant.id);
        // The step line has its own group so that its dash pattern (a second channel besides colour) does not
        // reach the marks' outlines.
        let line = layer(&f, |a| step_line(a, &f, &claims, rgb));
        if !line.is_empty() {
            let fade = if view.faded(&claimant.id) { " opacity=\"0.2\"" } else { "" };
            groups.push((format!("class=\"step\" data-claimant=\"{id}\" stroke-dasharray=\"{}\"{fade}", claimant_dash(ci)), line));
        }
        let under = layer(&f, |a| under_investigation(a, &f, &claims, &ink));
        if !under.is_empty() {
            let fade = if view.faded(&claimant.id) { " opacity=\"0.2\"" } else { "" };
            groups.push((format!("class=\"under-investigation\" data-claimant=\"{id}\"{fade}"), under));
        }
        let fade = if view.faded(&claimant.id) { " opacity=\"0.2\"" } else { "" };
        let attrs = format!("class=\"series\" data-claimant=\"{id}\" data-count=\"{}\" fill=\"{}\"{fade}", claims.len(), hex(colour));
        // Figures nobody could check are drawn hollow with a dashed outline, inside the claimant's one series.
        let (checked, unverified): (Vec<&Claim>, Vec<&Claim>) = claims.iter().partition(|c| c.method != Method::Unverified);
        let mut body = layer(&f, |a| series(a, &f, &checked, rgb, &ink));
        let open = layer(&f, |a| series(a, &f, &unverified, rgb, &ink));
        if !open.is_empty() {
            if !body.is_empty() {
                body.push('\n');
            }
            body.push_str(&format!("<g class=\"unverified\" stroke-dasharray=\"{UNVERIFIED_DASH}\">\n{open}\n</g>"));
        }
        groups.push((attrs, body));
    }

    groups.push(("class=\"annotations\"".into(), layer(&f, |a| annotations(a, &f, d, view, &ink))));
    if let Some(day) = view.as_of {
        groups.push(("class=\"as-of\"".into(), layer(&f, |a| as_of_line(a, &f, day, fmt, &ink))));
    }
    groups.push(("class=\"services\"".into(), layer(&f, |a| services(a, &f, d, fmt, s, &ink))));
    groups.push(("class=\"connectivity\"".into(), layer(&f, |a| connectivity(a, &f, d, fmt, s, &ink))));

    let (title, desc) = describe(d, fmt, s, view);
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" direction=\"ltr\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" \
         role=\"img\" aria-labelledby=\"{p}-title {p}-desc\" font-family=\"{FONT}\">\n\
         <title id=\"{p}-title\">{}</title>\n<desc id=\"{p}-desc\">{}</desc>\n\
         <rect class=\"paper\" x=\"0\" y=\"0\" width=\"{w}\" height=\"{h}\" fill=\"{paper}\"/>\n",
        escape(&title),
        escape(&desc),
        w = f.width,
        h = f.height,
        paper = hex((ink.paper.0, ink.paper.1, ink.paper.2)),
        p = if view.id.is_empty() { "chart".to_string() } else { escape(&view.id) },
    );
    for (attrs, body) in groups.into_iter().filter(|(_, body)| !body.is_empty()) {
        svg.push_str(&format!("<g {attrs}>\n{body}\n</g>\n"));
    }
    svg.push_str("</svg>\n");
    Drawn { svg: for_locale(svg, s), frame: f }
}

/// The locale's font for the chart's text, and, in a right-to-left locale, every label isolated right to left
/// (U+2067 … U+2069) inside the left-to-right chart: its words and numbers keep their reading order ("۳۱۱۷ نفر"),
/// while the anchors stay where the geometry put them.
fn for_locale(svg: String, s: &Strings) -> String {
    let svg = if s.chart_font == FONT {
        svg
    } else {
        svg.replace(&format!("font-family=\"{FONT}\""), &format!("font-family=\"{}\"", escape(s.chart_font)))
    };
    if s.dir != Dir::Rtl {
        return svg;
    }
    let mut out = String::with_capacity(svg.len() + 512);
    let mut rest = svg.as_str();
    while let Some(open) = rest.find("<text") {
        let Some(gt) = rest[open..].find('>').map(|i| open + i + 1) else { break };
        let Some(close) = rest[gt..].find("</text>").map(|i| gt + i) else { break };
        out.push_str(&rest[..gt]);
        out.push('\u{2067}');
        out.push_str(&rest[gt..close]);
        out.push('\u{2069}');
        rest = &rest[close..];
    }
    out.push_str(rest);
    out
}

/// The chart's accessible title and description, computed from what is shown so they stay true.
pub fn describe(d: &Dataset, fmt: &dyn Formatter, s: &Strings, view: &ChartView) -> (String, String) {
    let internet = d.blackout_events.iter().find(|e| e.services.contains(&crate::model::Service::Internet));
    let (cut, restored) = match internet {
        Some(e) => (fmt.date(e.start.date), e.end.map(|m| fmt.date(m.date)).unwrap_or_else(|| fmt.date(d.meta.period.end))),
        None => ("-".into(), "-".into()),
    };
    let shown: Vec<&Claim> = d.claims.iter().filter(|c| view.shows(d, c)).collect();
    let claimants: Vec<&str> = d.claimants.iter().map(|k| k.id.as_str()).filter(|id| shown.iter().any(|c| c.claimant == *id)).collect();
    let (first, last) = view.days(d);
    let desc = fill(
        s.chart_desc,
        &[
            ("n", &fmt.integer(shown.len() as u64)),
            ("claimants", &fmt.integer(claimants.len() as u64)),
            ("start", &fmt.date(first)),
            ("end", &fmt.date(last)),
            ("cut", &cut),
            ("restored", &restored),
        ],
    );
    (s.chart_title.to_string(), desc)
}

fn grid(a: &Area, f: &Frame, fmt: &dyn Formatter, s: &Strings, ink: &Ink) -> Res {
    let toll = f.toll_coord();
    // Horizontal grid and deaths labels.
    for v in f.y_ticks() {
        let (_, y) = toll.translate(&(f.x0, v as f64));
        a.draw(&PathElement::new(vec![(f.toll.left, y), (f.toll.right, y)], ink.grid.stroke_width(1)))?;
        a.draw(&Text::new(fmt.integer(v), (f.toll.left - 6, y), text_style(f, &ink.muted, HPos::Right, VPos::Center)))?;
    }
    a.draw(&Text::new(s.axis_deaths.to_string(), (f.toll.left, f.toll.top - 2), text_style(f, &ink.muted, HPos::Left, VPos::Bottom)))?;
    // Vertical ticks through every panel, labels at the bottom.
    let bottom = f.connectivity.bottom;
    for day in f.x_ticks() {
        let x = f.x_px(day.day_number() as f64);
        a.draw(&PathElement::new(vec![(x, f.toll.top), (x, f.toll.bottom)], ink.grid.stroke_width(1)))?;
        a.draw(&PathElement::new(vec![(x, f.connectivity.top), (x, bottom + 4)], ink.grid.stroke_width(1)))?;
        // Labels near an edge are anchored inward so that none is cut off.
        let anchor = if x > f.connectivity.right - 24 {
            HPos::Right
        } else if x < f.connectivity.left + 12 {
            HPos::Left
        } else {
            HPos::Center
        };
        a.draw(&Text::new(fmt.short_date(day), (x, bottom + 6), text_style(f, &ink.muted, anchor, VPos::Top)))?;
    }
    // Axes.
    a.draw(&PathElement::new(vec![(f.toll.left, f.toll.bottom), (f.toll.right, f.toll.bottom)], ink.ink.stroke_width(1)))?;
    a.draw(&PathElement::new(
        vec![(f.connectivity.left, f.connectivity.bottom), (f.connectivity.right, f.connectivity.bottom)],
        ink.ink.stroke_width(1),
    ))?;
    Ok(())
}

fn band(a: &Area, f: &Frame, d: &Dataset, i: usize, s: &Strings, ink: &Ink) -> Res {
    let e = &d.blackout_events[i];
    let (start, end) = (e.start.day_value(), e.end.map(|m| m.day_value()).unwrap_or(f.x1));
    if end < f.x0 || start > f.x1 {
        return Ok(()); // outside the window
    }
    let (x_a, x_b) = event_span(f, start, Some(end));
    a.draw(&Rectangle::new([(x_a, f.toll.top), (x_b, f.toll.bottom)], ink.band.mix(0.13).filled()))?;
    a.draw(&PathElement::new(vec![(x_a, f.toll.top), (x_a, f.toll.bottom)], ink.band.mix(0.6).stroke_width(1)))?;
    // The label sits inside the band, or just before it when the band starts too near the right edge.
    let est = (s.band_label.chars().count() as f64 * f.font as f64 * 0.56) as i32;
    let (anchor, x) = if x_a + 4 + est <= f.toll.right { (HPos::Left, x_a + 4) } else { (HPos::Right, x_a - 4) };
    a.draw(&Text::new(s.band_label.to_string(), (x, f.toll.top + 4), text_style(f, &ink.ink, anchor, VPos::Top)))?;
    Ok(())
}

/// A claimant's counts joined by a step line: a count stands until the next one. Only counts documented case by
/// case or stated on the record (never unverified assertions), of the same kind, whole-country scope and not of
/// low reliability are joined, in date order.
fn step_line(a: &Area, f: &Frame, claims: &[&Claim], colour: RGBColor) -> Res {
    let coord = f.toll_coord();
    let mut counts: Vec<&&Claim> = claims
        .iter()
        .filter(|c| {
            c.basis.is_count()
                && c.method != Method::Unverified
                && c.scope.is_none()
                && c.reliability > Reliability::Low
                && c.value.is_some()
        })
        .collect();
    if let Some(first) = counts.first() {
        let kind = first.counts;
        counts.retain(|c| c.counts == kind);
    }
    // Same-day claims keep file order (the later listed is the later snapshot).
    let dates: Vec<_> = counts.iter().map(|c| c.plot_date()).collect();
    let counts: Vec<&&Claim> = order_by_date(&dates).into_iter().map(|i| counts[i]).collect();
    if counts.len() < 2 {
        return Ok(());
    }
    let mut path = Vec::new();
    for c in &counts {
        let (x, y) = coord.translate(&(claim_x(c.plot_date()), c.value.unwrap_or(0) as f64));
        if let Some(&(_, py)) = path.last() {
            path.push((x, py));
        }
        path.push((x, y));
    }
    a.draw(&PathElement::new(path, colour.mix(0.8).stroke_width(2)))
}

/// Deaths still under investigation (HRANA): drawn apart, small and hollow, never added to the count.
fn under_investigation(a: &Area, f: &Frame, claims: &[&Claim], ink: &Ink) -> Res {
    let coord = f.toll_coord();
    let r = if f.compact { 3 } else { 4 };
    for c in claims {
        if let Some(u) = c.under_investigation {
            let (x, y) = coord.translate(&(claim_x(c.plot_date()), u as f64));
            a.draw(&Rectangle::new([(x - r, y - r), (x + r, y + r)], ink.muted.mix(0.9).stroke_width(1)))?;
        }
    }
    Ok(())
}

/// One claimant's marks, one per claim, shaped by basis (the wording). Unverified figures are hollow; figures of
/// low reliability are faint.
fn series(a: &Area, f: &Frame, claims: &[&Claim], colour: RGBColor, ink: &Ink) -> Res {
    let coord = f.toll_coord();
    let px = |c: &Claim, v: u64| coord.translate(&(claim_x(c.plot_date()), v as f64));
    let r = if f.compact { 4 } else { 5 };
    for c in claims {
        let (lo, hi) = c.bounds();
        let ((x, y_lo), (_, y_hi)) = (px(c, lo), px(c, hi));
        mark(a, c.basis, c.method, c.reliability == Reliability::Low, (x, y_lo, y_hi), r, colour, ink)?;
    }
    Ok(())
}

/// One figure's mark, shaped by its basis (the wording) at `x` between `y_lo` and `y_hi` (equal but for a range):
/// hollow when nobody could verify it, faint when of low reliability. The chart and the legend both draw with it.
#[allow(clippy::too_many_arguments)]
fn mark(a: &Area, basis: Basis, method: Method, weak: bool, (x, y, y_hi): (i32, i32, i32), r: i32, colour: RGBColor, ink: &Ink) -> Res {
    let alpha = if weak { 0.45 } else { 1.0 };
    let solid = colour.mix(alpha);
    let fill_style = if method == Method::Unverified { ink.paper.filled() } else { colour.mix(alpha).filled() };
    let stroke = solid.stroke_width(2);
    match basis {
        Basis::Range => {
            a.draw(&PathElement::new(vec![(x, y), (x, y_hi)], colour.mix(alpha * 0.7).stroke_width(4)))?;
            for y in [y, y_hi] {
                a.draw(&PathElement::new(vec![(x - r, y), (x + r, y)], stroke))?;
            }
        }
        Basis::Estimate => {
            let diamond = vec![(x, y - r - 1), (x + r + 1, y), (x, y + r + 1), (x - r - 1, y), (x, y - r - 1)];
            a.draw(&Polygon::new(diamond.clone(), ink.paper.filled()))?;
            a.draw(&PathElement::new(diamond, stroke))?;
        }
        Basis::Official => {
            a.draw(&Rectangle::new([(x - r, y - r), (x + r, y + r)], fill_style))?;
            a.draw(&Rectangle::new([(x - r, y - r), (x + r, y + r)], stroke))?;
        }
        Basis::AtLeast => {
            // Open upwards: a short stem with a chevron says "this many or more".
            a.draw(&PathElement::new(vec![(x, y), (x, y - 3 * r)], stroke))?;
            a.draw(&PathElement::new(vec![(x - r + 1, y - 2 * r), (x, y - 3 * r), (x + r - 1, y - 2 * r)], stroke))?;
            a.draw(&Circle::new((x, y), r, fill_style))?;
            a.draw(&Circle::new((x, y), r, stroke))?;
        }
        Basis::Confirmed => {
            a.draw(&Circle::new((x, y), r, fill_style))?;
            a.draw(&Circle::new((x, y), r, stroke))?;
        }
    }
    Ok(())
}

/// The legend's drawing of a mark: the chart's own `mark`, in the theme's muted ink, in an 18 × 20 box (an
/// unverified one in the chart's dashed group). `weak` draws the low-reliability version.
pub fn glyph(basis: Basis, method: Method, weak: bool, theme: Theme) -> String {
    let ink = Ink::of(theme);
    let (w, h) = (18u32, 20u32);
    let (y, y_hi) = match basis {
        Basis::AtLeast => (15, 15),
        Basis::Range => (17, 3),
        _ => (11, 11),
    };
    let mut buf = String::new();
    {
        let root = SVGBackend::with_string(&mut buf, (w, h)).into_drawing_area();
        let _ = mark(&root, basis, method, weak, (9, y, y_hi), 4, ink.muted, &ink);
        let _ = root.present();
    }
    let body_start = buf.find('>').map(|i| i + 1).unwrap_or(0);
    let body_end = buf.rfind("</svg>").unwrap_or(buf.len());
    let body = buf[body_start..body_end].trim();
    let body =
        if method == Method::Unverified { format!("<g stroke-dasharray=\"{UNVERIFIED_DASH}\">{body}</g>") } else { body.to_string() };
    format!("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"glyph\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" aria-hidden=\"true\">{body}</svg>")
}

fn services(a: &Area, f: &Frame, d: &Dataset, fmt: &dyn Formatter, s: &Strings, ink: &Ink) -> Res {
    a.draw(&Text::new(
        s.strip_services.to_string(),
        (f.services.left, f.services.top - 4),
        text_style(f, &ink.muted, HPos::Left, VPos::Bottom),
    ))?;
    for (e, row) in d.blackout_events.iter().zip(&f.service_rows) {
        let (start, end) = (e.start.day_value(), e.end.map(|m| m.day_value()).unwrap_or(f.x1));
        if end < f.x0 || start > f.x1 {
            continue; // outside the window
        }
        let (x_a, x_b) = event_span(f, start, Some(end));
        let bar_top = row.top + f.font as i32 + 3;
        let bar_bottom = row.bottom - 3;
        a.draw(&Rectangle::new([(x_a, bar_top), (x_b, bar_bottom)], ink.band.mix(0.75).filled()))?;
        let names: Vec<String> = e.services.iter().map(|sv| s.service(*sv).to_string()).collect();
        let mut label = fmt.list(&names);
        if let Some(end) = e.end {
            let days = e.start.date.days_until(end.date).max(0) as u64;
            label = [label, fill(s.blackout_duration, &[("duration", &s.days(days, fmt))])].join(s.dot_sep);
        }
        // Keep the label inside the chart: start it at the bar's start if it fits, else end it at the bar's end,
        // else at the panel's right edge. Width is estimated (the browser measures text, the core cannot).
        let est = (label.chars().count() as f64 * f.font as f64 * 0.56) as i32;
        let (anchor, x) = if x_a + est <= f.services.right {
            (HPos::Left, x_a)
        } else if x_b - est >= 0 {
            (HPos::Right, x_b)
        } else {
            (HPos::Right, f.services.right)
        };
        a.draw(&Text::new(label, (x, bar_top - 2), text_style(f, &ink.ink, anchor, VPos::Bottom)))?;
    }
    Ok(())
}

fn connectivity(a: &Area, f: &Frame, d: &Dataset, fmt: &dyn Formatter, s: &Strings, ink: &Ink) -> Res {
    let coord = f.connectivity_coord();
    for v in [0.0, 50.0, 100.0] {
        let (_, y) = coord.translate(&(f.x0, v));
        a.draw(&PathElement::new(vec![(f.connectivity.left, y), (f.connectivity.right, y)], ink.grid.stroke_width(1)))?;
        a.draw(&Text::new(fmt.percent(v), (f.connectivity.left - 6, y), text_style(f, &ink.muted, HPos::Right, VPos::Center)))?;
    }
    // Title: the metric names are spelled out with their marks in the legend beside the chart.
    let metrics: Vec<String> =
        d.metrics.iter().enumerate().map(|(i, m)| [super::geometry::metric_glyph(i), m.measured_by.as_str()].join(" ")).collect();
    // On phones the metric names go on a line of their own, above the title.
    if f.compact {
        a.draw(&Text::new(
            metrics.join("  "),
            (f.connectivity.left, f.connectivity.top - 6 - f.font as i32),
            text_style(f, &ink.muted, HPos::Left, VPos::Bottom),
        ))?;
        a.draw(&Text::new(
            s.strip_connectivity.to_string(),
            (f.connectivity.left, f.connectivity.top - 4),
            text_style(f, &ink.muted, HPos::Left, VPos::Bottom),
        ))?;
    } else {
        a.draw(&Text::new(
            fill(s.labelled, &[("label", s.strip_connectivity), ("value", &metrics.join("  "))]),
            (f.connectivity.left, f.connectivity.top - 4),
            text_style(f, &ink.muted, HPos::Left, VPos::Bottom),
        ))?;
    }
    let r = if f.compact { 3 } else { 4 };
    // Observations inside the window, bucketed by metric and reliability in one pass, then reduced to pixel
    // resolution: a dense series costs no more to draw than the chart is wide.
    let mut buckets: Vec<Vec<(i32, i32)>> = vec![Vec::new(); d.metrics.len() * 2];
    for o in &d.connectivity {
        let day = o.date.day_value();
        if !(f.x0..=f.x1).contains(&day) {
            continue;
        }
        if let Some(mi) = d.metrics.iter().position(|m| m.id == o.metric) {
            let weak = (o.reliability == Reliability::Low) as usize;
            buckets[mi * 2 + weak].push(coord.translate(&(day, o.value)));
        }
    }
    for (b, px) in buckets.iter().enumerate() {
        let (mi, weak) = (b / 2, b % 2 == 1);
        let colour = if weak { ink.muted } else { ink.ink };
        let reduced = to_pixel_columns(px);
        if reduced.len() as i32 > f.connectivity.width() / 2 {
            // Dense: one line through each column's low and high traces the series' envelope in one element.
            a.draw(&PathElement::new(reduced, colour.stroke_width(1)))?;
            continue;
        }
        for (x, y) in reduced {
            if mi % 2 == 0 {
                a.draw(&Circle::new((x, y), r, colour.filled()))?;
            } else {
                a.draw(&Rectangle::new([(x - r, y - r), (x + r, y + r)], colour.filled()))?;
            }
        }
    }
    // "Less than" levels point downwards.
    for o in d.connectivity.iter().filter(|o| o.qualifier == Some(Qualifier::LessThan)) {
        if (f.x0..=f.x1).contains(&o.date.day_value()) {
            let (x, y) = coord.translate(&(o.date.day_value(), o.value));
            a.draw(&PathElement::new(vec![(x, y), (x, y + 2 * r)], ink.ink.stroke_width(1)))?;
        }
    }
    Ok(())
}

/// Labelled markers for key events: a dashed line down the toll panel, the label above it, in rows so that no
/// two labels overlap (a label with no room is left out; its line stays).
fn annotations(a: &Area, f: &Frame, d: &Dataset, view: &ChartView, ink: &Ink) -> Res {
    let shown: Vec<&crate::model::Annotation> =
        d.annotations.iter().filter(|n| view.shows_annotation(&n.id) && (f.x0..=f.x1).contains(&n.date.day_value())).collect();
    let items: Vec<(i32, i32)> =
        shown.iter().map(|n| (f.x_px(n.date.day_value()), (n.label.chars().count() as f64 * f.font as f64 * 0.56) as i32 + 4)).collect();
    let places = place_labels(&items, f.label_rows, 0, f.width as i32);
    for ((n, (x, _)), place) in shown.iter().zip(&items).zip(places) {
        a.draw(&PathElement::new(vec![(*x, f.toll.top - 4), (*x, f.toll.bottom)], ink.ink.mix(0.5).stroke_width(1)))?;
        if let Some((row, cx)) = place {
            let y = 14 + row * (f.font as i32 + 6);
            a.draw(&Text::new(n.label.clone(), (cx, y), text_style(f, &ink.ink, HPos::Center, VPos::Center)))?;
            a.draw(&PathElement::new(vec![(*x, y + f.font as i32 / 2 + 1), (*x, f.toll.top - 4)], ink.muted.mix(0.6).stroke_width(1)))?;
        }
    }
    Ok(())
}

/// The "what was known on" day: a line through every panel.
fn as_of_line(a: &Area, f: &Frame, day: crate::date::Date, fmt: &dyn Formatter, ink: &Ink) -> Res {
    let x = f.x_px(day.day_number() as f64 + 1.0); // the end of that day: everything published on it counts
    a.draw(&PathElement::new(vec![(x, f.toll.top), (x, f.connectivity.bottom)], ink.ink.stroke_width(2)))?;
    let right_half = x > f.toll.left + f.toll.width() / 2;
    let (anchor, dx) = if right_half { (HPos::Right, -4) } else { (HPos::Left, 4) };
    a.draw(&Text::new(fmt.short_date(day), (x + dx, f.toll.bottom - 6), text_style(f, &ink.ink, anchor, VPos::Bottom)))?;
    Ok(())
}
