//! The record beyond the chart, as the reader sees it: dated notes, the blackout, who could not verify, where
//! sources disagree, earlier crackdowns, context, and every source. A section whose data is absent is `None`
//! (then the page leaves it out).

use crate::date::order_by_date;
use crate::describe::{self, Link};
use crate::format::Formatter;
use crate::model::{Dataset, Reliability, Topic};
use crate::strings::{fill, Strings};

/// One dated note with its sources.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct NoteItem {
    pub id: String,
    /// ISO date, for `<time datetime>`.
    pub datetime: String,
    /// "12 February 2026".
    pub date: String,
    /// What follows the date: " · Blackout", and " · low reliability" when it is.
    pub tail: String,
    /// Whether the note is of low reliability (it is flagged).
    pub low: bool,
    pub text: String,
    pub sources: Vec<Link>,
}

/// Notes on any of `topics`, in date order (same-day notes in file order).
pub fn notes(d: &Dataset, topics: &[Topic], fmt: &dyn Formatter, s: &Strings) -> Vec<NoteItem> {
    let picked: Vec<_> = d.notes.iter().filter(|n| topics.contains(&n.topic)).collect();
    let dates: Vec<_> = picked.iter().map(|n| n.date).collect();
    order_by_date(&dates)
        .into_iter()
        .map(|i| picked[i])
        .map(|n| {
            let low = n.reliability == Reliability::Low;
            let mut tail = vec![String::new(), s.topic(n.topic).to_string()];
            if low {
                tail.push(s.low_reliability.to_string());
            }
            NoteItem {
                id: n.id.clone(),
                datetime: n.date.to_string(),
                date: s.dual_date(n.date, fmt),
                tail: tail.join(s.dot_sep),
                low,
                text: n.text.clone(),
                sources: describe::links(d, &n.sources),
            }
        })
        .collect()
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct EventItem {
    pub id: String,
    /// "Internet, Mobile networks · nationwide · from 8 January 2026, restored until 27 January 2026 (19 days (derived))".
    pub head: String,
    pub summary: String,
    /// The start and end notes, when there are any.
    pub notes: Vec<String>,
    pub sources: Vec<Link>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Blackout {
    pub heading: String,
    pub intro: String,
    /// The list of cuts, with its heading; `None` when the dataset has no blackout events.
    pub events: Option<(String, Vec<EventItem>)>,
    /// The dated notes: heading, the "show all" line, the notes; `None` without blackout notes.
    pub notes: Option<(String, String, Vec<NoteItem>)>,
}

/// The services an event cut, in the reader's words, as a list.
pub fn services(e: &crate::model::BlackoutEvent, fmt: &dyn Formatter, s: &Strings) -> String {
    fmt.list(&e.services.iter().map(|x| s.service(*x).to_string()).collect::<Vec<_>>())
}

pub fn blackout(d: &Dataset, fmt: &dyn Formatter, s: &Strings) -> Option<Blackout> {
    let notes = notes(d, &[Topic::Blackout], fmt, s);
    if d.blackout_events.is_empty() && notes.is_empty() {
        return None;
    }
    let events: Vec<EventItem> = d
        .blackout_events
        .iter()
        .map(|e| {
            let until = match (e.end, e.end_kind) {
                (Some(end), Some(kind)) => fill(
                    s.event_ended,
                    &[
                        ("state", s.end_kind(kind)),
                        ("until", &fill(s.blackout_until, &[("date", &fmt.date(end.date))])),
                        (
                            "duration",
                            &fill(s.blackout_duration, &[("duration", &s.days(e.start.date.days_until(end.date).max(0) as u64, fmt))]),
                        ),
                    ],
                ),
                _ => fill(s.blackout_ongoing, &[("date", &fmt.date(d.meta.period.end))]),
            };
            EventItem {
                id: e.id.clone(),
                head: fill(
                    s.event_head,
                    &[
                        ("services", &services(e, fmt, s)),
                        ("scope", &e.scope),
                        ("from", &fill(s.blackout_since, &[("date", &fmt.date(e.start.date))])),
                        ("until", &until),
                    ],
                ),
                summary: e.summary.clone(),
                notes: e.start_note.iter().chain(e.end_note.iter()).cloned().collect(),
                sources: describe::links(d, &e.sources),
            }
        })
        .collect();
    Some(Blackout {
        heading: s.blackout_heading.to_string(),
        intro: s.blackout_intro.to_string(),
        events: (!events.is_empty()).then(|| (s.blackout_events_heading.to_string(), events)),
        notes: (!notes.is_empty()).then(|| {
            let show = fill(s.notes_show, &[("n", &fmt.integer(notes.len() as u64))]);
            (s.notes_heading.to_string(), show, notes)
        }),
    })
}

/// A section that is a heading, an intro and notes (verification; context, behind a "show" line).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct NotesSection {
    pub heading: String,
    pub intro: Option<String>,
    /// The "show all" line when the notes are folded away.
    pub show: Option<String>,
    pub notes: Vec<NoteItem>,
}

pub fn verification(d: &Dataset, fmt: &dyn Formatter, s: &Strings) -> Option<NotesSection> {
    let notes = notes(d, &[Topic::Verification], fmt, s);
    (!notes.is_empty()).then(|| NotesSection {
        heading: s.verification_heading.to_string(),
        intro: Some(s.verification_intro.to_string()),
        show: None,
        notes,
    })
}

pub fn context(d: &Dataset, fmt: &dyn Formatter, s: &Strings) -> Option<NotesSection> {
    let notes = notes(d, &[Topic::Context, Topic::Statement], fmt, s);
    (!notes.is_empty()).then(|| NotesSection {
        heading: s.context_heading.to_string(),
        intro: None,
        show: Some(fill(s.context_show, &[("n", &fmt.integer(notes.len() as u64))])),
        notes,
    })
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct DisagreementItem {
    pub id: String,
    pub kind: String,
    pub summary: String,
    /// The figures involved: "HRANA: 538 confirmed, 11 January 2026".
    pub involved: Vec<String>,
    pub sources: Vec<Link>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Disagreements {
    pub heading: String,
    pub intro: String,
    pub show: String,
    pub items: Vec<DisagreementItem>,
}

/// "{claimant}: {figure}, {date}" for a claim.
pub fn claim_line(d: &Dataset, c: &crate::model::Claim, fmt: &dyn Formatter, s: &Strings) -> String {
    let v = describe::claim_view(d, c, fmt, s);
    fill(s.claim_line, &[("claimant", &v.claimant), ("figure", &v.figure), ("date", &v.published)])
}

pub fn disagreements(d: &Dataset, fmt: &dyn Formatter, s: &Strings) -> Option<Disagreements> {
    if d.disagreements.is_empty() {
        return None;
    }
    let items = d
        .disagreements
        .iter()
        .map(|x| DisagreementItem {
            id: x.id.clone(),
            kind: s.disagreement_kind(x.kind).to_string(),
            summary: x.summary.clone(),
            involved: x.claims.iter().filter_map(|id| d.claim(id)).map(|c| claim_line(d, c, fmt, s)).collect(),
            sources: describe::links(d, &x.sources),
        })
        .collect::<Vec<_>>();
    Some(Disagreements {
        heading: s.disagreements_heading.to_string(),
        intro: s.disagreements_intro.to_string(),
        show: fill(s.notes_show, &[("n", &fmt.integer(items.len() as u64))]),
        items,
    })
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct HistoryItem {
    pub id: String,
    /// "2019 · Amnesty: at least 304 · 16 December 2019".
    pub line: String,
    pub low: bool,
    pub summary: String,
    pub sources: Vec<Link>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct History {
    pub heading: String,
    pub intro: String,
    pub figures: Vec<HistoryItem>,
    pub notes: Vec<NoteItem>,
}

/// A history figure in its own terms.
pub fn history_figure(h: &crate::model::HistoricalFigure, fmt: &dyn Formatter, s: &Strings) -> String {
    let (v, lo, hi) = (h.value.map(|x| fmt.integer(x)), h.low.map(|x| fmt.integer(x)), h.high.map(|x| fmt.integer(x)));
    s.figure(h.basis, h.qualifier, v.as_deref(), lo.as_deref(), hi.as_deref())
}

pub fn history(d: &Dataset, fmt: &dyn Formatter, s: &Strings) -> Option<History> {
    let notes = notes(d, &[Topic::History], fmt, s);
    if d.history.is_empty() && notes.is_empty() {
        return None;
    }
    let figures = d
        .history
        .iter()
        .map(|h| HistoryItem {
            id: h.id.clone(),
            line: fill(
                s.history_line,
                &[
                    ("episode", &h.episode),
                    ("who", &d.claimant(&h.claimant).map(|c| c.short_name.clone()).unwrap_or_default()),
                    ("figure", &history_figure(h, fmt, s)),
                    ("date", &s.dual_date(h.published, fmt)),
                ],
            ),
            low: h.reliability == Reliability::Low,
            summary: h.summary.clone(),
            sources: describe::links(d, &h.sources),
        })
        .collect();
    Some(History { heading: s.history_heading.to_string(), intro: s.history_intro.to_string(), figures, notes })
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SourceItem {
    pub claim: String,
    /// "at least 7,002 · 12 February 2026".
    pub line: String,
    pub sources: Vec<Link>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SourceGroup {
    pub claimant: String,
    pub name: String,
    pub kind: String,
    pub description: String,
    pub items: Vec<SourceItem>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Sources {
    pub heading: String,
    pub intro: String,
    pub show: String,
    pub groups: Vec<SourceGroup>,
}

/// Every claim, grouped by claimant (in dataset order), each group in date order.
pub fn sources(d: &Dataset, fmt: &dyn Formatter, s: &Strings) -> Sources {
    let plotted = d.plotted_claimants();
    let groups = plotted
        .iter()
        .map(|c| {
            let claims: Vec<_> = d.claims.iter().filter(|k| k.claimant == c.id).collect();
            let dates: Vec<_> = claims.iter().map(|k| k.plot_date()).collect();
            let items = order_by_date(&dates)
                .into_iter()
                .map(|i| {
                    let v = describe::claim_view(d, claims[i], fmt, s);
                    SourceItem { claim: v.id, line: [v.figure, v.published].join(s.dot_sep), sources: v.sources }
                })
                .collect();
            SourceGroup {
                claimant: c.id.clone(),
                name: c.name.clone(),
                kind: s.claimant_kind(c.kind).to_string(),
                description: c.description.clone(),
                items,
            }
        })
        .collect();
    Sources {
        heading: s.sources_heading.to_string(),
        intro: s.sources_intro.to_string(),
        show: fill(s.sources_show, &[("n", &fmt.integer(d.claims.len() as u64)), ("claimants", &fmt.integer(plotted.len() as u64))]),
        groups,
    }
}
