//! What the reader has chosen to see: which claimants and kinds of figure, which stretch of time, which theme.
//! Plain data, so the same choices can be drawn, tested, exported and (later) kept in the URL.

use std::collections::BTreeSet;

use crate::date::Date;
use crate::model::{Basis, Claim, Dataset};

/// The kinds of figure a reader can show or hide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// Confirmed and at-least counts.
    Documented,
    /// Figures from Iran's state and officials.
    Official,
    /// Estimates and ranges.
    Estimate,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Documented, Kind::Official, Kind::Estimate];

    pub fn of(basis: Basis) -> Kind {
        match basis {
            Basis::Confirmed | Basis::AtLeast => Kind::Documented,
            Basis::Official => Kind::Official,
            Basis::Estimate | Basis::Range => Kind::Estimate,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ChartView {
    pub hidden_claimants: BTreeSet<String>,
    pub hidden_kinds: BTreeSet<Kind>,
    /// The time window (first and last day shown); `None` for the dataset's whole period.
    pub window: Option<(Date, Date)>,
    pub theme: Theme,
    /// Claimants drawn in full while the others fade (a story step's emphasis); empty for all in full.
    pub highlight: BTreeSet<String>,
    /// Annotations shown; `None` for all of them.
    pub annotations: Option<BTreeSet<String>>,
    /// A day marked with a vertical line ("what was known on…").
    pub as_of: Option<Date>,
    /// Prefix of the SVG's element ids, unique per chart on the page.
    pub id: String,
}

impl ChartView {
    /// The days shown, clamped to the dataset's period and never inverted.
    pub fn days(&self, d: &Dataset) -> (Date, Date) {
        let p = d.meta.period;
        match self.window {
            None => (p.start, p.end),
            Some((a, b)) => {
                let a = a.clamp(p.start, p.end);
                let b = b.clamp(p.start, p.end);
                if a <= b { (a, b) } else { (b, a) }
            }
        }
    }

    /// Whether a claim is drawn: its claimant and kind are shown and its day is in the window.
    pub fn shows(&self, d: &Dataset, c: &Claim) -> bool {
        let (a, b) = self.days(d);
        !self.hidden_claimants.contains(&c.claimant)
            && !self.hidden_kinds.contains(&Kind::of(c.basis))
            && (a..=b).contains(&c.plot_date())
    }

    pub fn shows_annotation(&self, id: &str) -> bool {
        self.annotations.as_ref().is_none_or(|a| a.contains(id))
    }

    pub fn faded(&self, claimant: &str) -> bool {
        !self.highlight.is_empty() && !self.highlight.contains(claimant)
    }

    pub fn is_filtered(&self) -> bool {
        !self.hidden_claimants.is_empty() || !self.hidden_kinds.is_empty() || self.window.is_some()
    }
}
