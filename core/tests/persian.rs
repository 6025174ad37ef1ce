//! The Persian edition on the host: its strings are complete and Persian (no English word, no typed number, no
//! Arabic-keyboard letter, the same placeholders as English), and each dataset's Persian text is complete and keeps
//! every figure of the original.

use explainer_core::strings::{Strings, EN};
use explainer_core::strings_fa::FA;
use explainer_core::translate::{numbers, translate};
use explainer_core::validate::{load, Severity};
use serde_json::Value;

/// Every string of a `Strings` value with its field name (arrays as `name[i]`).
fn fields(s: &Strings) -> Vec<(String, String)> {
    let Value::Object(map) = serde_json::to_value(s).expect("Strings serialises") else { panic!("an object") };
    let mut out = Vec::new();
    for (k, v) in map {
        match v {
            Value::String(t) => out.push((k, t)),
            Value::Array(a) => {
                out.extend(a.into_iter().enumerate().map(|(i, t)| (format!("{k}[{i}]"), t.as_str().unwrap_or("").to_string())))
            }
            _ => {}
        }
    }
    out
}

fn placeholders(t: &str) -> Vec<String> {
    let mut v: Vec<String> = t.match_indices('{').filter_map(|(i, _)| t[i..].find('}').map(|j| t[i..=i + j].to_string())).collect();
    v.sort();
    v
}

/// Codes and names that are not words of either language.
const CODES: [&str; 6] = ["lang", "intl_locale", "dir", "number_grouping", "chart_font", "switch_lang"];
/// Latin text a Persian string may hold: file formats, keys, and the switch to the English edition.
const LATIN_ALLOWED: [&str; 17] = [
    "<meta name=dataset>",
    "data/name.json",
    ".fa.json",
    "DATA.md",
    ".csv",
    ".json",
    ".svg",
    ".png",
    "CSV",
    "JSON",
    "SVG",
    "PNG",
    "English",
    // Keys, as printed on keyboards.
    "Tab",
    "Home",
    "End",
    "Esc",
];

#[test]
fn persian_strings_are_complete_and_persian() {
    let en = fields(&EN);
    let fa = fields(&FA);
    assert_eq!(en.len(), fa.len());
    assert!(fa.len() > 150, "the strings were read ({} fields)", fa.len());
    let mut problems = Vec::new();
    for ((k, e), (k2, f)) in en.iter().zip(&fa) {
        assert_eq!(k, k2);
        if CODES.contains(&k.as_str()) {
            continue;
        }
        let expected = if k == "dual_date" { vec!["{date}".to_string(), "{gregorian}".to_string()] } else { placeholders(e) };
        if placeholders(f) != expected {
            problems.push(format!("{k}: placeholders {:?}, English has {:?}", placeholders(f), placeholders(e)));
        }
        let bare = {
            let mut t = f.clone();
            for p in placeholders(f) {
                t = t.replace(&p, "");
            }
            for a in LATIN_ALLOWED {
                t = t.replace(a, "");
            }
            t
        };
        if bare.chars().any(|c| c.is_ascii_alphabetic()) {
            problems.push(format!("{k}: Latin letters in {f:?}"));
        }
        if bare.chars().any(|c| c.is_ascii_digit()) {
            problems.push(format!("{k}: a typed number in {f:?}"));
        }
        if f.chars().any(|c| matches!(c, 'ي' | 'ك' | 'ى' | '\u{0660}'..='\u{0669}')) {
            problems.push(format!("{k}: an Arabic-keyboard letter or digit in {f:?}"));
        }
        let has_persian = f.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
        let words = placeholders(e).iter().fold(e.clone(), |t, p| t.replace(p.as_str(), ""));
        let symbols_only = !words.chars().any(|c| c.is_alphabetic());
        if !has_persian && !symbols_only && k != "switch_label" {
            problems.push(format!("{k}: no Persian in {f:?}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!((FA.lang, FA.dir.attr(), FA.intl_locale), ("fa", "rtl", "fa-IR"));
    assert_eq!((FA.switch_lang, EN.switch_lang), ("en", "fa"));
}

/// Each dataset with its Persian text.
fn pairs() -> Vec<(&'static str, &'static str, &'static str)> {
    vec![
        ("shipped", include_str!("../../public/data/iran-2026.json"), include_str!("../../public/data/iran-2026.fa.json")),
        ("2019", include_str!("../../public/data/iran-2019.json"), include_str!("../../public/data/iran-2019.fa.json")),
        ("fixture", include_str!("fixtures/small.json"), include_str!("fixtures/small.fa.json")),
    ]
}

#[test]
fn every_dataset_text_has_its_persian_and_keeps_its_figures() {
    for (name, en, fa) in pairs() {
        let d = load(en).unwrap_or_else(|p| panic!("{name}: {p:?}")).dataset;
        let (t, problems) = translate(&d, fa);
        assert!(problems.is_empty(), "{name}: {}", problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n"));
        // Every record's text changed language, and no figure moved: the dataset's numbers are the same.
        assert_ne!(t.meta.title, d.meta.title);
        for (a, b) in d.claims.iter().zip(&t.claims) {
            assert_eq!(
                (a.value, a.low, a.high, &a.breakdown.iter().map(|p| p.value).collect::<Vec<_>>()),
                (b.value, b.low, b.high, &b.breakdown.iter().map(|p| p.value).collect::<Vec<_>>())
            );
            assert_ne!(a.summary, b.summary, "{name}: {} is translated", a.id);
            for n in numbers(&b.summary) {
                assert!(numbers(&a.summary).contains(&n), "{name}: {} has {n} only in Persian", a.id);
            }
        }
    }
}

#[test]
fn a_translation_that_changes_a_figure_is_refused() {
    let (_, en, fa) = pairs().remove(1);
    let d = load(en).unwrap().dataset;
    let mut v: Value = serde_json::from_str(fa).unwrap();
    let (id, _) = v["claims"].as_object().unwrap().iter().next().map(|(k, v)| (k.clone(), v.clone())).unwrap();
    let original = v["claims"][&id]["summary"].as_str().unwrap().to_string();
    v["claims"][&id]["summary"] = Value::String(format!("{original} ۹۸۷۶۵"));
    let (t, problems) = translate(&d, &v.to_string());
    let p = problems.iter().find(|p| p.severity == Severity::Error).expect("an error");
    assert!(p.path.contains(&id) && p.message.contains("98765"), "{p}");
    let claim = t.claims.iter().find(|c| c.id == id).unwrap();
    assert_eq!(claim.summary, d.claims.iter().find(|c| c.id == id).unwrap().summary, "the original is kept");
    // A missing text is reported, and the original shown.
    v["claims"][&id].as_object_mut().unwrap().remove("summary");
    let (_, problems) = translate(&d, &v.to_string());
    assert!(problems.iter().any(|p| p.severity == Severity::Warning && p.path.ends_with(".summary")), "{problems:?}");
    // An id the dataset lacks, and a field the record has not, are errors.
    v["claims"]["no-such-claim"] = serde_json::json!({"summary": "x"});
    v["notes"] = serde_json::json!({});
    let (_, problems) = translate(&d, &v.to_string());
    assert!(problems.iter().any(|p| p.path.contains("no-such-claim")), "{problems:?}");
    let (_, problems) = translate(&d, "{\"schema_version\": 3, \"lang\": \"fa\", \"bogus\": 1}");
    assert!(problems.iter().any(|p| p.severity == Severity::Error && p.message.contains("bogus")), "{problems:?}");
}
