//! The explainer's host-only code (never linked into the wasm): every door rendered by the app's own components
//! (`render`), placed in the page shell Trunk wrote (`shell`); the ICU4X formatter those pages are formatted with
//! (`icu_format`); each story's link preview (`preview`); each door's oEmbed document (`oembed`); the dataset's JSON Schema files (`schema`). `bin/ssg.rs`
//! runs the build over a build folder; `bin/validate.rs`, `bin/schema.rs` and `bin/format-samples.rs` are the
//! command-line tools.

pub mod icu_format;
pub mod oembed;
pub mod preview;
pub mod render;
pub mod schema;
pub mod shell;
