//! Dates in the dataset's prose. A text never types a date: it writes `{day:2026-01-08}` (day and month) or
//! `{dayyear:2026-01-08}` (with the year), and each edition fills it in its own calendar, as it fills numbers: "8
//! January" in English, «۱۸ دی (۸ ژانویه)» in Persian (the Solar Hijri date, the Gregorian one in brackets, by the
//! edition's `dual_date` template). So a Persian reader never meets a Gregorian date under a Solar Hijri heading,
//! and no date is converted by hand.

use crate::date::Date;
use crate::format::Formatter;
use crate::model::Dataset;
use crate::strings::{fill, Strings};

/// The placeholder kinds this module fills.
pub const KINDS: [&str; 2] = ["day", "dayyear"];

/// The date placeholder `{kind:iso}` as the edition writes it; `None` when `kind` is not a date kind, an error when
/// `iso` is not a real date.
pub fn date(kind: &str, iso: &str, fmt: &dyn Formatter, s: &Strings) -> Option<Result<String, String>> {
    let with_year = match kind {
        "day" => false,
        "dayyear" => true,
        _ => return None,
    };
    let Ok(d) = Date::parse(iso) else {
        return Some(Err(not_a_date(kind, iso)));
    };
    let (local, gregorian) = if with_year { (fmt.date(d), fmt.gregorian_date(d)) } else { (fmt.day_month(d), fmt.gregorian_day_month(d)) };
    Some(Ok(fill(s.dual_date, &[("date", &local), ("gregorian", &gregorian)])))
}

fn not_a_date(kind: &str, iso: &str) -> String {
    format!("\"{{{kind}:{iso}}}\": \"{iso}\" is not a date (YYYY-MM-DD)")
}

/// `text` with every date placeholder filled; other placeholders (the story's figures) are left for the story.
pub fn fill_dates(text: &str, fmt: &dyn Formatter, s: &Strings) -> String {
    if !text.contains('{') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(len) = rest[open..].find('}') else { break };
        out.push_str(&rest[..open]);
        let inner = &rest[open + 1..open + len];
        let filled = inner.split_once(':').and_then(|(kind, iso)| date(kind, iso, fmt, s)).and_then(Result::ok);
        out.push_str(filled.as_deref().unwrap_or(&rest[open..=open + len]));
        rest = &rest[open + len + 1..];
    }
    out.push_str(rest);
    out
}

/// The date placeholders in `text` that do not hold a real date, as messages (for the validator).
pub fn bad_dates(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(len) = rest[open..].find('}') else { break };
        if let Some((kind, iso)) = rest[open + 1..open + len].split_once(':') {
            if KINDS.contains(&kind) && Date::parse(iso).is_err() {
                out.push(not_a_date(kind, iso));
            }
        }
        rest = &rest[open + len + 1..];
    }
    out
}

/// The dataset with the dates of all its prose written in the edition's calendar.
pub fn in_edition(mut d: Dataset, fmt: &dyn Formatter, s: &Strings) -> Dataset {
    d.each_text_mut(&mut |text| {
        if text.contains('{') {
            *text = fill_dates(text, fmt, s);
        }
    });
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::PlainEnglish;
    use crate::strings::EN;

    #[test]
    fn dates_in_prose_are_filled_and_the_rest_kept() {
        let f = |t: &str| fill_dates(t, &PlainEnglish, &EN);
        assert_eq!(f("cut on {day:2026-01-08}."), "cut on 8 January.");
        assert_eq!(f("{dayyear:2019-11-16}, {figure:x}"), "16 November 2019, {figure:x}");
        assert_eq!(f("{day:2026-02-30} stays"), "{day:2026-02-30} stays");
        assert_eq!(f("no brace { here"), "no brace { here");
        assert_eq!(bad_dates("{day:2026-02-30} {day:2026-02-28} {dayyear:x}").len(), 2);
    }
}
