//! Property tests: loading and validating never panics, whatever the input, and a dataset that loads can always
//! be drawn. CI runs a bounded number of cases (PROPTEST_CASES, default 256 per property); for a longer run:
//!     PROPTEST_CASES=20000 cargo test --release -p explainer-core --test never_panics

use explainer_core::chart::{self, navigate};
use explainer_core::derive;
use explainer_core::format::PlainEnglish;
use explainer_core::model::Dataset;
use explainer_core::params::Params;
use explainer_core::strings::EN;
use explainer_core::table::SortKey;
use explainer_core::validate::load;
use proptest::prelude::*;
use serde_json::Value;

fn fixture() -> Value {
    serde_json::from_str(include_str!("fixtures/small.json")).unwrap()
}

/// The datasets the address is tried against: the shipped one, the small fixture, and the fixture with every
/// optional section empty (no story, annotations, history, disagreements, notes, connectivity or events).
fn datasets() -> Vec<Dataset> {
    let shipped = include_str!("../../public/data/iran-2026.json");
    let mut bare = fixture();
    for k in ["story", "annotations", "history", "disagreements", "notes", "connectivity", "blackout_events", "shared_origins"] {
        bare[k] = Value::Array(Vec::new());
    }
    [shipped.to_string(), fixture().to_string(), bare.to_string()]
        .iter()
        .map(|t| load(t).unwrap_or_else(|p| panic!("{p:?}")).dataset)
        .collect()
}

/// Query pairs as a browser would decode them: known keys with odd values, and junk.
fn any_pairs() -> impl Strategy<Value = Vec<(String, String)>> {
    let key = prop_oneof![
        Just("embed"),
        Just("theme"),
        Just("bg"),
        Just("step"),
        Just("view"),
        Just("hide"),
        Just("kinds"),
        Just("from"),
        Just("to"),
        Just("date"),
        Just("childId"),
        Just("id"),
        Just("zzz"),
    ]
    .prop_map(str::to_string);
    let value = prop_oneof![
        Just("story"),
        Just("chart"),
        Just("blackout"),
        Just("table"),
        Just("summary"),
        Just("dark"),
        Just("transparent"),
        Just("2026-01-08"),
        Just("2025-12-28"),
        Just("2026-02-22"),
        Just("1999-01-01"),
        Just("2026-13-40"),
        Just("unverified,documented,official"),
        Just("hrana,ngo,state,paper"),
        Just("blackout-night"),
        Just(""),
        Just("x1"),
        Just("%00"),
    ]
    .prop_map(str::to_string);
    prop::collection::vec((key, prop_oneof![value, ".{0,20}"]), 0..8)
}

/// Everything a view computes from the address, for every embed view: the chart (at phone and desktop widths, with
/// its hit points and keyboard stepping), the table's order, the CSV, the story, the summary and the day view.
fn every_view(d: &Dataset, pairs: &[(String, String)]) {
    let p = Params::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())), d);
    let mut view = p.chart_view();
    view.as_of = p.known_on;
    // The chart (explorer, chart and story embeds), at every width a frame can have, with its hit points and
    // keyboard stepping from every point and from nowhere.
    for width in [0, 1, 320, 1600] {
        let drawn = chart::draw(d, &PlainEnglish, &EN, width, &view);
        let points = chart::hit_points(d, &drawn.frame, &view);
        for key in ["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End"] {
            let s = navigate::Step::from_key(key).unwrap();
            for current in [None, Some(0), Some(points.len()), Some(usize::MAX)] {
                let _ = navigate::step(&points, current, s);
            }
        }
    }
    // The table embed and the downloads.
    for key in [SortKey::Date, SortKey::Claimant, SortKey::Figure] {
        for asc in [true, false] {
            let _ = explainer_core::table::order(d, |i| view.shows(d, &d.claims[i]), key, asc);
        }
    }
    let _ = explainer_core::export::claims_csv(d, |c| view.shows(d, c));
    // The story embed: a step exactly when there is a story.
    let step = explainer_core::story::step_index(d, p.step.as_deref());
    assert_eq!(step.is_none(), d.story.is_empty(), "a story step exists exactly when the story does");
    if let Some(i) = step {
        let _ = explainer_core::story::render(d, &d.story[i].text, &PlainEnglish, &EN);
        let mut story_view = view.clone();
        story_view.window = Some((d.story[i].window.start, d.story[i].window.end));
        let _ = chart::draw(d, &PlainEnglish, &EN, 320, &story_view);
    }
    // The summary embed and "what was known on".
    let _ = explainer_core::view::summary::summary(d, &PlainEnglish, &EN);
    let _ = derive::latest_per_claimant(d, p.known_on.unwrap_or(d.meta.period.end));
    // The address the page writes back reads as the same state.
    let again = Params::from_pairs(p.to_pairs().iter().map(|(k, v)| (*k, v.as_str())), d);
    assert_eq!(again, p);
}

/// Any JSON value, a few levels deep.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(Value::from),
        ".{0,40}".prop_map(Value::String),
        prop_oneof![
            Just("2026-01-08"),
            Just("2026-02-30"),
            Just("2026-01-08T20:00"),
            Just("javascript:alert(1)"),
            Just("https://example.org/"),
            Just("ngo"),
            Just("s1"),
            Just("range"),
            Just(""),
            Just("2026-1-8"),
        ]
        .prop_map(|s| Value::String(s.to_string())),
    ];
    leaf.prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map("[a-z_]{1,12}", inner, 0..6).prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Replaces the value at a pseudo-random position of `v`, chosen by `path`, with `new`.
fn mutate(v: &mut Value, path: &[usize], new: Value) {
    match (v, path.split_first()) {
        (Value::Object(m), Some((&i, rest))) if !m.is_empty() => {
            let key = m.keys().nth(i % m.len()).unwrap().clone();
            mutate(m.get_mut(&key).unwrap(), rest, new)
        }
        (Value::Array(a), Some((&i, rest))) if !a.is_empty() => {
            let n = a.len();
            mutate(&mut a[i % n], rest, new)
        }
        (slot, _) => *slot = new,
    }
}

/// What must hold for anything that loads: it draws, and the derived numbers compute.
fn exercise(text: &str) {
    if let Ok(loaded) = load(text) {
        let d = &loaded.dataset;
        for width in [320, 1000] {
            let drawn = chart::draw(d, &PlainEnglish, &EN, width, &chart::ChartView::default());
            let _ = chart::hit_points(d, &drawn.frame, &chart::ChartView::default());
        }
        let _ = derive::headline(d);
        let _ = derive::latest_per_claimant(d, d.meta.period.end);
    }
}

proptest! {
    #[test]
    fn any_address_through_every_view_never_panics(pairs in any_pairs()) {
        for d in datasets() {
            every_view(&d, &pairs);
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        exercise(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn arbitrary_json_never_panics(v in any_json()) {
        exercise(&v.to_string());
    }

    #[test]
    fn a_valid_dataset_with_one_value_replaced_never_panics(path in prop::collection::vec(any::<usize>(), 1..6), new in any_json()) {
        let mut v = fixture();
        mutate(&mut v, &path, new);
        exercise(&serde_json::to_string_pretty(&v).unwrap());
    }

    #[test]
    fn a_valid_dataset_cut_anywhere_never_panics(cut in any::<usize>()) {
        let text = serde_json::to_string_pretty(&fixture()).unwrap();
        let mut at = cut % (text.len() + 1);
        while !text.is_char_boundary(at) { at -= 1; }
        exercise(&text[..at]);
    }
}
