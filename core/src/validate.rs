//! Reading a dataset from text and checking it. One function, [`load`], is the only door: the browser and the
//! command line both go through it, so they report the same problems in the same words.

use std::collections::HashSet;
use std::fmt;

use serde::Deserialize;
use serde_json::value::RawValue;

use crate::model::*;

/// Refuse files larger than this before parsing them.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

/// One thing wrong with a dataset, located by its JSON path (and line:column where the parser knows it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    /// e.g. `claims[3].sources[0]`; empty for the whole file.
    pub path: String,
    pub line_col: Option<(usize, usize)>,
    pub message: String,
}

impl Problem {
    pub(crate) fn error(path: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem { severity: Severity::Error, path: path.into(), line_col: None, message: message.into() }
    }
    pub(crate) fn warning(path: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem { severity: Severity::Warning, path: path.into(), line_col: None, message: message.into() }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{sev}")?;
        if let Some((l, c)) = self.line_col {
            write!(f, " at line {l}, column {c}")?;
        }
        if !self.path.is_empty() {
            write!(f, " in {}", self.path)?;
        }
        write!(f, ": {}", self.message)
    }
}

/// A dataset that parsed and has no errors, with any warnings found.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub dataset: Dataset,
    pub warnings: Vec<Problem>,
}

pub use crate::limits::{MAX_COUNT, MAX_NAME, MAX_TEXT, MAX_URL};

/// Parses and validates a dataset. `Err` holds every problem found (errors first), never just the first.
pub fn load(text: &str) -> Result<Loaded, Vec<Problem>> {
    load_with_limit(text, MAX_BYTES)
}

/// [`load`] with another size limit (benchmarks use it for synthetic datasets larger than any real one).
pub fn load_with_limit(text: &str, max_bytes: usize) -> Result<Loaded, Vec<Problem>> {
    read_with_limit(text, max_bytes)?.check()
}

/// A dataset that parsed, record by record, not yet checked as a whole ([`Read::check`]). [`load`] in two steps,
/// for the browser, which lets the reader's page answer between them.
pub struct Read(Dataset);

/// The first step of [`load`]: the file read, each record parsed on its own.
pub fn read(text: &str) -> Result<Read, Vec<Problem>> {
    read_with_limit(text, MAX_BYTES)
}

impl Read {
    /// The second step of [`load`]: the rules across records (ids, references, dates, addresses) and the dates in
    /// the prose.
    pub fn check(self) -> Result<Loaded, Vec<Problem>> {
        let mut dataset = self.0;
        let mut found = validate(&dataset);
        found.extend(prose_dates(&mut dataset));
        // Errors first, each group in file order.
        let (mut problems, warnings): (Vec<Problem>, Vec<Problem>) = found.into_iter().partition(|p| p.severity == Severity::Error);
        problems.extend(warnings);
        if problems.iter().any(|p| p.severity == Severity::Error) {
            Err(problems)
        } else {
            Ok(Loaded { dataset, warnings: problems })
        }
    }
}

fn read_with_limit(text: &str, max_bytes: usize) -> Result<Read, Vec<Problem>> {
    if text.len() > max_bytes {
        return Err(vec![Problem::error(
            "",
            format!("the file is {} bytes; a dataset may be at most {} bytes, so it was not read", text.len(), max_bytes),
        )]);
    }

    // A byte-order mark (some Windows editors add one) is not an error.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let start = text.trim_start();
    if start.is_empty() {
        return Err(vec![Problem::error("", "the file is empty")]);
    }
    if start.starts_with('<') {
        return Err(vec![Problem::error("", "this is a web page (HTML), not a JSON dataset")]);
    }
    if !start.starts_with('{') {
        let (line, col) = line_col(text, text.len() - start.len());
        return Err(vec![Problem {
            severity: Severity::Error,
            path: String::new(),
            line_col: Some((line, col)),
            message: "a dataset is one JSON object: the file must start with {".to_string(),
        }]);
    }

    #[derive(Deserialize)]
    struct Version<'a> {
        // Not plain Option: that would read `null` as missing.
        #[serde(borrow, default, deserialize_with = "present")]
        schema_version: Option<&'a RawValue>,
    }
    fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<&'de RawValue>, D::Error> {
        <&RawValue>::deserialize(d).map(Some)
    }
    match serde_json::from_str::<Version>(text) {
        Err(e) => return Err(vec![json_problem(&e, String::new(), (1, 1))]),
        Ok(Version { schema_version: None }) => {
            return Err(vec![Problem::error("schema_version", "missing: the file must say which schema it follows")])
        }
        Ok(Version { schema_version: Some(raw) }) if raw.get() == "null" => {
            return Err(vec![Problem::error("schema_version", format!("must be a number ({SCHEMA_VERSION}), not null"))])
        }
        Ok(Version { schema_version: Some(raw) }) if raw.get().parse::<u64>() != Ok(SCHEMA_VERSION as u64) => {
            return Err(vec![Problem::error(
                "schema_version",
                format!("this explainer reads schema version {SCHEMA_VERSION}, the file says {}", raw.get()),
            )])
        }
        Ok(_) => {}
    }

    // First the top level, keeping each record as raw text ([`Raw`]); then each record on its own, so that one bad
    // record does not hide the others, and every problem is reported with its record's path and its line and column.
    let raw: Raw = serde_json::from_str(text).map_err(|e| vec![json_problem(&e, String::new(), (1, 1))])?;

    let mut problems = Vec::new();
    let meta = record::<Meta>(text, raw.meta, "meta".to_string(), &mut problems);
    let claimants = list::<Claimant>(text, &raw.claimants, "claimants", &mut problems);
    let sources = list::<Source>(text, &raw.sources, "sources", &mut problems);
    let claims = list::<Claim>(text, &raw.claims, "claims", &mut problems);
    let blackout_events = list::<BlackoutEvent>(text, &raw.blackout_events, "blackout_events", &mut problems);
    let connectivity = list::<Observation>(text, &raw.connectivity, "connectivity", &mut problems);
    let metrics = list::<Metric>(text, &raw.metrics, "metrics", &mut problems);
    let notes = list::<Note>(text, &raw.notes, "notes", &mut problems);
    let history = list::<HistoricalFigure>(text, &raw.history, "history", &mut problems);
    let disagreements = list::<Disagreement>(text, &raw.disagreements, "disagreements", &mut problems);
    let shared_origins = list::<SharedOrigin>(text, &raw.shared_origins, "shared_origins", &mut problems);
    let annotations = list::<Annotation>(text, &raw.annotations, "annotations", &mut problems);
    let story = list::<StoryStep>(text, &raw.story, "story", &mut problems);
    let Some(meta) = meta else { return Err(problems) };
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Read(Dataset {
        schema_version: SCHEMA_VERSION,
        meta,
        claimants,
        sources,
        claims,
        blackout_events,
        connectivity,
        metrics,
        notes,
        history,
        disagreements,
        shared_origins,
        annotations,
        story,
    }))
}

/// Dates written in prose as placeholders (`{day:2026-01-08}`) that are not real dates: the page could not fill
/// them. The texts are only read; the visitor takes them mutably, so the owned dataset is walked, never a copy.
fn prose_dates(d: &mut Dataset) -> Vec<Problem> {
    let mut out = Vec::new();
    d.each_text_mut(&mut |text| {
        for why in crate::prose::bad_dates(text) {
            let start: String = text.chars().take(60).collect();
            out.push(Problem::error("", format!("{why}, in the text \"{start}…\"")));
        }
    });
    out
}

/// The file's top level, each record kept as raw text for [`record`] to read on its own. Also the schema's top level
/// (`explainer-build` generates the schema from it): each list's items are described by the record's type in `model.rs`.
#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Raw<'a> {
    #[allow(dead_code)]
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Version"))]
    schema_version: u32,
    #[serde(borrow)]
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::Meta"))]
    meta: &'a RawValue,
    #[serde(borrow)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<Claimant>"))]
    claimants: Vec<&'a RawValue>,
    #[serde(borrow)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<Source>"))]
    sources: Vec<&'a RawValue>,
    #[serde(borrow)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<Claim>"))]
    claims: Vec<&'a RawValue>,
    #[serde(borrow)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<BlackoutEvent>"))]
    blackout_events: Vec<&'a RawValue>,
    #[serde(borrow)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<Observation>"))]
    connectivity: Vec<&'a RawValue>,
    #[serde(borrow)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<Metric>"))]
    metrics: Vec<&'a RawValue>,
    #[serde(borrow)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<Note>"))]
    notes: Vec<&'a RawValue>,
    #[serde(borrow)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<HistoricalFigure>"))]
    history: Vec<&'a RawValue>,
    #[serde(borrow)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<Disagreement>"))]
    disagreements: Vec<&'a RawValue>,
    #[serde(borrow, default)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<SharedOrigin>"))]
    shared_origins: Vec<&'a RawValue>,
    #[serde(borrow, default)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<Annotation>"))]
    annotations: Vec<&'a RawValue>,
    #[serde(borrow, default)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<StoryStep>"))]
    story: Vec<&'a RawValue>,
    // A link to the file's JSON Schema, for editors (`"../dataset.schema.json"`); never read. Text when present (not
    // null). Last, so that the list of fields in an "unknown field" message starts as it always has.
    #[allow(dead_code)]
    #[serde(rename = "$schema", default, deserialize_with = "some_text")]
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::SchemaLink"))]
    schema: Option<String>,
}

/// A field that may be left out but, when present, is text (not null).
pub(crate) fn some_text<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    String::deserialize(d).map(Some)
}

/// Line and column (1-based) of byte `offset` in `text`.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let col = before.rfind('\n').map(|i| offset - i).unwrap_or(offset + 1);
    (line, col)
}

/// Deserialises one record, reporting a failure at its absolute position in the file.
fn record<T: serde::de::DeserializeOwned>(text: &str, raw: &RawValue, path: String, problems: &mut Vec<Problem>) -> Option<T> {
    match serde_json::from_str::<T>(raw.get()) {
        Ok(v) => Some(v),
        Err(e) => {
            let offset = raw.get().as_ptr() as usize - text.as_ptr() as usize;
            problems.push(json_problem(&e, path, line_col(text, offset)));
            None
        }
    }
}

fn list<T: serde::de::DeserializeOwned>(text: &str, raws: &[&RawValue], name: &str, problems: &mut Vec<Problem>) -> Vec<T> {
    let mut out = Vec::with_capacity(raws.len());
    for (i, raw) in raws.iter().enumerate() {
        if let Some(v) = record(text, raw, record_path(name, i, raw), problems) {
            out.push(v);
        }
    }
    out
}

/// `claims[3] ("hrana-2026-01-05")`: a record's path, named by its id when it has one so an editor can search
/// for it. Kept out of line: it is the same for every record type.
#[inline(never)]
fn record_path(name: &str, i: usize, raw: &RawValue) -> String {
    // An id that is not text (or a record that is not an object) leaves the path unnamed.
    #[derive(Deserialize)]
    struct Id {
        id: Option<String>,
    }
    let id = serde_json::from_str::<Id>(raw.get()).ok().and_then(|r| r.id);
    match id {
        Some(id) => format!("{name}[{i}] (\"{id}\")"),
        None => format!("{name}[{i}]"),
    }
}

/// A serde_json error as a problem. `start` is where the parsed text begins in the file (line, column), so
/// positions inside a record are reported as positions in the whole file.
pub(crate) fn json_problem(e: &serde_json::Error, path: String, start: (usize, usize)) -> Problem {
    use serde_json::error::Category;
    let mut message = e.to_string();
    // serde_json appends " at line L column C"; we report the position separately.
    if let Some(i) = message.rfind(" at line ") {
        message.truncate(i);
    }
    let message = match e.classify() {
        Category::Syntax => format!("the file is not valid JSON: {message}"),
        Category::Eof => "the file ends too early (it is cut off or a bracket is not closed)".to_string(),
        Category::Io => format!("could not read the file: {message}"),
        Category::Data => plain_words(&message),
    };
    let line_col =
        (e.line() > 0).then(|| if e.line() == 1 { (start.0, start.1 + e.column() - 1) } else { (start.0 + e.line() - 1, e.column()) });
    Problem { severity: Severity::Error, path, line_col, message }
}

/// serde's names for JSON kinds, in an editor's words.
fn kind_words(s: &str) -> String {
    match s {
        "a sequence" | "sequence" => "a list [ ]".into(),
        "map" | "a map" => "an object { }".into(),
        "f64" | "a number" => "a number".into(),
        "u64" | "u32" => "a whole number".into(),
        "a boolean" | "boolean" => "true or false".into(),
        other => other.to_string(),
    }
}

/// serde's messages, in words an editor understands.
fn plain_words(m: &str) -> String {
    let q = |s: &str| s.replace('`', "\"");
    let between = |s: &str| s.split('`').nth(1).unwrap_or("").to_string();
    if m.starts_with("missing field") {
        format!("the field \"{}\" is missing", between(m))
    } else if m.starts_with("unknown field") {
        let expected = m.split(", expected ").nth(1).map(q).unwrap_or_default();
        format!("\"{}\" is not a field here (misspelt?); the fields are {expected}", between(m))
    } else if m.starts_with("unknown variant") {
        let expected = m.split(", expected ").nth(1).map(q).unwrap_or_default();
        format!("\"{}\" is not allowed here; use {expected}", between(m))
    } else if m.starts_with("duplicate field") {
        format!("the field \"{}\" appears twice", between(m))
    } else if m.starts_with("invalid value: integer") && m.ends_with("expected u64") {
        format!("{} is negative: counts are whole numbers, 0 or more", between(m))
    } else if m.starts_with("invalid type: floating point") && (m.ends_with("expected u64") || m.ends_with("expected u32")) {
        let n = between(m);
        // JSON's own number reading (serde_json), not `str::parse::<f64>`: that one links core's float parser and
        // its 10 KB table into the wasm (−12.5 KB brotli), for these two hints alone.
        if serde_json::from_str::<f64>(&n).is_ok_and(|x| x.abs() >= 1.8e19) {
            format!("{n} is too large for a count")
        } else {
            format!("{n} is not a whole number: counts are whole numbers")
        }
    } else if m.starts_with("invalid type: string") && m.ends_with("expected u64") {
        let found = m.split(", expected").next().unwrap_or("").trim_start_matches("invalid type: string ");
        if serde_json::from_str::<f64>(found.trim_matches('"').trim()).is_ok() {
            format!("expected a whole number, found text {found} (remove the quotes)")
        } else {
            format!("expected a whole number, found text {found}")
        }
    } else if m.starts_with("invalid type: null") {
        format!("must not be null: {}", m.split(", ").nth(1).unwrap_or(""))
    } else if m.starts_with("invalid type:") {
        let (found, expected) = m.trim_start_matches("invalid type: ").split_once(", expected ").unwrap_or((m, ""));
        format!("expected {}, found {}", kind_words(&q(expected)), kind_words(&q(found)))
    } else {
        q(m)
    }
}

/// Checks the rules serde cannot: references, uniqueness, dates, numbers and URLs.
pub fn validate(d: &Dataset) -> Vec<Problem> {
    let mut v = Vec::new();
    let claimant_ids = unique_ids(&mut v, "claimants", d.claimants.iter().map(|c| c.id.as_str()));
    let source_ids = unique_ids(&mut v, "sources", d.sources.iter().map(|s| s.id.as_str()));
    let metric_ids = unique_ids(&mut v, "metrics", d.metrics.iter().map(|m| m.id.as_str()));
    unique_ids(&mut v, "claims", d.claims.iter().map(|c| c.id.as_str()));
    unique_ids(&mut v, "blackout_events", d.blackout_events.iter().map(|e| e.id.as_str()));
    unique_ids(&mut v, "connectivity", d.connectivity.iter().map(|o| o.id.as_str()));
    unique_ids(&mut v, "notes", d.notes.iter().map(|n| n.id.as_str()));

    let period = d.meta.period;
    if period.end < period.start {
        v.push(Problem::error("meta.period", format!("ends ({}) before it starts ({})", period.end, period.start)));
    }
    for (field, id) in [("official", &d.meta.headline.official), ("independent", &d.meta.headline.independent)] {
        if !claimant_ids.contains(id.as_str()) {
            v.push(Problem::error(format!("meta.headline.{field}"), format!("names claimant \"{id}\", which is not in claimants")));
        }
    }

    for (i, s) in d.sources.iter().enumerate() {
        let at = format!("sources[{i}] (\"{}\")", s.id);
        check_url(&mut v, &format!("{at}.url"), &s.url);
    }

    let in_period = |day: crate::date::Date| day >= period.start && day <= period.end;

    for (i, c) in d.claims.iter().enumerate() {
        let at = format!("claims[{i}] (\"{}\")", c.id);
        if !claimant_ids.contains(c.claimant.as_str()) {
            v.push(Problem::error(format!("{at}.claimant"), format!("\"{}\" is not in claimants", c.claimant)));
        }
        check_sources(&mut v, &at, &c.sources, &source_ids);
        match (c.published, c.as_of) {
            (None, None) => v.push(Problem::error(&at, "needs a published date or an as_of date")),
            (None, Some(_)) if c.date_note.is_none() => {
                v.push(Problem::error(format!("{at}.date_note"), "must say why the publication date is unknown"))
            }
            (Some(p), Some(a)) if a > p => {
                v.push(Problem::error(format!("{at}.as_of"), format!("the data cannot be as of {a}, after it was published on {p}")))
            }
            _ => {}
        }
        if (c.published.is_some() || c.as_of.is_some()) && !in_period(c.plot_date()) {
            v.push(Problem::error(&at, format!("its date {} is outside meta.period ({} to {})", c.plot_date(), period.start, period.end)));
        }
        check_figure(&mut v, &at, c.basis, c.value, c.low, c.high);
        check_exact(&mut v, &at, c);
        if c.method == Method::Official && d.claimant(&c.claimant).is_some_and(|k| k.kind != ClaimantKind::Government) {
            v.push(Problem::error(
                format!("{at}.method"),
                "is \"official\" (stated on the record by the state), but its claimant is not a government: use \"documented\" or \"unverified\"",
            ));
        }
        if let (Basis::Range, Some(high)) = (c.basis, c.high) {
            if c.breakdown.iter().any(|p| p.value > high) {
                v.push(Problem::error(format!("{at}.breakdown"), format!("a part is larger than the range's high figure {high}")));
            }
        }
        if let Some(total) = c.value {
            let sum: u64 = c.breakdown.iter().fold(0u64, |a, p| a.saturating_add(p.value));
            if c.breakdown_complete && c.breakdown.is_empty() {
                v.push(Problem::error(format!("{at}.breakdown_complete"), "is true but the breakdown is empty"));
            } else if c.breakdown.iter().any(|p| p.value > total) {
                v.push(Problem::error(format!("{at}.breakdown"), format!("a part is larger than the total {total}")));
            } else if c.breakdown_complete && sum > total {
                v.push(Problem::error(format!("{at}.breakdown"), format!("its parts add up to {sum}, more than the total {total}")));
            } else if c.breakdown_complete && sum != total {
                v.push(Problem::warning(
                    format!("{at}.breakdown"),
                    format!("its parts add up to {sum}, not the total {total} (sources sometimes do this; say so in reliability_note)"),
                ));
            }
        }
    }

    for (i, e) in d.blackout_events.iter().enumerate() {
        let at = format!("blackout_events[{i}] (\"{}\")", e.id);
        check_sources(&mut v, &at, &e.sources, &source_ids);
        if e.services.is_empty() {
            v.push(Problem::error(format!("{at}.services"), "must name at least one service that was cut"));
        }
        if !in_period(e.start.date) {
            v.push(Problem::error(format!("{at}.start"), "is outside meta.period"));
        }
        match (e.end, e.end_kind) {
            // A bare end date means "during that day", so it may equal the start's date.
            (Some(end), Some(_)) if end.date < e.start.date || (end.time.is_some() && end < e.start) => {
                v.push(Problem::error(format!("{at}.end"), format!("{end} is before the start {}", e.start)))
            }
            (Some(_), None) => v.push(Problem::error(format!("{at}.end_kind"), "must say whether service came back fully or partly")),
            (None, Some(_)) => v.push(Problem::error(format!("{at}.end_kind"), "is set but there is no end")),
            _ => {}
        }
    }

    for (i, o) in d.connectivity.iter().enumerate() {
        let at = format!("connectivity[{i}] (\"{}\")", o.id);
        check_sources(&mut v, &at, &o.sources, &source_ids);
        if !metric_ids.contains(o.metric.as_str()) {
            v.push(Problem::error(format!("{at}.metric"), format!("\"{}\" is not in metrics", o.metric)));
        }
        if !(0.0..=100.0).contains(&o.value) || o.value.is_nan() {
            v.push(Problem::error(format!("{at}.value"), format!("{} is not a percentage between 0 and 100", o.value)));
        }
        if !in_period(o.date.date) {
            v.push(Problem::error(format!("{at}.date"), "is outside meta.period"));
        }
    }

    for (i, n) in d.notes.iter().enumerate() {
        let at = format!("notes[{i}] (\"{}\")", n.id);
        check_sources(&mut v, &at, &n.sources, &source_ids);
    }

    unique_ids(&mut v, "history", d.history.iter().map(|h| h.id.as_str()));
    for (i, h) in d.history.iter().enumerate() {
        let at = format!("history[{i}] (\"{}\")", h.id);
        check_sources(&mut v, &at, &h.sources, &source_ids);
        if !claimant_ids.contains(h.claimant.as_str()) {
            v.push(Problem::error(format!("{at}.claimant"), format!("\"{}\" is not in claimants", h.claimant)));
        }
        check_figure(&mut v, &at, h.basis, h.value, h.low, h.high);
        for (field, n) in [("value", h.value), ("low", h.low), ("high", h.high)] {
            too_large(&mut v, &format!("{at}.{field}"), n);
        }
    }

    let claim_ids: HashSet<&str> = d.claims.iter().map(|c| c.id.as_str()).collect();
    let event_ids: HashSet<&str> = d.blackout_events.iter().map(|e| e.id.as_str()).collect();
    unique_ids(&mut v, "disagreements", d.disagreements.iter().map(|x| x.id.as_str()));
    for (i, x) in d.disagreements.iter().enumerate() {
        let at = format!("disagreements[{i}] (\"{}\")", x.id);
        check_sources(&mut v, &at, &x.sources, &source_ids);
        for (j, c) in x.claims.iter().enumerate() {
            if !claim_ids.contains(c.as_str()) {
                v.push(Problem::error(format!("{at}.claims[{j}]"), format!("\"{c}\" is not in claims")));
            }
        }
        for (j, e) in x.events.iter().enumerate() {
            if !event_ids.contains(e.as_str()) {
                v.push(Problem::error(format!("{at}.events[{j}]"), format!("\"{e}\" is not in blackout_events")));
            }
        }
    }

    unique_ids(&mut v, "shared_origins", d.shared_origins.iter().map(|x| x.id.as_str()));
    for (i, x) in d.shared_origins.iter().enumerate() {
        let at = format!("shared_origins[{i}] (\"{}\")", x.id);
        check_sources(&mut v, &at, &x.sources, &source_ids);
        for (j, c) in x.claims.iter().enumerate() {
            if !claim_ids.contains(c.as_str()) {
                v.push(Problem::error(format!("{at}.claims[{j}]"), format!("\"{c}\" is not in claims")));
            }
        }
        let distinct: HashSet<&str> = x.claims.iter().map(String::as_str).collect();
        if distinct.len() < 2 {
            v.push(Problem::error(format!("{at}.claims"), "must name at least two different claims that share the origin"));
        }
    }

    unique_ids(&mut v, "annotations", d.annotations.iter().map(|a| a.id.as_str()));
    for (i, a) in d.annotations.iter().enumerate() {
        let at = format!("annotations[{i}] (\"{}\")", a.id);
        match (&a.claim, &a.event) {
            (Some(c), _) if !claim_ids.contains(c.as_str()) => {
                v.push(Problem::error(format!("{at}.claim"), format!("\"{c}\" is not in claims")))
            }
            (_, Some(e)) if !event_ids.contains(e.as_str()) => {
                v.push(Problem::error(format!("{at}.event"), format!("\"{e}\" is not in blackout_events")))
            }
            (None, None) => v.push(Problem::error(&at, "must point at a claim or a blackout event")),
            _ => {}
        }
        if !in_period(a.date.date) {
            v.push(Problem::error(format!("{at}.date"), "is outside meta.period"));
        }
    }

    let annotation_ids: HashSet<&str> = d.annotations.iter().map(|a| a.id.as_str()).collect();
    unique_ids(&mut v, "story", d.story.iter().map(|s| s.id.as_str()));
    for (i, step) in d.story.iter().enumerate() {
        let at = format!("story[{i}] (\"{}\")", step.id);
        if step.window.end < step.window.start || !in_period(step.window.start) || !in_period(step.window.end) {
            v.push(Problem::error(format!("{at}.window"), "must start before it ends, inside meta.period"));
        }
        for (j, c) in step.highlight.iter().enumerate() {
            if !claimant_ids.contains(c.as_str()) {
                v.push(Problem::error(format!("{at}.highlight[{j}]"), format!("\"{c}\" is not in claimants")));
            }
        }
        for (j, a) in step.annotations.iter().enumerate() {
            if !annotation_ids.contains(a.as_str()) {
                v.push(Problem::error(format!("{at}.annotations[{j}]"), format!("\"{a}\" is not in annotations")));
            }
        }
        for p in crate::story::placeholders(&step.text) {
            if let Err((kind, id, n)) = p {
                if let Err(why) = crate::story::fill_one(d, &crate::format::PlainEnglish, &crate::strings::EN, &kind, &id, n) {
                    v.push(Problem::error(format!("{at}.text"), format!("placeholder {{{kind}:{id}}}: {why}")));
                }
            }
        }
    }

    check_lengths(&mut v, d);
    v
}

fn too_large(v: &mut Vec<Problem>, at: &str, n: Option<u64>) {
    if let Some(n) = n.filter(|n| *n > MAX_COUNT) {
        v.push(Problem::error(at, format!("{n} is larger than {MAX_COUNT}, the largest count the page can show exactly")));
    }
}

/// Every number of a claim must be one the page can show exactly.
fn check_exact(v: &mut Vec<Problem>, at: &str, c: &crate::model::Claim) {
    for (field, n) in [("value", c.value), ("low", c.low), ("high", c.high), ("under_investigation", c.under_investigation)] {
        too_large(v, &format!("{at}.{field}"), n);
    }
    for (j, p) in c.breakdown.iter().enumerate() {
        too_large(v, &format!("{at}.breakdown[{j}].value"), Some(p.value));
    }
    for (j, p) in c.other_figures.iter().enumerate() {
        too_large(v, &format!("{at}.other_figures[{j}].value"), Some(p.value));
    }
}

/// A figure is a value, or (for a range) a low below a high.
fn check_figure(v: &mut Vec<Problem>, at: &str, basis: Basis, value: Option<u64>, low: Option<u64>, high: Option<u64>) {
    match basis {
        Basis::Range => match (value, low, high) {
            (None, Some(l), Some(h)) if l < h => {}
            (None, Some(l), Some(h)) => v.push(Problem::error(format!("{at}.low"), format!("low ({l}) must be less than high ({h})"))),
            _ => v.push(Problem::error(at, "a range needs low and high, and no value")),
        },
        _ => {
            if value.is_none() {
                v.push(Problem::error(format!("{at}.value"), "is required (only a range may leave it out)"));
            }
            if low.is_some() || high.is_some() {
                v.push(Problem::error(at, "low and high are only for basis \"range\""));
            }
        }
    }
}

/// Text that is absurdly long is almost always a paste gone wrong; it would also break the layout.
fn check_lengths(v: &mut Vec<Problem>, d: &Dataset) {
    // `max` is the limit; `required` text may not be blank.
    let mut check = |path: String, s: &str, max: usize, required: bool| {
        let n = s.chars().count();
        if n > max {
            v.push(Problem::error(path, format!("is {n} characters long; the limit is {max}")));
        } else if required && s.trim().is_empty() {
            v.push(Problem::error(path, "is empty"));
        }
    };
    let opt = |t: &Option<String>| t.clone().unwrap_or_default();
    check("meta.title".into(), &d.meta.title, MAX_NAME, true);
    check("meta.lede".into(), &d.meta.lede, MAX_TEXT, true);
    check("meta.timezone".into(), &d.meta.timezone, MAX_NAME, true);
    for (i, c) in d.claimants.iter().enumerate() {
        let at = format!("claimants[{i}] (\"{}\")", c.id);
        check(format!("{at}.name"), &c.name, MAX_NAME, true);
        check(format!("{at}.short_name"), &c.short_name, MAX_NAME, true);
        check(format!("{at}.description"), &c.description, MAX_TEXT, true);
        check(format!("{at}.based_in"), &opt(&c.based_in), MAX_NAME, false);
    }
    for (i, s) in d.sources.iter().enumerate() {
        let at = format!("sources[{i}] (\"{}\")", s.id);
        check(format!("{at}.url"), &s.url, MAX_URL, true);
        check(format!("{at}.publisher"), &s.publisher, MAX_NAME, true);
        check(format!("{at}.language"), &s.language, 35, true);
    }
    for (i, c) in d.claims.iter().enumerate() {
        let at = format!("claims[{i}] (\"{}\")", c.id);
        check(format!("{at}.summary"), &c.summary, MAX_TEXT, true);
        check(format!("{at}.reliability_note"), &c.reliability_note, MAX_TEXT, true);
        check(format!("{at}.date_note"), &opt(&c.date_note), MAX_TEXT, false);
        check(format!("{at}.scope"), &opt(&c.scope), MAX_NAME, false);
        check(format!("{at}.counts_note"), &opt(&c.counts_note), MAX_TEXT, c.counts_note.is_some());
        for (j, p) in c.breakdown.iter().enumerate() {
            check(format!("{at}.breakdown[{j}].label"), &p.label, MAX_NAME, true);
        }
        for (j, p) in c.other_figures.iter().enumerate() {
            check(format!("{at}.other_figures[{j}].label"), &p.label, MAX_NAME, true);
        }
    }
    for (i, e) in d.blackout_events.iter().enumerate() {
        let at = format!("blackout_events[{i}] (\"{}\")", e.id);
        check(format!("{at}.scope"), &e.scope, MAX_NAME, true);
        check(format!("{at}.summary"), &e.summary, MAX_TEXT, true);
        check(format!("{at}.reliability_note"), &e.reliability_note, MAX_TEXT, true);
        check(format!("{at}.start_note"), &opt(&e.start_note), MAX_TEXT, false);
        check(format!("{at}.end_note"), &opt(&e.end_note), MAX_TEXT, false);
    }
    for (i, o) in d.connectivity.iter().enumerate() {
        let at = format!("connectivity[{i}] (\"{}\")", o.id);
        check(format!("{at}.summary"), &o.summary, MAX_TEXT, true);
        check(format!("{at}.reliability_note"), &o.reliability_note, MAX_TEXT, true);
    }
    for (i, m) in d.metrics.iter().enumerate() {
        let at = format!("metrics[{i}] (\"{}\")", m.id);
        check(format!("{at}.measured_by"), &m.measured_by, MAX_NAME, true);
        check(format!("{at}.label"), &m.label, MAX_NAME, true);
        check(format!("{at}.description"), &m.description, MAX_TEXT, true);
    }
    for (i, n) in d.notes.iter().enumerate() {
        let at = format!("notes[{i}] (\"{}\")", n.id);
        check(format!("{at}.text"), &n.text, MAX_TEXT, true);
        check(format!("{at}.reliability_note"), &n.reliability_note, MAX_TEXT, true);
    }
    for (i, h) in d.history.iter().enumerate() {
        let at = format!("history[{i}] (\"{}\")", h.id);
        check(format!("{at}.episode"), &h.episode, MAX_NAME, true);
        check(format!("{at}.summary"), &h.summary, MAX_TEXT, true);
        check(format!("{at}.reliability_note"), &h.reliability_note, MAX_TEXT, true);
    }
    for (i, x) in d.disagreements.iter().enumerate() {
        check(format!("disagreements[{i}] (\"{}\").summary", x.id), &x.summary, MAX_TEXT, true);
    }
    for (i, x) in d.shared_origins.iter().enumerate() {
        check(format!("shared_origins[{i}] (\"{}\").origin", x.id), &x.origin, MAX_NAME, true);
        check(format!("shared_origins[{i}] (\"{}\").summary", x.id), &x.summary, MAX_TEXT, true);
    }
    for (i, c) in d.claimants.iter().enumerate() {
        check(format!("claimants[{i}] (\"{}\").method", c.id), &opt(&c.method), MAX_TEXT, false);
    }
    for (i, a) in d.annotations.iter().enumerate() {
        check(format!("annotations[{i}] (\"{}\").label", a.id), &a.label, 40, true);
    }
    for (i, st) in d.story.iter().enumerate() {
        check(format!("story[{i}] (\"{}\").title", st.id), &st.title, MAX_NAME, true);
        check(format!("story[{i}] (\"{}\").text", st.id), &st.text, MAX_TEXT, true);
    }
    for (i, c) in d.meta.corrections.iter().enumerate() {
        check(format!("meta.corrections[{i}].text"), &c.text, MAX_TEXT, true);
    }
}

fn unique_ids<'a>(v: &mut Vec<Problem>, list: &str, ids: impl Iterator<Item = &'a str>) -> HashSet<&'a str> {
    let mut seen = HashSet::new();
    for (i, id) in ids.enumerate() {
        if id.is_empty() || !id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
            v.push(Problem::error(format!("{list}[{i}].id"), format!("\"{id}\" may use only a-z, 0-9 and -")));
        }
        if !seen.insert(id) {
            v.push(Problem::error(format!("{list}[{i}].id"), format!("\"{id}\" is used twice in {list}")));
        }
    }
    seen
}

fn check_sources(v: &mut Vec<Problem>, at: &str, sources: &[String], known: &HashSet<&str>) {
    if sources.is_empty() {
        v.push(Problem::error(format!("{at}.sources"), "is empty: every record needs at least one source"));
    }
    for (j, s) in sources.iter().enumerate() {
        if !known.contains(s.as_str()) {
            v.push(Problem::error(format!("{at}.sources[{j}]"), format!("\"{s}\" is not in sources")));
        }
    }
}

fn check_url(v: &mut Vec<Problem>, at: &str, url: &str) {
    let shown: String = url.chars().take(60).collect();
    let lower = url.to_ascii_lowercase();
    let rest = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://"));
    let problem = match rest {
        None => Some(format!("\"{shown}\" is not an http or https address (only those become links)")),
        Some(_) if url.chars().any(|c| c.is_whitespace() || c.is_control()) => {
            Some(format!("\"{shown}\" contains a space or a control character; encode it (%20) or remove it"))
        }
        Some(rest) if rest.split(['/', '?', '#']).next().unwrap_or("").is_empty() => {
            Some(format!("\"{shown}\" has no site name after the scheme"))
        }
        Some(_) => None,
    };
    if let Some(message) = problem {
        v.push(Problem::error(at, message));
    }
}
