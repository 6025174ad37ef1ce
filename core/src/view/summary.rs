//! The summary card: the latest official toll against the latest independent count, what each counts and how it
//! was arrived at, and the derived gap between them, hedged as the independent figure is.

use crate::derive::{self, HeadlineFigure};
use crate::describe::{self, Link};
use crate::format::Formatter;
use crate::model::{Basis, Claim, Dataset, Hedge};
use crate::strings::{fill, Strings};

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Card {
    pub claim: String,
    pub label: String,
    /// The figure in its own terms ("at least 7,002").
    pub figure: String,
    pub when: String,
    /// What it counts, in the claimant's terms, with the state's own split where it gave one.
    pub counts: String,
    /// How it was arrived at ("How it was arrived at: documented case by case by the claimant").
    pub method: String,
    pub source: Option<Link>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    pub heading: String,
    pub official: Card,
    pub independent: Card,
    pub derived: String,
    pub gap: String,
    pub note: String,
}

/// Whether a figure is a minimum, so that anything derived from it is one too.
pub fn is_minimum(c: &Claim) -> bool {
    c.basis == Basis::AtLeast || c.qualifier == Some(Hedge::MoreThan)
}

/// The ratio cut (never rounded up) to one decimal: a derived "at least 2.2 times" must not overstate.
fn ratio_down(r: f64) -> f64 {
    (r * 10.0).floor() / 10.0
}

fn card(d: &Dataset, h: &HeadlineFigure, label: String, fmt: &dyn Formatter, s: &Strings) -> Card {
    let c = h.claim;
    let published = fill(s.summary_as_of, &[("date", &fmt.date(c.plot_date()))]);
    let when = if h.since != c.plot_date() {
        [fill(s.summary_since, &[("date", &fmt.date(h.since))]), published].join(s.list_sep)
    } else {
        published
    };
    Card {
        claim: c.id.clone(),
        label,
        figure: describe::figure(c, fmt, s),
        when,
        counts: describe::counts_with_split(c, fmt, s),
        method: fill(s.summary_method, &[("method", s.method(c.method))]),
        source: describe::links(d, &c.sources).into_iter().next(),
    }
}

/// The summary, or `None` when the dataset has no headline pair to compare.
pub fn summary(d: &Dataset, fmt: &dyn Formatter, s: &Strings) -> Option<Summary> {
    let h = derive::headline(d)?;
    let short = |id: &str| d.claimant(id).map(|c| c.short_name.clone()).unwrap_or_default();
    let name = short(&h.independent.claim.claimant);
    let (o, i) = (h.official.claim, h.independent.claim);
    let template = match (h.difference < 0, is_minimum(i)) {
        (true, _) => s.summary_gap_fewer,
        (false, true) => s.summary_gap_at_least,
        (false, false) => s.summary_gap,
    };
    let gap = fill(
        template,
        &[
            ("claimant", &name),
            ("independent", &describe::figure(i, fmt, s)),
            ("independent_date", &fmt.date(i.plot_date())),
            ("official", &describe::figure(o, fmt, s)),
            ("official_date", &fmt.date(o.plot_date())),
            ("difference", &fmt.integer(h.difference.unsigned_abs())),
            ("ratio", &fmt.decimal(ratio_down(h.ratio), 1)),
        ],
    );
    let (ov, iv) = (fmt.integer(o.value.unwrap_or(0)), fmt.integer(i.value.unwrap_or(0)));
    Some(Summary {
        heading: s.summary_heading.to_string(),
        official: card(d, &h.official, fill(s.summary_official_label, &[("claimant", &short(&h.official.claim.claimant))]), fmt, s),
        independent: card(d, &h.independent, fill(s.summary_independent_label, &[("claimant", &name)]), fmt, s),
        derived: s.derived.to_string(),
        gap,
        note: fill(s.summary_gap_note, &[("independent", &iv), ("official", &ov)]),
    })
}
