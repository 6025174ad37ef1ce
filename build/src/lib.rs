//! The explainer's build steps on the host (never linked into the wasm): every door rendered by the app's own
//! components (`render`), placed in the page shell Trunk wrote (`shell`), with its link preview; `bin/ssg.rs` runs
//! them over a build folder.

pub mod render;
pub mod shell;
