//! The page where an editor checks a dataset before publishing it (`check.html`): which of the opened files is the
//! dataset and which its Persian text, every problem the validator finds in each (with its path and line:column,
//! in the validator's words for editors), and, when the dataset is valid, the dataset itself, to draw the explainer
//! from as readers will see it. Nothing leaves the editor's browser.

use crate::format::Formatter;
use crate::model::Dataset;
use crate::strings::{fill, Strings};
use crate::validate::{self, Loaded, Problem, Severity};

/// The page's fixed words.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Intro {
    pub title: String,
    pub intro: String,
    pub private: String,
    pub choose: String,
    pub drop: String,
    pub edition: String,
    /// Above the explainer drawn from a valid file ("{file}").
    pub preview: String,
}

pub fn intro(s: &Strings) -> Intro {
    // "{file}" is filled by `preview`.
    Intro {
        title: s.check_title.to_string(),
        intro: s.check_intro.to_string(),
        private: s.check_private.to_string(),
        choose: s.check_choose.to_string(),
        drop: s.check_drop.to_string(),
        edition: s.check_edition.to_string(),
        preview: s.check_preview.to_string(),
    }
}

/// The line above the explainer drawn from the valid file `name`.
pub fn preview(name: &str, s: &Strings) -> String {
    fill(s.check_preview, &[("file", name)])
}

/// One problem, as the page lists it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Line {
    /// "error" or "warning" (for styling), and its word.
    pub severity: &'static str,
    pub severity_word: String,
    /// Where: the JSON path, and the line and column when the parser knows them.
    pub place: String,
    pub message: String,
}

/// What was found in one file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct FileReport {
    pub name: String,
    pub heading: String,
    pub lines: Vec<Line>,
}

/// The whole check.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Report {
    /// Whether the dataset is valid (warnings allowed): then the explainer is drawn from it.
    pub valid: bool,
    /// A line above the reports when the files opened cannot be checked as they are (no dataset among them).
    pub notice: Option<String>,
    pub files: Vec<FileReport>,
}

/// A file as opened: its name and its text (`None`: the browser could not read it).
pub struct Opened {
    pub name: String,
    pub text: Option<String>,
}

/// The result: the report, and the dataset in each language when it is valid (English, then Persian with whether
/// some of its text stayed untranslated).
pub struct Checked {
    pub report: Report,
    pub loaded: Option<Loaded>,
    pub persian: Option<(Dataset, bool)>,
}

fn line(p: &Problem, fmt: &dyn Formatter, s: &Strings) -> Line {
    let (severity, word) = match p.severity {
        Severity::Error => ("error", s.check_error),
        Severity::Warning => ("warning", s.check_warning),
    };
    let mut place = Vec::new();
    if let Some((l, c)) = p.line_col {
        // Not grouped: an editor types them into its go-to-line box ("line 2126", never "2,126"). Years are
        // formatted the same way (`useGrouping: false`), in the locale's digits.
        let ungrouped = |n: usize| fmt.year(n as i32);
        place.push(fill(s.check_line_column, &[("line", &ungrouped(l)), ("column", &ungrouped(c))]));
    }
    if !p.path.is_empty() {
        place.push(p.path.clone());
    }
    Line { severity, severity_word: word.to_string(), place: place.join(" · "), message: p.message.clone() }
}

fn report(name: &str, problems: &[Problem], fmt: &dyn Formatter, s: &Strings) -> FileReport {
    let errors = problems.iter().filter(|p| p.severity == Severity::Error).count();
    let warnings = problems.len() - errors;
    let counted = |templates: &[&str; 2], n: usize| Strings::counted(templates, n as u64, fmt);
    let heading = fill(
        s.check_file,
        &[("file", name), ("errors", &counted(&s.check_errors, errors)), ("warnings", &counted(&s.check_warnings, warnings))],
    );
    FileReport { name: name.to_string(), heading, lines: problems.iter().map(|p| line(p, fmt, s)).collect() }
}

/// Whether `name` is a dataset's Persian text (`<dataset>.fa.json`), by the name the folder gives it.
fn is_translation(name: &str) -> bool {
    name.to_ascii_lowercase().ends_with(".fa.json")
}

/// Checks the opened files: the first that is not a Persian text is the dataset, the first Persian text its
/// translation; any other file is listed as not checked.
pub fn check(files: &[Opened], fmt: &dyn Formatter, s: &Strings) -> Checked {
    let dataset = files.iter().find(|f| !is_translation(&f.name));
    let translation = files.iter().find(|f| is_translation(&f.name));
    let mut out = Checked { report: Report { valid: false, notice: None, files: Vec::new() }, loaded: None, persian: None };
    let is = |chosen: Option<&Opened>, f: &Opened| chosen.is_some_and(|c| std::ptr::eq(c, f));
    for f in files.iter().filter(|f| !is(dataset, f) && !is(translation, f)) {
        out.report.files.push(FileReport { name: f.name.clone(), heading: fill(s.check_ignored, &[("file", &f.name)]), lines: Vec::new() });
    }
    let Some(dataset) = dataset else {
        out.report.notice = Some(s.check_no_dataset.to_string());
        return out;
    };
    let unreadable =
        |name: &str| FileReport { name: name.to_string(), heading: fill(s.check_unreadable, &[("file", name)]), lines: Vec::new() };
    let Some(text) = &dataset.text else {
        out.report.files.insert(0, unreadable(&dataset.name));
        return out;
    };
    match validate::load(text) {
        Err(problems) => out.report.files.insert(0, report(&dataset.name, &problems, fmt, s)),
        Ok(loaded) => {
            out.report.files.insert(0, report(&dataset.name, &loaded.warnings, fmt, s));
            out.report.valid = true;
            let persian = match translation {
                None => {
                    out.report.notice = Some(s.check_no_translation.to_string());
                    (loaded.dataset.clone(), true)
                }
                Some(Opened { name, text: None }) => {
                    out.report.files.insert(1, unreadable(name));
                    (loaded.dataset.clone(), true)
                }
                Some(Opened { name, text: Some(t) }) => {
                    let (d, problems) = crate::translate::translate(&loaded.dataset, t);
                    out.report.files.insert(1, report(name, &problems, fmt, s));
                    let incomplete = !problems.is_empty();
                    (d, incomplete)
                }
            };
            out.persian = Some(persian);
            out.loaded = Some(loaded);
        }
    }
    out
}

/// The editions the explainer can be drawn in, each with its name in its own language (the other edition's switch
/// names it): `("en", "English")`, `("fa", "فارسی")`.
pub fn editions() -> Vec<(&'static str, &'static str)> {
    use crate::edition::EDITIONS;
    EDITIONS
        .into_iter()
        .map(|e| (e.lang, EDITIONS.into_iter().find(|o| o.switch_lang == e.lang).map(|o| o.switch_label).unwrap_or(e.lang)))
        .collect()
}
