//! Records turned into the words a reader sees: a claim's figure in its own terms, its dates, what it counts, its
//! sources. Used by the tooltip, the sources list and the tests, so they all say the same thing.

use crate::format::Formatter;
use crate::model::{Claim, Dataset, Method, Observation};
use crate::strings::{fill, Strings};

/// A source as a link.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Link {
    pub label: String,
    pub url: String,
}

/// Everything the tooltip and the sources list say about a claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimView {
    pub id: String,
    pub claimant: String,
    pub claimant_full: String,
    pub figure: String,
    pub basis: String,
    pub published: String,
    pub as_of: Option<String>,
    pub date_note: Option<String>,
    pub counts: String,
    /// How the figure was arrived at, in words.
    pub method: String,
    /// The method's wire name (`documented`, `official`, `unverified`), for styling and tests.
    pub method_key: String,
    /// Other figures it shares an origin with, in words.
    pub shared_origin: Vec<String>,
    pub scope: Option<String>,
    pub breakdown: Vec<String>,
    /// "Breakdown" when the parts are complete, "Including" when they pick out some.
    pub breakdown_label: String,
    pub under_investigation: Option<String>,
    pub reliability: String,
    pub reliability_note: String,
    pub summary: String,
    pub sources: Vec<Link>,
}

pub fn links(d: &Dataset, ids: &[String]) -> Vec<Link> {
    ids.iter().filter_map(|id| d.source(id)).map(|s| Link { label: s.publisher.clone(), url: s.url.clone() }).collect()
}

pub fn figure(c: &Claim, fmt: &dyn Formatter, s: &Strings) -> String {
    let v = c.value.map(|v| fmt.integer(v));
    let lo = c.low.map(|v| fmt.integer(v));
    let hi = c.high.map(|v| fmt.integer(v));
    s.figure(c.basis, c.qualifier, v.as_deref(), lo.as_deref(), hi.as_deref())
}

/// What a figure counts: the claimant's own terms when the record gives them, else the generic wording.
pub fn counts(c: &Claim, s: &Strings) -> String {
    c.counts_note.clone().unwrap_or_else(|| s.counts(c.counts).to_string())
}

/// A figure's parts, each as "{value} {label}", joined.
pub fn parts(c: &Claim, fmt: &dyn Formatter, s: &Strings) -> String {
    let parts: Vec<String> = c.breakdown.iter().map(|p| fill(s.part, &[("value", &fmt.integer(p.value)), ("label", &p.label)])).collect();
    parts.join(s.list_sep)
}

/// What a figure counts, with the state's own split of an official total (it is part of what the total means:
/// the state's categories, quoted as it gave them). Other breakdowns stay in the details with their notes.
pub fn counts_with_split(c: &Claim, fmt: &dyn Formatter, s: &Strings) -> String {
    if c.method == Method::Official && !c.breakdown.is_empty() {
        fill(s.counts_split, &[("counts", &counts(c, s)), ("parts", &parts(c, fmt, s))])
    } else {
        counts(c, s)
    }
}

/// For "What each number counts": how a claimant's figures were arrived at ("How its figures here were arrived
/// at: documented case by case…; asserted…"), and a note for each origin its figures share with another
/// claimant's, so that two reports of one source never read as corroboration.
pub fn claimant_methods(d: &Dataset, claimant: &str, s: &Strings) -> (String, Vec<String>) {
    let methods: Vec<Method> =
        Method::ALL.into_iter().filter(|m| d.claims.iter().any(|c| c.claimant == claimant && c.method == *m)).collect();
    let words: Vec<&str> = methods.iter().map(|m| s.method(*m)).collect();
    let how = fill(s.method_of_claimant, &[("methods", &words.join(s.list_sep))]);
    let origins = d
        .shared_origins
        .iter()
        .filter(|o| o.claims.iter().any(|id| d.claim(id).is_some_and(|c| c.claimant == claimant)))
        .map(|o| fill(s.method_shared_origin, &[("summary", &o.summary)]))
        .collect();
    (how, origins)
}

pub fn claim_view(d: &Dataset, c: &Claim, fmt: &dyn Formatter, s: &Strings) -> ClaimView {
    let claimant = d.claimant(&c.claimant);
    ClaimView {
        id: c.id.clone(),
        claimant: claimant.map(|k| k.short_name.clone()).unwrap_or_else(|| c.claimant.clone()),
        claimant_full: claimant.map(|k| k.name.clone()).unwrap_or_default(),
        figure: figure(c, fmt, s),
        basis: s.basis(c.basis).to_string(),
        published: c.published.map(|p| s.dual_date(p, fmt)).unwrap_or_else(|| s.publication_unknown.to_string()),
        as_of: c.as_of.filter(|a| Some(*a) != c.published).map(|a| s.dual_date(a, fmt)),
        date_note: c.date_note.clone(),
        counts: counts(c, s),
        method: s.method(c.method).to_string(),
        method_key: crate::model::wire_name(&c.method),
        shared_origin: d.origins_of(&c.id).map(|o| o.summary.clone()).collect(),
        scope: c.scope.clone(),
        breakdown: c.breakdown.iter().map(|p| fill(s.labelled, &[("label", &p.label), ("value", &fmt.integer(p.value))])).collect(),
        breakdown_label: if c.breakdown_complete { s.tip_breakdown } else { s.tip_including }.to_string(),
        under_investigation: c.under_investigation.map(|v| fmt.integer(v)),
        reliability: s.reliability(c.reliability).to_string(),
        reliability_note: c.reliability_note.clone(),
        summary: c.summary.clone(),
        sources: links(d, &c.sources),
    }
}

/// What the tooltip says about a connectivity observation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObservationView {
    pub id: String,
    pub metric: String,
    pub value: String,
    pub date: String,
    pub summary: String,
    pub reliability: String,
    pub sources: Vec<Link>,
}

pub fn observation_view(d: &Dataset, o: &Observation, fmt: &dyn Formatter, s: &Strings) -> ObservationView {
    ObservationView {
        id: o.id.clone(),
        metric: d.metric(&o.metric).map(|m| m.label.clone()).unwrap_or_else(|| o.metric.clone()),
        value: s.qualified(o.qualifier, &fmt.percent(o.value)),
        date: fmt.date(o.date.date),
        summary: o.summary.clone(),
        reliability: s.reliability(o.reliability).to_string(),
        sources: links(d, &o.sources),
    }
}
