//! Host only (never in the wasm): the JSON Schemas of the dataset (`public/dataset.schema.json`) and of its Persian
//! text (`public/translation.schema.json`), generated with `schemars` from the types that read them: the top level
//! from `validate::Raw` (and `translate::Translation`), each record from its type in `model.rs`.
//!
//! The schema is for editors (completion, hover help and checking while a dataset is written) and for other tools.
//! It holds the rules about one value at a time that `validate::load` also enforces: required and unknown fields,
//! types, enum values, counts (whole, 0 to 2^53), ids, dates and times, http(s) addresses, text lengths and blank
//! text, percentages, non-empty source lists. Whatever the schema accepts, the validator may still refuse: rules
//! between records (references, duplicate ids, date order, the period, ranges and breakdowns, `official` only for
//! governments) are the validator's alone. Whatever the validator accepts, the schema accepts.
//!
//! The types name this module's marker types (`Id`, `Name`, `Prose`…) in their host-only `schemars(with = …)`
//! attributes: each marker is the schema of one kind of field, with the validator's limits.

use std::borrow::Cow;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

use crate::date::{Date, Moment};
use crate::model::SCHEMA_VERSION;
use crate::validate::{MAX_COUNT, MAX_NAME, MAX_TEXT, MAX_URL};

/// Where the generated files are committed, relative to the repository's root (copied to the build's root by
/// `index.html`, so that a dataset's `"$schema": "../dataset.schema.json"` resolves from `data/` in both).
pub const DATASET_FILE: &str = "public/dataset.schema.json";
pub const TRANSLATION_FILE: &str = "public/translation.schema.json";

/// The command that writes both files again (from the repository's root).
pub const REGENERATE: &str = "cargo run -p explainer-core --bin schema -- --write public";

/// The validator's ids: `a-z`, `0-9` and `-` (`validate::unique_ids`).
pub const ID_PATTERN: &str = "^[a-z0-9-]+$";

/// What Rust's `char::is_whitespace` calls white space (Unicode White_Space), as a regex class body.
const WHITE_SPACE: &str = r"\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000";
/// What `char::is_control` calls a control character (Unicode Cc).
const CONTROL: &str = r"\u0000-\u001f\u007f-\u009f";

/// A real `YYYY-MM-DD` day (February 29 only in leap years), without anchors.
const DATE_BODY: &str = concat!(
    "(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)",
    "|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)"
);

/// Text that is not blank: at least one character that `str::trim` keeps.
fn not_blank() -> String {
    format!("[^{WHITE_SPACE}]")
}

/// `^YYYY-MM-DD$` as the validator reads it (`Date::parse`).
pub fn date_pattern() -> String {
    format!("^{DATE_BODY}$")
}

/// `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` (`Moment::parse`: hours 00–23, minutes 00–59).
pub fn moment_pattern() -> String {
    format!("^{DATE_BODY}(?:T(?:[01][0-9]|2[0-3]):[0-5][0-9])?$")
}

/// `http://` or `https://` (any case), a site name, and no white space or control character (`validate::check_url`).
pub fn url_pattern() -> String {
    format!("^[Hh][Tt][Tt][Pp][Ss]?://[^/?#{WHITE_SPACE}{CONTROL}][^{WHITE_SPACE}{CONTROL}]*$")
}

macro_rules! marker {
    ($(#[$doc:meta])* $name:ident, $schema:expr) => {
        $(#[$doc])*
        pub struct $name;
        impl JsonSchema for $name {
            fn inline_schema() -> bool {
                true
            }
            fn schema_name() -> Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                $schema
            }
        }
    };
}

marker!(
    /// A record's id, or a reference to one.
    Id,
    json_schema!({ "type": "string", "pattern": ID_PATTERN })
);
marker!(
    /// A name or label: required, not blank, at most `MAX_NAME` characters.
    Name,
    json_schema!({ "type": "string", "minLength": 1, "maxLength": MAX_NAME, "pattern": not_blank() })
);
marker!(
    /// Optional short text (a scope, a place): at most `MAX_NAME` characters, may be blank.
    AnyName,
    json_schema!({ "type": "string", "maxLength": MAX_NAME })
);
marker!(
    /// A summary, note or description: required, not blank, at most `MAX_TEXT` characters.
    Prose,
    json_schema!({ "type": "string", "minLength": 1, "maxLength": MAX_TEXT, "pattern": not_blank() })
);
marker!(
    /// Optional longer text (a date note, a start or end note): at most `MAX_TEXT` characters, may be blank.
    AnyProse,
    json_schema!({ "type": "string", "maxLength": MAX_TEXT })
);
marker!(
    /// An annotation's label on the chart: at most 40 characters, not blank.
    ShortLabel,
    json_schema!({ "type": "string", "minLength": 1, "maxLength": 40, "pattern": not_blank() })
);
marker!(
    /// A BCP 47 language code (`"en"`, `"fa"`, `"und"`): not blank, at most 35 characters.
    Language,
    json_schema!({ "type": "string", "minLength": 1, "maxLength": 35, "pattern": not_blank() })
);
marker!(
    /// An `http://` or `https://` address with a site name.
    Url,
    json_schema!({ "type": "string", "maxLength": MAX_URL, "pattern": url_pattern() })
);
marker!(
    /// A count: a whole number from 0 to 2^53 (the largest a browser shows exactly).
    Count,
    json_schema!({ "type": "integer", "minimum": 0, "maximum": MAX_COUNT })
);
marker!(
    /// A percentage, 0 to 100.
    Percent,
    json_schema!({ "type": "number", "minimum": 0, "maximum": 100 })
);
marker!(
    /// The schema version this build reads.
    Version,
    json_schema!({ "type": "integer", "const": SCHEMA_VERSION })
);
marker!(
    /// The `$schema` link itself.
    SchemaLink,
    json_schema!({
        "type": "string",
        "description": "The JSON Schema this file follows, for editors (e.g. \"../dataset.schema.json\"). The explainer ignores it."
    })
);

impl JsonSchema for Date {
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "A real calendar day, YYYY-MM-DD.",
            "pattern": date_pattern()
        })
    }
}

impl JsonSchema for Moment {
    fn schema_name() -> Cow<'static, str> {
        "Moment".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "A day (YYYY-MM-DD) or a local time on it (YYYY-MM-DDTHH:MM, 24-hour), in the dataset's time zone.",
            "pattern": moment_pattern()
        })
    }
}

/// What the schema leaves to the validator, said in the schema itself.
const LEFT_TO_THE_VALIDATOR: &str = "Rules between records are not in this schema; only the explainer's validator \
     (cargo run -p explainer-core --bin validate -- FILE, the same code the page runs) checks them: references to \
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
    let schema = SchemaGenerator::default().into_root_schema_for::<crate::validate::Raw>();
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
    let schema = SchemaGenerator::default().into_root_schema_for::<crate::translate::Translation>();
    finish(
        schema,
        "Explainer dataset translation",
        format!(
            "A dataset's text in another language (<dataset>.fa.json beside <dataset>.json), keyed by the records' \
             ids; see DATA.md. Generated from the Rust types that read it ({REGENERATE}). It checks the file's shape; \
             only the validator (cargo run -p explainer-core --bin validate -- DATASET TRANSLATION) checks it against \
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
