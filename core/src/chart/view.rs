//! What the reader has chosen to see: which claimants and methods (how figures were arrived at), which stretch of time, which theme.
//! Plain data, so the same choices can be drawn, tested, exported and (later) kept in the URL.

use std::collections::BTreeSet;

use crate::date::Date;
use crate::model::{Claim, Dataset, Method};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ChartView {
    pub hidden_claimants: BTreeSet<String>,
    /// Figures hidden by how they were arrived at (documented, official, unverified).
    pub hidden_kinds: BTreeSet<Method>,
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
                if a <= b {
                    (a, b)
                } else {
                    (b, a)
                }
            }
        }
    }

    /// Whether a claim is drawn: its claimant and kind are shown and its day is in the window.
    pub fn shows(&self, d: &Dataset, c: &Claim) -> bool {
        let (a, b) = self.days(d);
        !self.hidden_claimants.contains(&c.claimant) && !self.hidden_kinds.contains(&c.method) && (a..=b).contains(&c.plot_date())
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
