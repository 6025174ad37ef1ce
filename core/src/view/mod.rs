//! One plain view model per section: what a component shows, already in the reader's words. Built from the dataset,
//! a formatter and the strings, on the host as in the browser, so it is tested with `cargo test`.

pub mod summary;
