//! The explainer's pure core: dataset model, loading and validation, derived numbers, text, and chart drawing.
//! Nothing here touches the DOM, signals or `web-sys`; it all runs and is tested on the host with `cargo test`.
//! The same code is compiled for the wasm and the host: what only the host needs (ICU4X, link previews, the schema
//! files, the command-line tools) is in `explainer-build`; the `schema` feature adds only the `JsonSchema` derives.

pub mod chart;
pub mod date;
pub mod derive;
pub mod describe;
pub mod door;
pub mod edition;
pub mod export;
pub mod format;
pub mod limits;
pub mod markup;
pub mod model;
pub mod params;
pub mod prose;
#[cfg(feature = "schema")]
pub mod schema;
pub mod source;
pub mod story;
pub mod strings;
pub mod strings_fa;
pub mod synthetic;
pub mod table;
pub mod translate;
pub mod validate;
pub mod view;
