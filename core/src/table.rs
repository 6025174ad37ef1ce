//! The table view's ordering: claims sorted by date, claimant or figure, either way, ties in file order. Names
//! compare without ASCII case (Persian has none; full Unicode lowercasing would add its 6.6 KB of tables to the wasm).

use crate::date::sort_indices;
use crate::model::Dataset;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    Date,
    Claimant,
    Figure,
}

/// Indices of `d.claims` passing `keep`, in the order asked for.
pub fn order(d: &Dataset, keep: impl Fn(usize) -> bool, key: SortKey, ascending: bool) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..d.claims.len()).filter(|&i| keep(i)).collect();
    let name = |i: usize| d.claimant(&d.claims[i].claimant).map(|c| c.short_name.to_ascii_lowercase()).unwrap_or_default();
    let date = |i: usize| d.claims[i].plot_date();
    sort_indices(&mut idx, &|a, b| match key {
        SortKey::Date => date(a).cmp(&date(b)),
        SortKey::Claimant => name(a).cmp(&name(b)).then(date(a).cmp(&date(b))),
        SortKey::Figure => d.claims[a].bounds().cmp(&d.claims[b].bounds()),
    });
    if !ascending {
        idx.reverse();
    }
    idx
}
