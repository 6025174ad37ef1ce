//! Property tests: loading and validating never panics, whatever the input, and a dataset that loads can always
//! be drawn. CI runs a bounded number of cases (PROPTEST_CASES, default 256 per property); for a longer run:
//!     PROPTEST_CASES=20000 cargo test --release -p explainer-core --test never_panics

use explainer_core::chart;
use explainer_core::derive;
use explainer_core::format::PlainEnglish;
use explainer_core::strings::EN;
use explainer_core::validate::load;
use proptest::prelude::*;
use serde_json::Value;

fn fixture() -> Value {
    serde_json::from_str(include_str!("fixtures/small.json")).unwrap()
}

/// Any JSON value, a few levels deep.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| Value::from(n)),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(|f| Value::from(f)),
        ".{0,40}".prop_map(Value::String),
        prop_oneof![
            Just("2026-01-08"), Just("2026-02-30"), Just("2026-01-08T20:00"), Just("javascript:alert(1)"),
            Just("https://example.org/"), Just("ngo"), Just("s1"), Just("range"), Just(""), Just("2026-1-8"),
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
