//! The guided story as the reader sees it: each step's position, title, text (numbers and dates filled from the
//! records, derived ones labelled) and the chart state it asks for.

use std::collections::BTreeSet;

use crate::chart::{ChartView, Theme};
use crate::format::Formatter;
use crate::model::Dataset;
use crate::story::{render, Segment};
use crate::strings::{fill, Strings};

/// A piece of a step's text.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub enum Piece {
    Text(String),
    /// A value filled from a record; `derived` is the "(derived)" note for numbers computed from dates.
    Ref {
        kind: String,
        id: String,
        shown: String,
        value: Option<i64>,
        derived: Option<String>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Step {
    pub id: String,
    /// "Step 2 of 7".
    pub position: String,
    pub title: String,
    pub text: Vec<Piece>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Story {
    pub heading: String,
    pub intro: String,
    pub previous: String,
    pub next: String,
    pub steps: Vec<Step>,
}

/// The story, or `None` when the dataset has none (then the page has no story section). `embedded`: inside an
/// iframe, where one step shows at a time.
pub fn story(d: &Dataset, fmt: &dyn Formatter, s: &Strings, embedded: bool) -> Option<Story> {
    if d.story.is_empty() {
        return None;
    }
    let total = fmt.integer(d.story.len() as u64);
    let steps = d
        .story
        .iter()
        .enumerate()
        .map(|(i, step)| Step {
            id: step.id.clone(),
            position: fill(s.story_position, &[("n", &fmt.integer(i as u64 + 1)), ("total", &total)]),
            title: step.title.clone(),
            text: render(d, &step.text, fmt, s)
                .into_iter()
                .map(|seg| match seg {
                    Segment::Text(t) => Piece::Text(t),
                    Segment::Ref { kind, id, shown, value } => {
                        // A duration is computed from the event's dates, not said by anyone: say so.
                        let derived = (kind == "days").then(|| fill(s.parenthesised, &[("text", ""), ("note", s.derived)]));
                        Piece::Ref { kind, id, shown, value, derived }
                    }
                })
                .collect(),
        })
        .collect();
    Some(Story {
        heading: s.story_heading.to_string(),
        intro: fill(if embedded { s.story_intro_embedded } else { s.story_intro }, &[("n", &total)]),
        previous: s.story_prev.to_string(),
        next: s.story_next.to_string(),
        steps,
    })
}

/// The chart as step `i` asks for it: its window, its highlighted claimants and its annotations.
pub fn chart_view(d: &Dataset, i: usize, theme: Theme) -> ChartView {
    match d.story.get(i) {
        Some(step) => ChartView {
            window: Some((step.window.start, step.window.end)),
            highlight: step.highlight.iter().cloned().collect(),
            annotations: Some(step.annotations.iter().cloned().collect::<BTreeSet<_>>()),
            theme,
            id: "story".into(),
            ..Default::default()
        },
        None => ChartView { theme, id: "story".into(), ..Default::default() },
    }
}
