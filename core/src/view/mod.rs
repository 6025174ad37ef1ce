//! One plain view model per section: what a component shows, already in the reader's words. Built from the dataset,
//! a formatter and the strings, on the host as in the browser, so it is tested with `cargo test`.

pub mod chart;
pub mod check;
pub mod compare;
pub mod embed;
pub mod known;
pub mod page;
pub mod records;
pub mod story;
pub mod summary;
pub mod window;

use crate::derive::CutState;
use crate::params::EmbedView;
use crate::strings::Strings;

/// The name of an embedded view, in the reader's words.
pub fn embed_view_name(s: &Strings, v: EmbedView) -> &'static str {
    s.embed_view_words[v as usize]
}

/// A blackout event's state on a day, in the reader's words.
pub fn cut_state_word(s: &Strings, c: CutState) -> &'static str {
    s.cut_state_words[c as usize]
}
