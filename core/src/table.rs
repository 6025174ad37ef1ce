//! The table view's ordering: claims sorted by date, claimant or figure, either way, ties in file order.

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
    let name = |i: usize| d.claimant(&d.claims[i].claimant).map(|c| c.short_name.to_lowercase()).unwrap_or_default();
    match key {
        SortKey::Date => idx.sort_by_key(|&i| (d.claims[i].plot_date(), i)),
        SortKey::Claimant => idx.sort_by_key(|&i| (name(i), d.claims[i].plot_date(), i)),
        SortKey::Figure => idx.sort_by_key(|&i| (d.claims[i].bounds(), i)),
    }
    if !ascending {
        idx.reverse();
    }
    idx
}
