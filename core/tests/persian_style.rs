//! How the Persian edition reads, as a Persian newsroom would publish it (`../shared/research/persian-audit.md`).
//! Each rule is checked on every Persian text the page can show: the interface strings and each dataset's Persian
//! file (the shipped stories and the fixture).
//!
//! - Latin letters only inside the isolates U+2068 … U+2069 (domain names, obscure outlets, keys as printed), so
//!   that no number or name moves across them in right-to-left text;
//! - well-known outlets and people in Persian script («رویترز», never "Reuters"), even isolated;
//! - never «روز» followed by a number: a protest day reads as a date beside Solar Hijri headings («روز ۲۳» is taken
//!   for 23 Dey); it is «بیست‌وسومین روز اعتراضات»;
//! - no Gregorian month name beside a day of the month: a date in prose is a placeholder (`{day:2026-01-08}`), which the page
//!   writes in the Solar Hijri calendar with the Gregorian date in brackets;
//! - a breakdown part reads label first («معترضان: ۲۴۲۷»): a number before a plural noun phrase is ungrammatical.

use explainer_core::strings::Strings;
use explainer_core::strings_fa::FA;
use serde_json::Value;

const FIRST_STRONG_ISOLATE: char = '\u{2068}';
const POP_ISOLATE: char = '\u{2069}';

/// Every Persian text a page can show: the interface's strings, and each dataset's Persian file.
fn persian_texts() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let Value::Object(strings) = serde_json::to_value(FA).expect("Strings serialises") else { panic!("an object") };
    // Codes, not words; and the switch to the English edition, which is English.
    let codes = ["lang", "intl_locale", "dir", "number_grouping", "chart_font", "switch_lang", "switch_label"];
    for (k, v) in strings.into_iter().filter(|(k, _)| !codes.contains(&k.as_str())) {
        collect(&format!("strings.{k}"), &v, &mut out);
    }
    for (name, text) in [
        ("iran-2026.fa.json", include_str!("../../public/data/iran-2026.fa.json")),
        ("iran-2019.fa.json", include_str!("../../public/data/iran-2019.fa.json")),
        ("small.fa.json", include_str!("fixtures/small.fa.json")),
    ] {
        let Value::Object(file) = serde_json::from_str(text).expect("valid JSON") else { panic!("{name}: an object") };
        for (k, v) in file.into_iter().filter(|(k, _)| k != "$schema" && k != "lang") {
            collect(&format!("{name}: {k}"), &v, &mut out);
        }
    }
    out
}

fn collect(path: &str, v: &Value, out: &mut Vec<(String, String)>) {
    match v {
        Value::String(s) => out.push((path.to_string(), s.clone())),
        Value::Array(a) => a.iter().enumerate().for_each(|(i, v)| collect(&format!("{path}[{i}]"), v, out)),
        Value::Object(o) => o.iter().for_each(|(k, v)| collect(&format!("{path}.{k}"), v, out)),
        _ => {}
    }
}

/// The text without its `{placeholders}` (they hold ids and dates, not words).
fn without_placeholders(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// The runs of Latin letters that stand outside any isolate. A file name's extension (the downloads' names,
/// «آمار-کشته‌شدگان.csv») is part of the name, which no isolate may enter.
fn bare_latin(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let (mut depth, mut run) = (0usize, String::new());
    let text = [".csv", ".json", ".svg", ".png"].into_iter().find_map(|ext| text.strip_suffix(ext)).unwrap_or(text);
    for c in without_placeholders(text).chars() {
        match c {
            FIRST_STRONG_ISOLATE => depth += 1,
            POP_ISOLATE => depth = depth.saturating_sub(1),
            _ => {}
        }
        let joins_words = depth == 0 && !run.is_empty() && matches!(c, ' ' | '.' | '-' | '\'');
        if (depth == 0 && c.is_ascii_alphabetic()) || joins_words {
            run.push(c);
        } else if !run.is_empty() {
            out.push(std::mem::take(&mut run).trim().to_string());
        }
    }
    if !run.is_empty() {
        out.push(run.trim().to_string());
    }
    out
}

/// Outlets and people Persian newsrooms write in Persian script (the audit's list, and the claimants of the shipped
/// stories that have an established Persian form). Matched as whole Latin words, case as written.
const WELL_KNOWN: [&str; 32] = [
    "Reuters",
    "Associated Press",
    "AP",
    "AFP",
    "Agence France",
    "TIME",
    "CBS",
    "Guardian",
    "Sunday Times",
    "Daily Mail",
    "Al Jazeera",
    "Anadolu",
    "Independent",
    "BBC",
    "CNN",
    "Amnesty",
    "HRANA",
    "NetBlocks",
    "Iran International",
    "United Nations",
    "Cloudflare",
    "Radio Farda",
    "Skylar Thompson",
    "Brian Hook",
    "Michelle Bachelet",
    "Rupert Colville",
    "Yvette Cooper",
    "Isik Mater",
    "Mai Sato",
    "Trump",
    "Araghchi",
    "Khamenei",
];

/// Whether the Latin words of a text (inside isolates or not) hold `name` from word `i` on.
fn latin_phrase_at(words: &[&str], i: usize, name: &str) -> bool {
    let parts: Vec<&str> = name.split(' ').collect();
    words.len() >= i + parts.len() && words[i..i + parts.len()] == parts[..]
}

fn well_known_in_latin(text: &str) -> Vec<&'static str> {
    let plain = without_placeholders(text);
    let words: Vec<&str> = plain.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty()).collect();
    WELL_KNOWN.into_iter().filter(|name| (0..words.len()).any(|i| latin_phrase_at(&words, i, name))).collect()
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('\u{06F0}'..='\u{06F9}').contains(&c)
}

/// «روز» followed by a number, with or without a space between.
fn day_then_number(text: &str) -> bool {
    text.match_indices("روز").any(|(i, w)| {
        let after = text[i + w.len()..].trim_start_matches([' ', '\u{200C}', '\u{00A0}']);
        after.chars().next().is_some_and(is_digit)
    })
}

const GREGORIAN_MONTHS: [&str; 12] =
    ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"];

/// A Gregorian month name written beside a day of the month ("۸ ژانویه", "ژانویه ۸"): a typed date.
fn typed_gregorian_date(text: &str) -> Option<String> {
    let plain = without_placeholders(text);
    let words: Vec<&str> = plain.split_whitespace().collect();
    let trim = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    (0..words.len()).find_map(|i| {
        let month = GREGORIAN_MONTHS.contains(&trim(words[i]).as_str());
        // A day of the month (one or two digits); a year beside a month ("ژانویه ۲۰۲۶") names the month, not a day.
        let number = |j: usize| words.get(j).is_some_and(|w| (1..=2).contains(&trim(w).chars().filter(|c| is_digit(*c)).count()));
        (month && ((i > 0 && number(i - 1)) || number(i + 1))).then(|| words[i.saturating_sub(1)..(i + 2).min(words.len())].join(" "))
    })
}

fn problems(rule: impl Fn(&str) -> Option<String>) -> Vec<String> {
    persian_texts().into_iter().filter_map(|(path, text)| rule(&text).map(|why| format!("{path}: {why}"))).collect()
}

fn assert_none(what: &str, found: Vec<String>) {
    assert!(found.is_empty(), "{} Persian texts have {what}:\n{}", found.len(), found.join("\n"));
}

#[test]
fn the_texts_are_read() {
    let texts = persian_texts();
    assert!(texts.len() > 1_000, "{} texts", texts.len());
    assert!(texts.iter().any(|(p, _)| p.starts_with("iran-2019")) && texts.iter().any(|(p, _)| p.starts_with("small")));
}

#[test]
fn latin_letters_stand_only_inside_isolates() {
    assert_none(
        "Latin letters outside an isolate",
        problems(|t| {
            let bare = bare_latin(t);
            (!bare.is_empty()).then(|| format!("{bare:?} in {t:?}"))
        }),
    );
}

#[test]
fn well_known_outlets_and_people_are_in_persian_script() {
    assert_none(
        "a well-known name in Latin script",
        problems(|t| {
            let names = well_known_in_latin(t);
            (!names.is_empty()).then(|| format!("{names:?} in {t:?}"))
        }),
    );
}

#[test]
fn no_day_of_the_protests_reads_as_a_date() {
    assert_none("«روز» followed by a number", problems(|t| day_then_number(t).then(|| t.to_string())));
}

#[test]
fn no_date_is_typed_in_the_gregorian_calendar() {
    assert_none(
        "a Gregorian month beside a number (use {day:…} or {dayyear:…})",
        problems(|t| typed_gregorian_date(t).map(|d| format!("«{d}» in {t:?}"))),
    );
}

#[test]
fn a_breakdown_part_reads_label_first() {
    let starts_with_number = |s: &Strings| s.part.trim_start().starts_with("{value}");
    assert!(!starts_with_number(&FA), "part template {:?} puts the number before its label", FA.part);
}

/// The rules themselves, on texts that break them and texts that do not.
#[test]
fn the_rules_catch_what_they_name() {
    assert_eq!(bare_latin("گزارش Reuters و \u{2068}Kentik\u{2069} {figure:hrana-1}"), ["Reuters"]);
    assert_eq!(well_known_in_latin("به گزارش \u{2068}AP\u{2069}"), ["AP"]);
    assert!(well_known_in_latin("\u{2068}apnews.com\u{2069}، Kentik").is_empty());
    assert!(day_then_number("در روز ۲۳") && day_then_number("روز23") && !day_then_number("در بیست‌وسومین روز اعتراضات"));
    assert!(typed_gregorian_date("پیش‌تر در ۸ ژانویه،").is_some() && typed_gregorian_date("۸ ژانویه ۲۰۲۶").is_some());
    assert!(typed_gregorian_date("در ژانویه ۲۰۲۶").is_none());
    assert!(typed_gregorian_date("در {day:2026-01-08}، در ژانویه").is_none());
}
