//! The JSON Schemas of the dataset (`public/dataset.schema.json`) and of its Persian text
//! (`public/translation.schema.json`), generated with `schemars` from the types that read them: the top level from
//! `validate::Raw` (and `translate::Translation`), each record from its type in `model.rs`, each value from the
//! core's marker types (`explainer_core::schema`).
//!
//! The schema is for editors (completion, hover help and checking while a dataset is written) and for other tools.
//! It holds the rules about one value at a time that `validate::load` also enforces: required and unknown fields,
//! types, enum values, counts (whole, 0 to 2^53), ids, dates and times, http(s) addresses, text lengths and blank
//! text, percentages, non-empty source lists. Whatever the schema accepts, the validator may still refuse: rules
//! between records (references, duplicate ids, date order, the period, ranges and breakdowns, `official` only for
//! governments) are the validator's alone. Whatever the validator accepts, the schema accepts.

use explainer_core::limits::SCHEMA_VERSION;
use schemars::{Schema, SchemaGenerator};

/// Where the generated files are committed, relative to the repository's root (copied to the build's root by
/// `index.html`, so that a dataset's `"$schema": "../dataset.schema.json"` resolves from `data/` in both).
pub const DATASET_FILE: &str = "public/dataset.schema.json";
pub const TRANSLATION_FILE: &str = "public/translation.schema.json";

/// The command that writes both files again (from the repository's root).
pub const REGENERATE: &str = "cargo run -p explainer-build --bin schema -- --write public";

/// What the schema leaves to the validator, said in the schema itself.
const LEFT_TO_THE_VALIDATOR: &str = "Rules between records are not in this schema; only the explainer's validator \
     (cargo run -p explainer-build --bin validate -- FILE, the same code the page runs) checks them: references to \
     claimants, sources, metrics, claims, events and annotations that exist, duplicate ids, dates in order and inside \
     meta.period, a range's low below its high and no value with it, a value for every other figure, breakdowns no \
     larger than their figure, an end with its end_kind, a claim's publication or as-of date and its date_note, \
     method \"official\" only for a government, shared origins naming two different claims, story placeholders that \
     point at something, and the 5 MiB size limit. A file this schema refuses, the validator refuses too.";

fn finish(mut schema: Schema, title: &str, description: String) -> Schema {
    schema.insert("title".into(), title.into());
    schema.insert("description".into(), description.into());
    // serde's `default` for `$schema` is "absent", not the null schemars writes (null is refused).
    if let Some(link) = schema.get_mut("properties").and_then(|p| p.get_mut("$schema")).and_then(|l| l.as_object_mut()) {
        link.remove("default");
    }
    schema
}

/// The dataset's schema (`public/dataset.schema.json`).
pub fn dataset() -> Schema {
    let schema = SchemaGenerator::default().into_root_schema_for::<explainer_core::validate::Raw>();
    finish(
        schema,
        "Explainer dataset",
        format!(
            "A dataset of the explainer, schema version {SCHEMA_VERSION} (DATA.md documents every field). Generated \
             from the Rust types that read it ({REGENERATE}). It checks each value on its own: required and unknown \
             fields, types, enum values, counts (whole numbers, 0 to 2^53), ids (a-z, 0-9, -), dates (YYYY-MM-DD) and \
             times (HH:MM), http(s) addresses, text lengths and blank text, percentages, non-empty source lists. \
             {LEFT_TO_THE_VALIDATOR}"
        ),
    )
}

/// The schema of a dataset's text in another language (`public/translation.schema.json`).
pub fn translation() -> Schema {
    let schema = SchemaGenerator::default().into_root_schema_for::<explainer_core::translate::Translation>();
    finish(
        schema,
        "Explainer dataset translation",
        format!(
            "A dataset's text in another language (<dataset>.fa.json beside <dataset>.json), keyed by the records' \
             ids; see DATA.md. Generated from the Rust types that read it ({REGENERATE}). It checks the file's shape; \
             only the validator (cargo run -p explainer-build --bin validate -- DATASET TRANSLATION) checks it against \
             its dataset: ids that exist, only the fields each record has, the same numbers and placeholders as the \
             original text."
        ),
    )
}

/// A schema as the committed file holds it: pretty JSON, two-space indents, a final newline.
pub fn to_file_text(schema: &Schema) -> String {
    let mut text = serde_json::to_string_pretty(schema).expect("a schema is JSON");
    text.push('\n');
    text
}
