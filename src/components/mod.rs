//! Thin Leptos components: each reads the dataset and calls the core for numbers, words and geometry.

pub mod blackout;
pub mod embed_codes;
pub mod explorer;
pub mod known;
pub mod legend;
pub mod method;
pub mod record;
pub mod sources;
pub mod status;
pub mod story;
pub mod summary;
pub mod table;
pub mod toll_chart;
pub mod tooltip;
