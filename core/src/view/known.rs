//! "What was known on…": for a day, each claimant's latest figure published by then and what was cut that day.

use crate::date::Date;
use crate::derive::{cut_state, latest_per_claimant, CutState};
use crate::describe;
use crate::format::Formatter;
use crate::model::Dataset;
use crate::strings::Strings;

/// The slider's range (days after the period's start) and where it starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Slider {
    pub days: i64,
    pub initial: i64,
}

/// The slider opens on the day the address names, else on the day the summary's official figure was first given
/// (when the gap is widest in the story), else mid-period.
pub fn slider(d: &Dataset, known_on: Option<Date>) -> Slider {
    let p = d.meta.period;
    let days = p.start.days_until(p.end).max(0);
    let official = crate::derive::headline(d).map(|h| h.official.since);
    let initial = known_on.or(official).map(|day| p.start.days_until(day)).unwrap_or(days / 2).clamp(0, days);
    Slider { days, initial }
}

/// The day `offset` days after the period's start, kept inside the period.
pub fn day_at(d: &Dataset, offset: i64) -> Date {
    let p = d.meta.period;
    Date::from_day_number(p.start.day_number() + offset.clamp(0, p.start.days_until(p.end).max(0)))
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Row {
    pub claimant: String,
    pub claim: String,
    pub name: String,
    pub figure: String,
    pub published: String,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Cut {
    pub event: String,
    /// `notyet`, `cut`, `partly`, `restored`, for styling and tests.
    pub state_key: &'static str,
    pub services: String,
    pub state: String,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Day {
    pub date: String,
    pub rows: Vec<Row>,
    /// Shown when nothing had been published yet.
    pub none: Option<String>,
    pub cuts: Vec<Cut>,
}

fn state_key(c: CutState) -> &'static str {
    match c {
        CutState::NotYet => "notyet",
        CutState::Cut => "cut",
        CutState::Partly => "partly",
        CutState::Restored => "restored",
    }
}

pub fn day(d: &Dataset, day: Date, fmt: &dyn Formatter, s: &Strings) -> Day {
    let rows: Vec<Row> = latest_per_claimant(d, day)
        .into_iter()
        .map(|c| {
            let v = describe::claim_view(d, c, fmt, s);
            Row { claimant: c.claimant.clone(), claim: c.id.clone(), name: v.claimant, figure: v.figure, published: v.published }
        })
        .collect();
    let cuts = d
        .blackout_events
        .iter()
        .map(|e| {
            let st = cut_state(e, day);
            Cut {
                event: e.id.clone(),
                state_key: state_key(st),
                services: super::records::services(e, fmt, s),
                state: super::cut_state_word(s, st).to_string(),
            }
        })
        .collect();
    Day { date: fmt.date(day), none: rows.is_empty().then(|| s.as_of_none.to_string()), rows, cuts }
}
