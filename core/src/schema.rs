//! The JSON Schema of each kind of value a dataset holds (feature `schema`, for the host; never in the wasm): the
//! marker types (`Id`, `Name`, `Prose`, `Url`, `Count`…) that `model.rs`, `translate.rs` and `validate.rs` name in
//! their `schemars(with = …)` attributes, each with the validator's limits (`limits.rs`), and the schemas of
//! `Date` and `Moment`. The schema files themselves are written on the host by `explainer-build`
//! (`build/src/schema.rs`).

use std::borrow::Cow;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

use crate::date::{Date, Moment};
use crate::limits::{MAX_COUNT, MAX_NAME, MAX_TEXT, MAX_URL, SCHEMA_VERSION};

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
