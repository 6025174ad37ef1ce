//! Chart output: structure of the SVG, the geometry the interactive layer uses, and a snapshot of a small dataset.

use explainer_core::chart::{self, geometry::claim_x, ChartView, Target};
use explainer_core::format::PlainEnglish;
use explainer_core::model::Dataset;
use explainer_core::strings::EN;
use explainer_core::validate::load;

fn dataset(path: &str) -> Dataset {
    let text = std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    load(&text).map_err(|p| format!("{p:?}")).unwrap().dataset
}

fn shipped() -> Dataset {
    dataset("../public/data/iran-2026.json")
}

#[test]
fn one_series_group_per_claimant_in_order() {
    let d = shipped();
    let drawn = chart::draw(&d, &PlainEnglish, &EN, 800, &ChartView::default());
    let groups: Vec<&str> = drawn
        .svg
        .match_indices("class=\"series\" data-claimant=\"")
        .map(|(i, m)| {
            let rest = &drawn.svg[i + m.len()..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect();
    let expected: Vec<&str> = d.plotted_claimants().iter().map(|c| c.id.as_str()).collect();
    assert_eq!(groups, expected);
    assert!(drawn.svg.starts_with("<svg"));
    assert!(drawn.svg.contains("<title id=\"chart-title\">"));
}

#[test]
fn axes_contain_every_figure_and_every_point_is_inside_its_panel() {
    let d = shipped();
    for width in [320, 375, 768, 1280] {
        let drawn = chart::draw(&d, &PlainEnglish, &EN, width, &ChartView::default());
        let f = &drawn.frame;
        let max = d.claims.iter().map(|c| c.bounds().1).max().unwrap() as f64;
        assert!(f.y_max >= max, "y axis {} below {}", f.y_max, max);
        assert!(f.x0 <= d.meta.period.start.day_number() as f64);
        for c in &d.claims {
            let x = claim_x(c.plot_date());
            assert!(x >= f.x0 && x <= f.x1, "{} outside the time axis", c.id);
        }
        for p in chart::hit_points(&d, f, &ChartView::default()) {
            let r = match p.target {
                Target::Claim(_) => f.toll,
                Target::Observation(_) => f.connectivity,
            };
            assert!(p.x >= r.left && p.x <= r.right && p.y >= r.top && p.y <= r.bottom, "{p:?} outside {r:?} at {width}px");
        }
    }
}

#[test]
fn blackout_band_spans_the_cut() {
    let d = shipped();
    let drawn = chart::draw(&d, &PlainEnglish, &EN, 1000, &ChartView::default());
    let f = &drawn.frame;
    let e = d.blackout_events.iter().find(|e| e.services.contains(&explainer_core::model::Service::Internet)).unwrap();
    let start = f.x_px(e.start.day_value());
    let end = f.x_px(e.end.unwrap().day_value());
    let i = drawn.svg.find(&format!("class=\"blackout-band\" data-event=\"{}\"", e.id)).expect("band group");
    let rect = &drawn.svg[i..];
    let rect = &rect[rect.find("<rect").unwrap()..];
    let attr = |name: &str| -> i32 {
        let k = rect.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
        rect[k..k + rect[k..].find('"').unwrap()].parse().unwrap()
    };
    assert_eq!(attr("x"), start);
    assert_eq!(attr("x") + attr("width"), end);
    // 8 Jan 20:00 is 11 days and 20 hours after the period's start on 28 Dec.
    assert!((e.start.day_value() - f.x0 - (11.0 + 20.0 / 24.0)).abs() < 1e-6);
}

#[test]
fn nearest_point_hit_testing() {
    let d = shipped();
    let drawn = chart::draw(&d, &PlainEnglish, &EN, 800, &ChartView::default());
    let points = chart::hit_points(&d, &drawn.frame, &ChartView::default());
    let p = points[5];
    assert_eq!(chart::nearest(&points, p.x as f64 + 0.4, p.y as f64, 10.0).map(|q| (q.x, q.y)), Some((p.x, p.y)));
    assert_eq!(chart::nearest(&points, -100.0, -100.0, 10.0), None);
}

/// The small fixture's SVG is compared with a stored snapshot. Set UPDATE_SNAPSHOTS=1 to rewrite it after an
/// intended change, and look at the result (it is an SVG file) before committing.
#[test]
fn snapshot_of_a_small_dataset() {
    let d = dataset("tests/fixtures/small.json");
    let svg = chart::draw(&d, &PlainEnglish, &EN, 640, &ChartView::default()).svg;
    let path = format!("{}/tests/snapshots/small-640.svg", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, &svg).unwrap();
    }
    let expected = std::fs::read_to_string(&path).expect("snapshot exists (run with UPDATE_SNAPSHOTS=1)");
    assert!(svg == expected, "chart SVG changed; inspect and rerun with UPDATE_SNAPSHOTS=1 if intended");
}

#[test]
fn filters_and_window_change_what_is_drawn() {
    use explainer_core::date::Date;
    use explainer_core::model::Method;
    let d = shipped();
    let all = chart::draw(&d, &PlainEnglish, &EN, 800, &ChartView::default());

    // Hiding the unverified figures rescales the deaths axis to the documented and official ones, and removes the
    // series of every claimant that gave only unverified figures.
    let mut checked_only = ChartView::default();
    checked_only.hidden_kinds.insert(Method::Unverified);
    let counts = chart::draw(&d, &PlainEnglish, &EN, 800, &checked_only);
    let highest_checked = d.claims.iter().filter(|c| c.method != Method::Unverified).map(|c| c.bounds().1).max().unwrap();
    let highest = d.claims.iter().map(|c| c.bounds().1).max().unwrap();
    assert!(highest_checked < highest, "the dataset's highest figure is unverified");
    assert!(counts.frame.y_max < all.frame.y_max, "{} < {}", counts.frame.y_max, all.frame.y_max);
    let only_unverified: Vec<&str> = d
        .plotted_claimants()
        .iter()
        .filter(|k| d.claims.iter().filter(|c| c.claimant == k.id).all(|c| c.method == Method::Unverified))
        .map(|k| k.id.as_str())
        .collect();
    assert!(!only_unverified.is_empty());
    for id in only_unverified {
        assert!(all.svg.contains(&format!("class=\"series\" data-claimant=\"{id}\"")));
        assert!(!counts.svg.contains(&format!("data-claimant=\"{id}\"")), "{id} gave only unverified figures");
    }

    // Hiding a claimant removes its series.
    let mut no_hrana = ChartView::default();
    no_hrana.hidden_claimants.insert("hrana".into());
    let drawn = chart::draw(&d, &PlainEnglish, &EN, 800, &no_hrana);
    assert!(!drawn.svg.contains("class=\"series\" data-claimant=\"hrana\""));
    assert!(chart::hit_points(&d, &drawn.frame, &no_hrana).iter().all(|p| match p.target {
        Target::Claim(i) => d.claims[i].claimant != "hrana",
        Target::Observation(_) => true,
    }));

    // A window narrows the time axis; only points inside it can be reached.
    let january =
        ChartView { window: Some((Date::parse("2026-01-08").unwrap(), Date::parse("2026-01-20").unwrap())), ..Default::default() };
    let drawn = chart::draw(&d, &PlainEnglish, &EN, 800, &january);
    assert_eq!(drawn.frame.x0, Date::parse("2026-01-08").unwrap().day_number() as f64);
    let points = chart::hit_points(&d, &drawn.frame, &january);
    assert!(!points.is_empty());
    for p in points {
        if let Target::Claim(i) = p.target {
            let day = d.claims[i].plot_date();
            assert!(day >= Date::parse("2026-01-08").unwrap() && day <= Date::parse("2026-01-20").unwrap());
        }
    }
    assert!(drawn.svg.contains("between 8 January 2026 and 20 January 2026"), "the description follows the window");
}

#[test]
fn under_investigation_is_drawn_apart_and_dark_theme_changes_colours() {
    use explainer_core::chart::Theme;
    let d = shipped();
    let light = chart::draw(&d, &PlainEnglish, &EN, 800, &ChartView::default());
    assert!(light.svg.contains("class=\"under-investigation\" data-claimant=\"hrana\""));
    let dark = chart::draw(&d, &PlainEnglish, &EN, 800, &ChartView { theme: Theme::Dark, ..Default::default() });
    assert!(dark.svg.contains("fill=\"#16181B\"") || dark.svg.contains("fill=\"#16181b\""), "dark paper");
    assert_ne!(light.svg, dark.svg);
}

#[test]
fn csv_has_every_claim_with_exact_figures() {
    let d = shipped();
    let csv = explainer_core::export::claims_csv(&d, |_| true);
    let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert!(csv.starts_with('\u{feff}'), "a byte-order mark first, for spreadsheets");
    assert_eq!(lines[0].trim_start_matches('\u{feff}'), explainer_core::export::CSV_HEADER);
    assert!(lines.len() > d.claims.len(), "a row per claim (summaries may contain quoted newlines)");
    let wire = |v: &dyn erased_serde_name::Wire| v.wire();
    for c in &d.claims {
        let (basis, method) = (wire(&c.basis), wire(&c.method));
        let row = format!("{},{},", c.id, c.claimant);
        assert!(csv.contains(&row), "{row}");
        let figure = match (c.value, c.low, c.high) {
            (Some(v), _, _) => format!(",{basis},{method},{},{v},,,", c.qualifier.map(|q| wire(&q)).unwrap_or_default()),
            (None, Some(l), Some(h)) => format!(",{basis},{method},{},,{l},{h},", c.qualifier.map(|q| wire(&q)).unwrap_or_default()),
            _ => unreachable!("validated"),
        };
        assert!(csv.contains(&figure), "{}: {figure}", c.id);
    }
}

mod erased_serde_name {
    pub trait Wire {
        fn wire(&self) -> String;
    }
    impl<T: serde::Serialize> Wire for T {
        fn wire(&self) -> String {
            explainer_core::model::wire_name(self)
        }
    }
}

#[test]
fn the_chart_sets_its_own_direction_so_a_right_to_left_page_cannot_flip_its_labels() {
    let d = shipped();
    let drawn = chart::draw(&d, &PlainEnglish, &EN, 640, &ChartView::default());
    let root = drawn.svg.lines().next().unwrap();
    assert!(root.starts_with("<svg ") && root.contains(" direction=\"ltr\""), "{root}");
    // Its labels are anchored by start/end, which is what the direction pins.
    assert!(drawn.svg.contains("text-anchor=\"end\"") && drawn.svg.contains("text-anchor=\"start\""));
}

#[test]
fn the_legend_draws_each_mark_with_the_chart_s_own_code() {
    use explainer_core::chart::draw::{glyph, UNVERIFIED_DASH};
    use explainer_core::chart::Theme;
    use explainer_core::model::{Basis, Method};
    let d = shipped();
    let drawn = chart::draw(&d, &PlainEnglish, &EN, 800, &ChartView::default());
    for b in Basis::ALL {
        let g = glyph(b, Method::Documented, false, Theme::Light);
        assert!(g.starts_with("<svg") && g.ends_with("</svg>") && g.contains("aria-hidden=\"true\""), "{g}");
        // The same element kinds the chart uses for this basis.
        let kind = match b {
            Basis::Confirmed | Basis::AtLeast => "<circle",
            Basis::Official => "<rect",
            Basis::Estimate => "<polygon",
            Basis::Range => "<polyline",
        };
        assert!(g.contains(kind) && drawn.svg.contains(kind), "{b:?}: {g}");
    }
    let open = glyph(Basis::Confirmed, Method::Unverified, false, Theme::Light);
    assert!(open.contains(&format!("stroke-dasharray=\"{UNVERIFIED_DASH}\"")) && open.contains("fill=\"#FFFFFF\""), "{open}");
    assert_ne!(
        glyph(Basis::Confirmed, Method::Documented, false, Theme::Dark),
        glyph(Basis::Confirmed, Method::Documented, false, Theme::Light)
    );
    assert_ne!(
        glyph(Basis::Confirmed, Method::Documented, true, Theme::Light),
        glyph(Basis::Confirmed, Method::Documented, false, Theme::Light)
    );
}
