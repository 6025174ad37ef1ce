//! A dataset's text in a second language, kept in its own file beside the dataset (`iran-2026.fa.json` beside
//! `iran-2026.json`) and keyed by the records' ids, so that the figures exist once and only the words are translated.
//! [`translate`] checks the file against the dataset and returns the dataset with its text replaced: a field with
//! no translation keeps its original text (a warning), and a field whose translation has a number the original does
//! not have, or other placeholders, is refused (an error) and keeps its original text too. A translation can never
//! change a figure.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::model::Dataset;
use crate::validate::{json_problem, Problem, Severity};

/// The translatable text of one record: each field is the translation of the record's field of the same name.
#[derive(Debug, Default, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub title: Option<String>,
    pub lede: Option<String>,
    pub name: Option<String>,
    pub short_name: Option<String>,
    pub based_in: Option<String>,
    pub description: Option<String>,
    pub method: Option<String>,
    pub date_note: Option<String>,
    pub counts_note: Option<String>,
    pub scope: Option<String>,
    pub summary: Option<String>,
    pub reliability_note: Option<String>,
    pub start_note: Option<String>,
    pub end_note: Option<String>,
    pub measured_by: Option<String>,
    pub label: Option<String>,
    pub episode: Option<String>,
    pub text: Option<String>,
    pub origin: Option<String>,
    /// A source's publisher with its description ("Daijiworld (AP copy)"); optional, since a name may stand as it is.
    pub publisher: Option<String>,
    /// Labels of a claim's `breakdown` parts, in order.
    #[serde(default)]
    pub breakdown: Vec<String>,
    /// Labels of a claim's `other_figures`, in order.
    #[serde(default)]
    pub other_figures: Vec<String>,
    /// The texts of `meta.corrections`, in order.
    #[serde(default)]
    pub corrections: Vec<String>,
}

type Records = BTreeMap<String, Text>;

/// A translation file. Sections are keyed by record id.
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Translation {
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Version"))]
    pub schema_version: u32,
    /// The language of the text, e.g. `"fa"`.
    pub lang: String,
    #[serde(default)]
    pub meta: Text,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "IdRecords"))]
    pub claimants: Records,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "IdRecords"))]
    pub sources: Records,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "IdRecords"))]
    pub claims: Records,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "IdRecords"))]
    pub blackout_events: Records,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "IdRecords"))]
    pub connectivity: Records,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "IdRecords"))]
    pub metrics: Records,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "IdRecords"))]
    pub notes: Records,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "IdRecords"))]
    pub history: Records,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "IdRecords"))]
    pub disagreements: Records,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "IdRecords"))]
    pub shared_origins: Records,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "IdRecords"))]
    pub annotations: Records,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "IdRecords"))]
    pub story: Records,
    // A link to the file's JSON Schema, for editors (`"../translation.schema.json"`); never read. Text when present
    // (not null).
    #[serde(rename = "$schema", default, deserialize_with = "crate::validate::some_text")]
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::SchemaLink"))]
    pub schema: Option<String>,
}

/// The schema of a section: records' texts keyed by their ids.
#[cfg(feature = "schema")]
type IdRecords = BTreeMap<crate::schema::Id, Text>;

/// Where a translation for `dataset_url` lives: `data/x.json` → `data/x.fa.json`.
pub fn translation_url(dataset_url: &str, lang: &str) -> String {
    match dataset_url.strip_suffix(".json") {
        Some(stem) => format!("{stem}.{lang}.json"),
        None => format!("{dataset_url}.{lang}.json"),
    }
}

/// The numbers in a text, digits of any script made ASCII and grouping removed ("۷٬۰۰۲" and "7,002" are both
/// "7002"); placeholders (`{figure:hrana-2026-02-12}`) hold ids, not figures, and are skipped.
pub fn numbers(text: &str) -> Vec<String> {
    // One pass over the characters, with the one before and the one after at hand (no copy of the text: the browser
    // checks every text of a translation this way while it takes a Persian page over).
    let is_digit = |c: char| c.is_ascii_digit() || ('\u{06F0}'..='\u{06F9}').contains(&c) || ('\u{0660}'..='\u{0669}').contains(&c);
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut in_placeholder = false;
    let mut prev: Option<char> = None;
    let mut chars = text.chars().peekable();
    while let Some(ch) = chars.next() {
        let between_digits = prev.is_some_and(is_digit) && chars.peek().is_some_and(|&c| is_digit(c));
        prev = Some(ch);
        if in_placeholder {
            in_placeholder = ch != '}';
            continue;
        }
        let digit = match ch {
            '0'..='9' => Some(ch),
            '\u{06F0}'..='\u{06F9}' => char::from_digit(ch as u32 - 0x06F0, 10),
            '\u{0660}'..='\u{0669}' => char::from_digit(ch as u32 - 0x0660, 10),
            _ => None,
        };
        match (digit, ch) {
            (Some(d), _) => cur.push(d),
            (None, ',' | '٬') if between_digits => {}
            (None, '.' | '٫') if between_digits => cur.push('.'),
            (None, '{') => {
                in_placeholder = true;
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            _ => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn placeholders(text: &str) -> Vec<&str> {
    let mut out: Vec<&str> = text.match_indices('{').filter_map(|(i, _)| text[i..].find('}').map(|j| &text[i..=i + j])).collect();
    out.sort_unstable();
    out
}

struct Apply<'a> {
    problems: &'a mut Vec<Problem>,
    lang: &'a str,
}

impl Apply<'_> {
    /// Puts `tr` in place of `en` if it keeps its figures and placeholders; reports what is missing or refused.
    fn text(&mut self, path: String, en: &mut String, tr: &Option<String>) {
        let Some(tr) = tr.as_deref().filter(|t| !t.trim().is_empty()) else {
            self.problems.push(Problem::warning(path, format!("no {} text: the original is shown", self.lang)));
            return;
        };
        let known = numbers(en);
        let extra: Vec<String> = numbers(tr).into_iter().filter(|n| !known.contains(n)).collect();
        if !extra.is_empty() {
            self.problems.push(Problem::error(
                path,
                format!("the translation has {} that the original does not: a translation must never change a figure", extra.join(", ")),
            ));
            return;
        }
        if placeholders(en) != placeholders(tr) {
            self.problems.push(Problem::error(path, "the translation's {placeholders} differ from the original's"));
            return;
        }
        *en = tr.to_string();
    }

    /// Like `text`, for a field that may stay as it is: no warning when it has no translation.
    fn optional(&mut self, path: String, en: &mut String, tr: &Option<String>) {
        if tr.is_some() {
            self.text(path, en, tr);
        }
    }

    fn opt(&mut self, path: String, en: &mut Option<String>, tr: &Option<String>) {
        match en {
            Some(en) => self.text(path, en, tr),
            None if tr.is_some() => self.problems.push(Problem::warning(path, "translated, but the original has no such text")),
            None => {}
        }
    }

    fn list(&mut self, path: String, en: &mut [&mut String], tr: &[String]) {
        if !tr.is_empty() && tr.len() != en.len() {
            self.problems.push(Problem::error(&path, format!("{} labels for {} parts", tr.len(), en.len())));
            return;
        }
        for (i, e) in en.iter_mut().enumerate() {
            self.text(format!("{path}[{i}]"), e, &tr.get(i).cloned());
        }
    }

    /// Reports the fields of `t` that this kind of record does not have.
    fn only(&mut self, path: &str, t: &Text, allowed: &[&str]) {
        let given = [
            ("title", t.title.is_some()),
            ("lede", t.lede.is_some()),
            ("name", t.name.is_some()),
            ("short_name", t.short_name.is_some()),
            ("based_in", t.based_in.is_some()),
            ("description", t.description.is_some()),
            ("method", t.method.is_some()),
            ("date_note", t.date_note.is_some()),
            ("counts_note", t.counts_note.is_some()),
            ("scope", t.scope.is_some()),
            ("summary", t.summary.is_some()),
            ("reliability_note", t.reliability_note.is_some()),
            ("start_note", t.start_note.is_some()),
            ("end_note", t.end_note.is_some()),
            ("measured_by", t.measured_by.is_some()),
            ("label", t.label.is_some()),
            ("episode", t.episode.is_some()),
            ("text", t.text.is_some()),
            ("origin", t.origin.is_some()),
            ("publisher", t.publisher.is_some()),
            ("breakdown", !t.breakdown.is_empty()),
            ("other_figures", !t.other_figures.is_empty()),
            ("corrections", !t.corrections.is_empty()),
        ];
        for (name, present) in given {
            if present && !allowed.contains(&name) {
                self.problems.push(Problem::error(format!("{path}.{name}"), "this kind of record has no such text"));
            }
        }
    }
}

/// Ids in `records` that no record of the dataset has.
fn unknown_ids(problems: &mut Vec<Problem>, section: &str, records: &Records, ids: &[&str]) {
    for id in records.keys() {
        if !ids.contains(&id.as_str()) {
            problems.push(Problem::error(format!("{section}[\"{id}\"]"), format!("no record in {section} has this id")));
        }
    }
}

/// The dataset as an edition shows it: its text in the edition's language when a translation is given (with every
/// problem found in it), and the dates of its prose in the edition's calendar (`prose`). Every page, preview and
/// test that draws an edition takes its dataset from here.
pub fn for_edition(
    d: &Dataset,
    translation: Option<&str>,
    fmt: &dyn crate::format::Formatter,
    s: &crate::strings::Strings,
) -> (Dataset, Vec<Problem>) {
    let (translated, problems) = match translation {
        Some(text) => translate(d, text),
        None => (d.clone(), Vec::new()),
    };
    (crate::prose::in_edition(translated, fmt, s), problems)
}

/// The dataset with its text in the translation's language, and every problem found. Never fails: what cannot be
/// used keeps its original text, so a reader always sees the figures.
pub fn translate(d: &Dataset, text: &str) -> (Dataset, Vec<Problem>) {
    let mut problems = Vec::new();
    let t: Translation = match serde_json::from_str(text) {
        Ok(t) => t,
        Err(e) => {
            problems.push(json_problem(&e, String::new(), (1, 1)));
            return (d.clone(), problems);
        }
    };
    if t.schema_version != crate::model::SCHEMA_VERSION {
        problems.push(Problem::error(
            "schema_version",
            format!("the translation follows schema {}, the dataset {}", t.schema_version, crate::model::SCHEMA_VERSION),
        ));
    }
    let mut out = d.clone();
    let none = Text::default();
    let lang = t.lang.clone();
    let mut a = Apply { problems: &mut problems, lang: &lang };

    a.only("meta", &t.meta, &["title", "lede", "corrections"]);
    a.text("meta.title".into(), &mut out.meta.title, &t.meta.title);
    a.text("meta.lede".into(), &mut out.meta.lede, &t.meta.lede);
    let mut corr: Vec<&mut String> = out.meta.corrections.iter_mut().map(|c| &mut c.text).collect();
    a.list("meta.corrections".into(), &mut corr, &t.meta.corrections);

    macro_rules! section {
        ($name:literal, $field:ident, |$r:ident, $x:ident, $at:ident| $body:block) => {{
            let ids: Vec<&str> = d.$field.iter().map(|r| r.id.as_str()).collect();
            unknown_ids(a.problems, $name, &t.$field, &ids);
            for $r in out.$field.iter_mut() {
                let $x = t.$field.get(&$r.id).unwrap_or(&none);
                let $at = format!("{}[\"{}\"]", $name, $r.id);
                $body
            }
        }};
    }
    section!("claimants", claimants, |r, x, at| {
        a.only(&at, x, &["name", "short_name", "based_in", "description", "method"]);
        a.text(format!("{at}.name"), &mut r.name, &x.name);
        a.text(format!("{at}.short_name"), &mut r.short_name, &x.short_name);
        a.opt(format!("{at}.based_in"), &mut r.based_in, &x.based_in);
        a.text(format!("{at}.description"), &mut r.description, &x.description);
        a.opt(format!("{at}.method"), &mut r.method, &x.method);
    });
    section!("sources", sources, |r, x, at| {
        a.only(&at, x, &["publisher"]);
        a.optional(format!("{at}.publisher"), &mut r.publisher, &x.publisher);
    });
    section!("claims", claims, |r, x, at| {
        a.only(&at, x, &["date_note", "counts_note", "scope", "summary", "reliability_note", "breakdown", "other_figures"]);
        a.opt(format!("{at}.date_note"), &mut r.date_note, &x.date_note);
        a.opt(format!("{at}.counts_note"), &mut r.counts_note, &x.counts_note);
        a.opt(format!("{at}.scope"), &mut r.scope, &x.scope);
        a.text(format!("{at}.summary"), &mut r.summary, &x.summary);
        a.text(format!("{at}.reliability_note"), &mut r.reliability_note, &x.reliability_note);
        let mut parts: Vec<&mut String> = r.breakdown.iter_mut().map(|p| &mut p.label).collect();
        a.list(format!("{at}.breakdown"), &mut parts, &x.breakdown);
        let mut others: Vec<&mut String> = r.other_figures.iter_mut().map(|p| &mut p.label).collect();
        a.list(format!("{at}.other_figures"), &mut others, &x.other_figures);
    });
    section!("blackout_events", blackout_events, |r, x, at| {
        a.only(&at, x, &["scope", "start_note", "end_note", "summary", "reliability_note"]);
        a.text(format!("{at}.scope"), &mut r.scope, &x.scope);
        a.opt(format!("{at}.start_note"), &mut r.start_note, &x.start_note);
        a.opt(format!("{at}.end_note"), &mut r.end_note, &x.end_note);
        a.text(format!("{at}.summary"), &mut r.summary, &x.summary);
        a.text(format!("{at}.reliability_note"), &mut r.reliability_note, &x.reliability_note);
    });
    section!("connectivity", connectivity, |r, x, at| {
        a.only(&at, x, &["summary", "reliability_note"]);
        a.text(format!("{at}.summary"), &mut r.summary, &x.summary);
        a.text(format!("{at}.reliability_note"), &mut r.reliability_note, &x.reliability_note);
    });
    section!("metrics", metrics, |r, x, at| {
        a.only(&at, x, &["measured_by", "label", "description"]);
        a.text(format!("{at}.measured_by"), &mut r.measured_by, &x.measured_by);
        a.text(format!("{at}.label"), &mut r.label, &x.label);
        a.text(format!("{at}.description"), &mut r.description, &x.description);
    });
    section!("notes", notes, |r, x, at| {
        a.only(&at, x, &["text", "reliability_note"]);
        a.text(format!("{at}.text"), &mut r.text, &x.text);
        a.text(format!("{at}.reliability_note"), &mut r.reliability_note, &x.reliability_note);
    });
    section!("history", history, |r, x, at| {
        a.only(&at, x, &["episode", "summary", "reliability_note"]);
        a.text(format!("{at}.episode"), &mut r.episode, &x.episode);
        a.text(format!("{at}.summary"), &mut r.summary, &x.summary);
        a.text(format!("{at}.reliability_note"), &mut r.reliability_note, &x.reliability_note);
    });
    section!("disagreements", disagreements, |r, x, at| {
        a.only(&at, x, &["summary"]);
        a.text(format!("{at}.summary"), &mut r.summary, &x.summary);
    });
    section!("shared_origins", shared_origins, |r, x, at| {
        a.only(&at, x, &["origin", "summary"]);
        a.text(format!("{at}.origin"), &mut r.origin, &x.origin);
        a.text(format!("{at}.summary"), &mut r.summary, &x.summary);
    });
    section!("annotations", annotations, |r, x, at| {
        a.only(&at, x, &["label"]);
        a.text(format!("{at}.label"), &mut r.label, &x.label);
    });
    section!("story", story, |r, x, at| {
        a.only(&at, x, &["title", "text"]);
        a.text(format!("{at}.title"), &mut r.title, &x.title);
        a.text(format!("{at}.text"), &mut r.text, &x.text);
    });
    // Errors first, as the dataset's own problems are listed.
    problems.sort_by_key(|p| p.severity != Severity::Error);
    (out, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_read_in_any_digits() {
        assert_eq!(numbers("at least 7,002 on 12 February 2026"), ["7002", "12", "2026"]);
        assert_eq!(numbers("دست‌کم ۷٬۰۰۲ در ۱۲ فوریه ۲۰۲۶"), ["7002", "12", "2026"]);
        assert_eq!(numbers("۲٫۲ times, 2.2, ٣١١٧"), ["2.2", "2.2", "3117"]);
        assert_eq!(numbers("{figure:hrana-2026-02-12} and 5"), ["5"]);
        assert_eq!(numbers("1, 2"), ["1", "2"]);
        assert_eq!(translation_url("data/iran-2026.json", "fa"), "data/iran-2026.fa.json");
    }
}
