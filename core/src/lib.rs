//! The explainer's pure core: dataset model, loading and validation, derived numbers, text, and chart drawing.
//! Nothing here touches the DOM, signals or `web-sys`; it all runs and is tested on the host with `cargo test`.

pub mod chart;
pub mod date;
pub mod derive;
pub mod describe;
pub mod door;
pub mod edition;
pub mod export;
pub mod format;
#[cfg(not(target_arch = "wasm32"))]
pub mod icu_format;
pub mod markup;
pub mod model;
pub mod params;
#[cfg(not(target_arch = "wasm32"))]
pub mod preview;
pub mod prose;
#[cfg(not(target_arch = "wasm32"))]
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
