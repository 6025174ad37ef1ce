//! Thin Leptos components: each takes a view model from the core (for the page's locale) and places it.

pub mod blackout;
pub mod embed_codes;
pub mod explorer;
pub mod known;
pub mod legend;
pub mod method;
pub mod record;
pub mod shared;
pub mod sources;
pub mod status;
pub mod story;
pub mod summary;
pub mod table;
pub mod toll_chart;
pub mod tooltip;
