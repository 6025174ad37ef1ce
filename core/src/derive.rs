//! Numbers computed from sourced records: the latest figure per claimant on a given day, and the headline gap
//! between the official toll and the independent count. Everything here is labelled "derived" on screen.

use crate::date::{order_by_date, Date};
use crate::model::{Basis, Claim, Counts, Dataset, Method, Reliability};

/// The claimant's latest claim published on or before `day` (by [`Claim::plot_date`]). Claims on the same day are
/// ordered as the file lists them: the later entry is the later snapshot.
pub fn latest_as_of<'a>(d: &'a Dataset, claimant: &str, day: Date) -> Option<&'a Claim> {
    d.claims
        .iter()
        .enumerate()
        .filter(|(_, c)| c.claimant == claimant && c.plot_date() <= day)
        .max_by_key(|(i, c)| (c.plot_date(), *i))
        .map(|(_, c)| c)
}

/// Every plotted claimant's latest claim as of `day`, in claimant order.
pub fn latest_per_claimant(d: &Dataset, day: Date) -> Vec<&Claim> {
    d.plotted_claimants().iter().filter_map(|c| latest_as_of(d, &c.id, day)).collect()
}

/// One side of the headline comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct HeadlineFigure<'a> {
    pub claim: &'a Claim,
    /// The first day this claimant published the same value in an unbroken run up to `claim` (the day the figure
    /// was first given, when it was later repeated).
    pub since: Date,
}

/// The summary: latest official figure against the latest independent count.
#[derive(Debug, Clone, PartialEq)]
pub struct Headline<'a> {
    pub official: HeadlineFigure<'a>,
    pub independent: HeadlineFigure<'a>,
    /// independent − official (derived).
    pub difference: i64,
    /// independent ÷ official (derived).
    pub ratio: f64,
}

/// Claims eligible for the summary: whole-country death counts (not estimates, ranges, name lists or partial
/// scopes), documented or stated on the record (never unverified assertions), whose reliability is not low.
fn headline_eligible(c: &Claim) -> bool {
    c.counts == Counts::Deaths
        && c.method != Method::Unverified
        && c.scope.is_none()
        && c.reliability >= Reliability::Medium
        && matches!(c.basis, Basis::Confirmed | Basis::AtLeast | Basis::Official)
        && c.qualifier.is_none()
        && c.value.is_some()
}

/// The latest headline-eligible figure of `claimant`, preferring high reliability: a high-reliability figure is
/// used unless a medium one is more recent *and* no high one exists on or after it.
fn headline_figure<'a>(d: &'a Dataset, claimant: &str) -> Option<HeadlineFigure<'a>> {
    let eligible: Vec<(usize, &Claim)> =
        d.claims.iter().enumerate().filter(|(_, c)| c.claimant == claimant && headline_eligible(c)).collect();
    let pick = |min: Reliability| eligible.iter().filter(|(_, c)| c.reliability >= min).max_by_key(|(i, c)| (c.plot_date(), *i)).copied();
    let (idx, claim) = pick(Reliability::High).or_else(|| pick(Reliability::Medium))?;
    // Walk back over earlier eligible claims with the same value.
    let mut since = claim.plot_date();
    let earlier: Vec<&(usize, &Claim)> = eligible.iter().filter(|(i, c)| (c.plot_date(), *i) < (claim.plot_date(), idx)).collect();
    let dates: Vec<Date> = earlier.iter().map(|(_, c)| c.plot_date()).collect();
    for (_, c) in order_by_date(&dates).into_iter().rev().map(|k| earlier[k]) {
        if c.value == claim.value {
            since = c.plot_date();
        } else {
            break;
        }
    }
    Some(HeadlineFigure { claim, since })
}

pub fn headline(d: &Dataset) -> Option<Headline<'_>> {
    let official = headline_figure(d, &d.meta.headline.official)?;
    let independent = headline_figure(d, &d.meta.headline.independent)?;
    let (o, i) = (official.claim.value? as i64, independent.claim.value? as i64);
    if o == 0 {
        return None;
    }
    Some(Headline { official, independent, difference: i - o, ratio: i as f64 / o as f64 })
}

/// Whole days between two days (derived durations, e.g. how long a service was cut).
pub fn days_between(a: Date, b: Date) -> i64 {
    a.days_until(b)
}

/// Where a blackout event stood on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CutState {
    NotYet,
    Cut,
    Partly,
    Restored,
}

/// The state of `e` at the end of `day`.
pub fn cut_state(e: &crate::model::BlackoutEvent, day: Date) -> CutState {
    if day < e.start.date {
        return CutState::NotYet;
    }
    match (e.end, e.end_kind) {
        (Some(end), Some(crate::model::EndKind::Partial)) if day >= end.date => CutState::Partly,
        (Some(end), _) if day >= end.date => CutState::Restored,
        _ => CutState::Cut,
    }
}
