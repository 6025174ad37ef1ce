//! The guided story's text: placeholders such as `{figure:hrana-2026-02-12}` are filled from the dataset, so the
//! story cannot say a number the data does not. Unknown placeholders are validation errors, never shown.

use crate::derive::days_between;
use crate::describe;
use crate::format::Formatter;
use crate::model::Dataset;
use crate::strings::{Dir, Strings};

/// A piece of rendered story text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    Text(String),
    /// A number or date filled from the data: `kind` (with `:n` for a breakdown part) and `id` say where from,
    /// `shown` is what the reader sees,
    /// `value` the raw number when there is one (tests compare it with the dataset).
    Ref {
        kind: String,
        id: String,
        shown: String,
        value: Option<i64>,
    },
}

/// Splits `text` into text and placeholders `{kind:id}` / `{kind:id:n}`.
/// A placeholder's kind, id and optional index (`{part:ID:0}`).
pub type Placeholder = (String, String, Option<usize>);

pub fn placeholders(text: &str) -> Vec<Result<String, Placeholder>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| open + c) else { break };
        if open > 0 {
            out.push(Ok(rest[..open].to_string()));
        }
        let inner = &rest[open + 1..close];
        let mut parts = inner.splitn(3, ':');
        let kind = parts.next().unwrap_or("").to_string();
        let id = parts.next().unwrap_or("").to_string();
        let n = parts.next().and_then(|n| n.parse().ok());
        out.push(Err((kind, id, n)));
        rest = &rest[close + 1..];
    }
    if !rest.is_empty() {
        out.push(Ok(rest.to_string()));
    }
    out
}

/// One placeholder's value, or why it cannot be filled.
pub fn fill_one(
    d: &Dataset,
    fmt: &dyn Formatter,
    s: &Strings,
    kind: &str,
    id: &str,
    n: Option<usize>,
) -> Result<(String, Option<i64>), String> {
    let claim = || d.claim(id).ok_or_else(|| format!("\"{id}\" is not a claim"));
    let event = || d.blackout_events.iter().find(|e| e.id == id).ok_or_else(|| format!("\"{id}\" is not a blackout event"));
    let num =
        |v: Option<u64>, what: &str| v.map(|v| (fmt.integer(v), Some(v as i64))).ok_or_else(|| format!("claim \"{id}\" has no {what}"));
    match kind {
        "figure" => {
            let c = claim()?;
            Ok((describe::figure(c, fmt, s), c.value.map(|v| v as i64)))
        }
        "value" => num(claim()?.value, "value"),
        "low" => num(claim()?.low, "low"),
        "high" => num(claim()?.high, "high"),
        "uinv" => num(claim()?.under_investigation, "under_investigation"),
        "part" => {
            let c = claim()?;
            let i = n.ok_or("part needs an index, e.g. {part:ID:0}")?;
            num(c.breakdown.get(i).map(|p| p.value), &format!("breakdown part {i}"))
        }
        "date" => {
            let c = claim()?;
            let p = c.published.ok_or_else(|| format!("claim \"{id}\" has no publication date"))?;
            Ok((s.dual_date(p, fmt), None))
        }
        "history" => {
            let h = d.history.iter().find(|h| h.id == id).ok_or_else(|| format!("\"{id}\" is not a history figure"))?;
            let (v, lo, hi) = (h.value.map(|v| fmt.integer(v)), h.low.map(|v| fmt.integer(v)), h.high.map(|v| fmt.integer(v)));
            Ok((s.figure(h.basis, h.qualifier, v.as_deref(), lo.as_deref(), hi.as_deref()), h.value.map(|v| v as i64)))
        }
        "days" => {
            let e = event()?;
            let end = e.end.ok_or_else(|| format!("event \"{id}\" has no end"))?;
            let days = days_between(e.start.date, end.date);
            Ok((fmt.integer(days.max(0) as u64), Some(days)))
        }
        "start" => Ok((s.dual_date(event()?.start.date, fmt), None)),
        "end" => {
            let e = event()?;
            Ok((s.dual_date(e.end.ok_or_else(|| format!("event \"{id}\" has no end"))?.date, fmt), None))
        }
        "note" => {
            let n = d.notes.iter().find(|n| n.id == id).ok_or_else(|| format!("\"{id}\" is not a note"))?;
            Ok((s.dual_date(n.date, fmt), None))
        }
        "day" | "dayyear" => crate::prose::date(kind, id, fmt, s).unwrap_or_else(|| Err(String::new())).map(|shown| (shown, None)),
        other => Err(format!(
            "\"{{{other}:…}}\" is not a placeholder (use figure, value, low, high, part, uinv, date, note, history, days, start, end, day, dayyear)"
        )),
    }
}

/// Which step to show: the one the address names, else the first; `None` when the dataset has no story (then no
/// story is shown at all).
pub fn step_index(d: &Dataset, step: Option<&str>) -> Option<usize> {
    if d.story.is_empty() {
        return None;
    }
    Some(step.and_then(|id| d.story.iter().position(|s| s.id == id)).unwrap_or(0))
}

/// The step a key moves to from step `cur`, in the page's reading direction (`dir`): the arrow pointing where text
/// goes next ("ArrowRight" left to right, "ArrowLeft" right to left) and Page Down go forward; the other arrow and
/// Page Up go back. `None` for any other key. The caller clamps to the last step.
pub fn key_step(key: &str, dir: Dir, cur: usize) -> Option<usize> {
    let (forward, back) = if dir == Dir::Rtl { ("ArrowLeft", "ArrowRight") } else { ("ArrowRight", "ArrowLeft") };
    match key {
        k if k == forward || k == "PageDown" => Some(cur + 1),
        k if k == back || k == "PageUp" => Some(cur.saturating_sub(1)),
        _ => None,
    }
}

/// The text with every placeholder filled. Placeholders that cannot be filled are left out (validation reports
/// them; the page never shows a made-up value).
pub fn render(d: &Dataset, text: &str, fmt: &dyn Formatter, s: &Strings) -> Vec<Segment> {
    placeholders(text)
        .into_iter()
        .filter_map(|p| match p {
            Ok(t) => Some(Segment::Text(t)),
            Err((kind, id, n)) => fill_one(d, fmt, s, &kind, &id, n).ok().map(|(shown, value)| Segment::Ref {
                kind: n.map(|n| format!("{kind}:{n}")).unwrap_or(kind),
                id,
                shown,
                value,
            }),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn arrows_follow_the_reading_direction() {
        use super::key_step;
        assert_eq!((key_step("ArrowRight", Dir::Ltr, 2), key_step("ArrowLeft", Dir::Ltr, 2)), (Some(3), Some(1)));
        assert_eq!((key_step("ArrowLeft", Dir::Rtl, 2), key_step("ArrowRight", Dir::Rtl, 2)), (Some(3), Some(1)));
        assert_eq!(
            (key_step("PageDown", Dir::Rtl, 0), key_step("PageUp", Dir::Ltr, 0), key_step("a", Dir::Ltr, 0)),
            (Some(1), Some(0), None)
        );
    }

    use super::*;

    #[test]
    fn placeholders_split() {
        let p = placeholders("a {value:x} b {part:y:1}");
        assert_eq!(p[0], Ok("a ".into()));
        assert_eq!(p[1], Err(("value".into(), "x".into(), None)));
        assert_eq!(p[3], Err(("part".into(), "y".into(), Some(1))));
    }
}
