//! The interface strings serve any contested toll: none names a fact of one story. Every claimant's name and short
//! name, every place a claimant is based in, every episode of the history and every year of a dataset's period
//! comes from the dataset, in English and Persian, so none of them may appear in a string of either locale. The
//! facts are read from every shipped dataset and the fixture, never typed here.

use std::path::Path;

use explainer_core::strings::{Strings, EN};
use explainer_core::strings_fa::FA;
use explainer_core::translate::translate;
use explainer_core::validate::load;

/// Every piece of text of a locale (its `Strings` as JSON: fields, lists and templates alike).
fn texts(s: &Strings) -> Vec<String> {
    fn walk(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(s) => out.push(s.clone()),
            serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            serde_json::Value::Object(o) => o.values().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(&serde_json::to_value(s).unwrap(), &mut out);
    out
}

/// The dataset files: every `*.json` in `public/data` that is not a translation, and the fixture.
fn datasets() -> Vec<std::path::PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files: Vec<_> = std::fs::read_dir(root.join("public/data"))
        .unwrap()
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json") && !p.to_string_lossy().ends_with(".fa.json"))
        .collect();
    files.sort();
    files.push(root.join("core/tests/fixtures/small.json"));
    files
}

/// The facts of one dataset, in its own language and in Persian where it has a translation.
fn facts(path: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(path).unwrap();
    let d = load(&text).unwrap_or_else(|p| panic!("{}: {p:?}", path.display())).dataset;
    let mut editions = vec![d.clone()];
    if let Ok(fa) = std::fs::read_to_string(path.with_extension("fa.json")) {
        editions.push(translate(&d, &fa).0);
    }
    let mut out = Vec::new();
    for d in &editions {
        for c in &d.claimants {
            out.extend([c.name.clone(), c.short_name.clone()]);
            out.extend(c.based_in.clone());
        }
        out.extend(d.history.iter().map(|h| h.episode.clone()));
        for y in d.meta.period.start.year()..=d.meta.period.end.year() {
            out.push(y.to_string());
        }
    }
    // Isolation marks around Latin names in Persian text are not part of the name.
    let mut out: Vec<String> = out.into_iter().map(|f| f.replace(['\u{2068}', '\u{2069}'], "").trim().to_string()).collect();
    out.retain(|f| f.chars().count() >= 3);
    out.sort();
    out.dedup();
    out
}

/// Whether `text` holds `fact` as a whole word (so the fixture's claimant "State" is not found in "Stated").
fn names(text: &str, fact: &str) -> bool {
    text.match_indices(fact).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + fact.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[test]
fn no_interface_string_names_a_fact_of_one_story() {
    let files = datasets();
    assert!(files.len() >= 2, "at least the shipped dataset and the fixture");
    let mut checked = 0;
    for file in &files {
        // A claimant named by its kind alone (the fixture's "State") names no story.
        let kinds: Vec<String> = EN.claimant_kind_words.iter().chain(FA.claimant_kind_words.iter()).map(|k| k.to_lowercase()).collect();
        let facts: Vec<String> = facts(file).into_iter().filter(|f| !kinds.contains(&f.to_lowercase())).collect();
        assert!(!facts.is_empty(), "{}: no facts read", file.display());
        for s in [&EN, &FA] {
            for text in texts(s) {
                for fact in &facts {
                    checked += 1;
                    assert!(!names(&text, fact), "the {} string {text:?} names {fact:?} from {}", s.lang, file.display());
                }
            }
        }
    }
    assert!(checked > 1000, "{checked}");
    // What it catches: the wording this replaced.
    assert!(names("Iran's official toll", "Iran") && names("deaths HRANA was still investigating", "HRANA"));
    assert!(!names("Stated by the state", "State"));
}

#[test]
fn the_official_card_names_its_claimant_from_the_dataset() {
    for file in datasets() {
        let d = load(&std::fs::read_to_string(&file).unwrap()).unwrap().dataset;
        let fmt = explainer_build::icu_format::IcuFormatter::new(EN.intl_locale, EN.number_grouping).unwrap();
        let Some(summary) = explainer_core::view::summary::summary(&d, &fmt, &EN) else { continue };
        let official = d.claimant(&d.meta.headline.official).unwrap();
        assert!(summary.official.label.contains(&official.short_name), "{}: {:?}", file.display(), summary.official.label);
    }
}
