//! The page around the sections: the masthead, the chart's heading, the footer, an embed's source line, and the
//! panels shown while the data loads, when it cannot be fetched and when it is invalid.

use crate::format::Formatter;
use crate::model::Dataset;
use crate::params::ThemeChoice;
use crate::strings::{fill, Strings};
use crate::validate::Problem;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Page {
    pub title: String,
    pub lede: String,
    pub chart_heading: String,
    pub chart_intro: String,
    pub updated: String,
    pub corrections_heading: String,
    /// Each correction's ISO date, formatted date and text; when empty, `no_corrections` says so.
    pub corrections: Vec<(String, String, String)>,
    pub no_corrections: String,
    pub footer_method: String,
    /// An embed's source line and its link to the full explainer.
    pub embed_source: String,
    pub embed_open_full: String,
}

pub fn page(d: &Dataset, fmt: &dyn Formatter, s: &Strings) -> Page {
    let updated = fmt.date(d.meta.updated);
    Page {
        title: d.meta.title.clone(),
        lede: d.meta.lede.clone(),
        chart_heading: s.chart_heading.to_string(),
        chart_intro: s.chart_intro.to_string(),
        updated: fill(s.footer_updated, &[("date", &updated)]),
        corrections_heading: s.corrections_heading.to_string(),
        corrections: d.meta.corrections.iter().map(|c| (c.date.to_string(), fmt.date(c.date), c.text.clone())).collect(),
        no_corrections: s.corrections_none.to_string(),
        footer_method: s.footer_method.to_string(),
        embed_source: fill(s.embed_source, &[("title", &d.meta.title), ("date", &updated)]),
        embed_open_full: s.embed_open_full.to_string(),
    }
}

/// Why the data could not be fetched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    NotFound,
    Status(u16),
    Network,
    /// No complete answer within this many seconds.
    Timeout(u32),
    Interrupted,
    NotData,
    /// The page carries the data (the offline edition) but its element is empty: a damaged copy of the file.
    EmptyEmbedded,
    /// Nothing was fetched: the link asked for a file outside the site's `data/` folder, or the page names none
    /// (`source::choose`).
    Refused(crate::source::Refusal),
}

/// What a reader whose browser asks to save data is told, and the button that loads the app (its size, `bytes`, as
/// served, in kilobytes).
pub fn save_data(bytes: u64, fmt: &dyn Formatter, s: &Strings) -> (String, String) {
    let size = fill(s.size_kb, &[("n", &fmt.integer(bytes.div_ceil(1024)))]);
    (s.save_data_note.to_string(), fill(s.save_data_offer, &[("size", &size)]))
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Panel {
    pub title: String,
    pub text: String,
    /// The validator's problems (at most `SHOWN_PROBLEMS`), and a line for the rest.
    pub problems: Vec<String>,
    pub more: Option<String>,
    /// The button that tries again, where trying again can help (not for a refused address).
    pub retry: Option<String>,
}

/// How many problems the page lists before summarising the rest.
pub const SHOWN_PROBLEMS: usize = 8;

pub fn failed(f: Failure, fmt: &dyn Formatter, s: &Strings) -> Panel {
    let text = match f {
        Failure::NotFound => s.load_failed_not_found.to_string(),
        // A status code is a code, not a quantity: the locale's digits without grouping, as for a year.
        Failure::Status(code) => fill(s.load_failed_status, &[("status", &fmt.year(code as i32))]),
        Failure::Network => s.load_failed_network.to_string(),
        Failure::Timeout(secs) => fill(s.load_failed_timeout, &[("seconds", &fmt.integer(secs as u64))]),
        Failure::Interrupted => s.load_failed_interrupted.to_string(),
        Failure::NotData => s.load_failed_not_data.to_string(),
        Failure::EmptyEmbedded => s.load_failed_empty_embedded.to_string(),
        Failure::Refused(crate::source::Refusal::Asked(ref path)) => fill(s.load_refused, &[("path", path)]),
        Failure::Refused(crate::source::Refusal::Page) => s.load_no_dataset.to_string(),
    };
    let retry = (!matches!(f, Failure::Refused(_))).then(|| s.retry.to_string());
    Panel { title: s.load_failed_title.to_string(), text, problems: Vec::new(), more: None, retry }
}

/// The panel for an invalid dataset. The problems are the validator's words for editors (paths, line:column).
pub fn invalid(problems: &[Problem], fmt: &dyn Formatter, s: &Strings) -> Panel {
    let rest = problems.len().saturating_sub(SHOWN_PROBLEMS);
    Panel {
        title: s.invalid_title.to_string(),
        text: s.invalid_intro.to_string(),
        problems: problems.iter().take(SHOWN_PROBLEMS).map(|p| p.to_string()).collect(),
        more: (rest > 0).then(|| fill(s.invalid_more, &[("n", &fmt.integer(rest as u64))])),
        retry: Some(s.retry.to_string()),
    }
}

/// The embed form's theme choices: name and label.
pub fn themes(s: &Strings) -> Vec<(&'static str, &'static str)> {
    ThemeChoice::ALL
        .iter()
        .map(|t| {
            let label = match t {
                ThemeChoice::Auto => s.theme_auto,
                ThemeChoice::Light => s.theme_light,
                ThemeChoice::Dark => s.theme_dark,
            };
            (t.name(), label)
        })
        .collect()
}
