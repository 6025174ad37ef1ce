//! The JSON Schemas (`public/dataset.schema.json`, `public/translation.schema.json`) are generated from the types
//! (`explainer_core::schema`): the committed files must be what the generator writes now, every dataset and
//! translation must link the right one, and the link must change nothing the validator reads. (An independent
//! validator, ajv, checks the schemas against the datasets and the invalid corpus: `e2e/schema.test.mjs`.)

use std::path::{Path, PathBuf};

use explainer_build::schema::{self, to_file_text, DATASET_FILE, REGENERATE, TRANSLATION_FILE};
use explainer_core::translate::translate;
use explainer_core::validate::{load, Severity};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

#[test]
fn the_committed_schemas_are_what_the_types_generate() {
    for (file, schema) in [(DATASET_FILE, schema::dataset()), (TRANSLATION_FILE, schema::translation())] {
        let committed = std::fs::read_to_string(root().join(file)).unwrap_or_else(|e| panic!("{file}: {e}; write it with `{REGENERATE}`"));
        let generated = to_file_text(&schema);
        assert!(
            committed == generated,
            "{file} is not what the Rust types generate now (a type or a limit changed): run `{REGENERATE}` from the \
             repository's root and commit the file"
        );
    }
}

/// Every dataset and translation in `public/data/` and `core/tests/fixtures/`, found by listing the folders.
fn data_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for dir in ["public/data", "core/tests/fixtures"] {
        for entry in std::fs::read_dir(root().join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

#[test]
fn every_dataset_and_translation_links_its_schema_first() {
    let files = data_files();
    assert!(files.len() >= 4, "{files:?}");
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap();
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        let link = value["$schema"].as_str().unwrap_or_else(|| panic!("{}: no \"$schema\" text", path.display()));
        // The first key, where an editor (and a reader) looks for it.
        assert!(
            text.trim_start_matches(['{', ' ', '\n']).starts_with("\"$schema\""),
            "{}: \"$schema\" is not the first key",
            path.display()
        );
        let want = if path.to_string_lossy().ends_with(".fa.json") { TRANSLATION_FILE } else { DATASET_FILE };
        let target = path.parent().unwrap().join(link);
        assert!(
            target.canonicalize().ok() == root().join(want).canonicalize().ok(),
            "{}: \"$schema\": {link:?} does not lead to {want}",
            path.display()
        );
    }
}

#[test]
fn a_schema_link_changes_nothing_and_must_be_text() {
    let fixture = std::fs::read_to_string(root().join("core/tests/fixtures/small.json")).unwrap();
    let fa = std::fs::read_to_string(root().join("core/tests/fixtures/small.fa.json")).unwrap();
    let without = |text: &str| {
        let mut v: serde_json::Value = serde_json::from_str(text).unwrap();
        assert!(v.as_object_mut().unwrap().remove("$schema").is_some());
        v.to_string()
    };
    let with_link = load(&fixture).expect("the fixture, with its link").dataset;
    let without_link = load(&without(&fixture)).expect("the fixture, without its link").dataset;
    assert_eq!(with_link, without_link);
    let (a, pa) = translate(&with_link, &fa);
    let (b, pb) = translate(&with_link, &without(&fa));
    assert!(pa.is_empty() && pb.is_empty(), "{pa:?} {pb:?}");
    assert_eq!(a, b);

    // Text or nothing: a number, null or a list is refused, in both files.
    let set = |text: &str, link: &str| {
        let mut v: serde_json::Value = serde_json::from_str(text).unwrap();
        v["$schema"] = serde_json::from_str(link).unwrap();
        v.to_string()
    };
    for link in ["5", "null", "[]"] {
        let problems = load(&set(&fixture, link)).expect_err(link);
        assert!(problems.iter().any(|p| p.message.contains("expected a string")), "{link}: {problems:?}");
        let (_, problems) = translate(&with_link, &set(&fa, link));
        assert!(problems.iter().any(|p| p.severity == Severity::Error && p.message.contains("expected a string")), "{link}: {problems:?}");
    }
}
