//! Earlier crackdowns and this one on one scale: every history figure (unverified ones drawn hollow), grouped by
//! episode in order of first appearance, then this dataset's headline pair.

use crate::derive;
use crate::describe::{self, Link};
use crate::format::Formatter;
use crate::model::{Dataset, Method};
use crate::strings::{fill, Strings};

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Bar {
    pub id: String,
    pub who: String,
    pub figure: String,
    pub value: u64,
    /// Length, as a percentage of the row (the largest figure shown fills it; never less than 0.4 so it shows).
    pub percent: f64,
    /// Drawn hollow: nobody could verify the figure.
    pub hollow: bool,
    pub sources: Vec<Link>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Group {
    /// The episode's key (`"2019"`), for tests and styling.
    pub episode: String,
    pub label: String,
    pub bars: Vec<Bar>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Compare {
    pub heading: String,
    pub intro: String,
    pub groups: Vec<Group>,
}

pub fn compare(d: &Dataset, fmt: &dyn Formatter, s: &Strings) -> Option<Compare> {
    let mut rows: Vec<(String, String, Bar)> = Vec::new(); // episode key, label, bar
    for h in &d.history {
        let Some(v) = h.value.or(h.high) else { continue };
        let bar = Bar {
            id: h.id.clone(),
            who: d.claimant(&h.claimant).map(|c| c.short_name.clone()).unwrap_or_default(),
            figure: super::records::history_figure(h, fmt, s),
            value: v,
            percent: 0.0,
            hollow: h.method == Method::Unverified,
            sources: describe::links(d, &h.sources),
        };
        rows.push((h.episode.clone(), h.episode.clone(), bar));
    }
    if rows.is_empty() {
        return None;
    }
    let year = d.meta.period.end.year();
    if let Some(hl) = derive::headline(d) {
        let label = fill(s.compare_current, &[("year", &fmt.year(year))]);
        for fig in [&hl.official, &hl.independent] {
            let c = fig.claim;
            let bar = Bar {
                id: c.id.clone(),
                who: d.claimant(&c.claimant).map(|k| k.short_name.clone()).unwrap_or_default(),
                figure: describe::figure(c, fmt, s),
                value: c.value.unwrap_or(0),
                percent: 0.0,
                hollow: c.method == Method::Unverified,
                sources: describe::links(d, &c.sources),
            };
            rows.push((year.to_string(), label.clone(), bar));
        }
    }
    let max = rows.iter().map(|r| r.2.value).max().unwrap_or(1).max(1);
    // Episodes in order of first appearance, each once (wherever its figures stand in the file).
    let mut groups: Vec<Group> = Vec::new();
    for (episode, label, mut bar) in rows {
        bar.percent = (bar.value as f64 / max as f64 * 100.0).max(0.4);
        match groups.iter_mut().find(|g| g.episode == episode) {
            Some(g) => g.bars.push(bar),
            None => groups.push(Group { episode, label, bars: vec![bar] }),
        }
    }
    let years: Vec<String> =
        groups.iter().map(|g| g.episode.parse::<i32>().map(|y| fmt.year(y)).unwrap_or_else(|_| g.episode.clone())).collect();
    Some(Compare { heading: fill(s.compare_heading, &[("years", &fmt.list(&years))]), intro: s.compare_intro.to_string(), groups })
}
