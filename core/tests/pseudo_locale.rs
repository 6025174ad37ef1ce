//! A second `Strings` value changes every word on the page: a pseudo-locale wraps every string of `EN` in ⟦…⟧ and a
//! formatter wraps every number, date and list in ⟪…⟫; every section's view model and the chart are built with
//! them, and no text is left outside the brackets but the dataset's own text.

use explainer_core::chart::{self, hit_points, ChartView};
use explainer_core::date::Date;
use explainer_core::format::{Formatter, PlainEnglish, Plural};
use explainer_core::strings::{Strings, EN};
use explainer_core::table::SortKey;
use explainer_core::validate::load;
use explainer_core::view::{self, compare, known, page, records, story, summary, window};
use serde_json::Value;

struct Pseudo;

fn mark(s: String) -> String {
    format!("⟪{s}⟫")
}

impl Formatter for Pseudo {
    fn integer(&self, n: u64) -> String {
        mark(PlainEnglish.integer(n))
    }
    fn decimal(&self, x: f64, d: u8) -> String {
        mark(PlainEnglish.decimal(x, d))
    }
    fn percent(&self, x: f64) -> String {
        mark(PlainEnglish.percent(x))
    }
    fn year(&self, y: i32) -> String {
        mark(PlainEnglish.year(y))
    }
    fn date(&self, d: Date) -> String {
        mark(PlainEnglish.date(d))
    }
    fn short_date(&self, d: Date) -> String {
        mark(PlainEnglish.short_date(d))
    }
    fn gregorian_date(&self, d: Date) -> String {
        mark(PlainEnglish.gregorian_date(d))
    }
    fn day_month(&self, d: Date) -> String {
        mark(PlainEnglish.day_month(d))
    }
    fn gregorian_day_month(&self, d: Date) -> String {
        mark(PlainEnglish.gregorian_day_month(d))
    }
    fn list(&self, items: &[String]) -> String {
        mark(PlainEnglish.list(items))
    }
    fn plural(&self, n: u64) -> Plural {
        PlainEnglish.plural(n)
    }
}

/// `EN` with every string wrapped in ⟦…⟧ (placeholders stay inside, so templates still fill).
fn pseudo() -> &'static Strings {
    fn wrap(v: &mut Value) {
        match v {
            Value::String(s) if !s.is_empty() => *s = format!("⟦{s}⟧"),
            Value::Array(a) => a.iter_mut().for_each(wrap),
            Value::Object(o) => o.values_mut().for_each(wrap),
            _ => {}
        }
    }
    let mut v = serde_json::to_value(&EN).unwrap();
    // The locale's codes are not words.
    let keep = ["lang", "intl_locale", "dir"].map(|k| (k, v[k].clone()));
    wrap(&mut v);
    for (k, x) in keep {
        v[k] = x;
    }
    let text: &'static str = Box::leak(v.to_string().into_boxed_str());
    Box::leak(Box::new(serde_json::from_str::<Strings>(text).expect("every string borrows")))
}

/// Cuts out bracketed text (⟦…⟧ from the strings, ⟪…⟫ from the formatter), innermost first, leaving a `\u{1}` where
/// each was.
fn strip_brackets(s: &str) -> String {
    let mut out = s.to_string();
    loop {
        let before = out.clone();
        for (open, close) in [('⟦', '⟧'), ('⟪', '⟫')] {
            while let Some(end) = out.find(close) {
                let Some(start) = out[..end].rfind(open) else { break };
                out.replace_range(start..end + close.len_utf8(), "\u{1}");
            }
        }
        if out == before {
            return out;
        }
    }
}

fn strings_of(v: &Value, key: &str, out: &mut Vec<(String, String)>) {
    match v {
        Value::String(s) => out.push((key.to_string(), s.clone())),
        Value::Array(a) => a.iter().for_each(|x| strings_of(x, key, out)),
        Value::Object(o) => o.iter().for_each(|(k, x)| strings_of(x, k, out)),
        _ => {}
    }
}

/// The texts of every view, built with `s` and `f`, that hold words from neither brackets nor the dataset.
fn unbracketed(s: &'static Strings, f: &dyn Formatter) -> Vec<String> {
    let mut left = Vec::new();
    for text in [include_str!("../../public/data/iran-2026.json"), include_str!("fixtures/small.json")] {
        let d = load(text).unwrap().dataset;
        // The dataset's own text (names, summaries, labels, ids, dates) is the dataset's, not the interface's.
        let mut data_strings = Vec::new();
        strings_of(&serde_json::from_str(text).unwrap(), "", &mut data_strings);
        let data_strings: Vec<String> = data_strings.into_iter().map(|(_, s)| s).filter(|s| !s.is_empty()).collect();

        let mut views: Vec<Value> = vec![
            serde_json::to_value(summary::summary(&d, f, s)).unwrap(),
            serde_json::to_value(known::day(&d, d.meta.period.end, f, s)).unwrap(),
            serde_json::to_value(records::blackout(&d, f, s)).unwrap(),
            serde_json::to_value(records::verification(&d, f, s)).unwrap(),
            serde_json::to_value(records::context(&d, f, s)).unwrap(),
            serde_json::to_value(records::disagreements(&d, f, s)).unwrap(),
            serde_json::to_value(records::history(&d, f, s)).unwrap(),
            serde_json::to_value(records::sources(&d, f, s)).unwrap(),
            serde_json::to_value(compare::compare(&d, f, s)).unwrap(),
            serde_json::to_value(story::story(&d, f, s, false)).unwrap(),
            serde_json::to_value(view::chart::legend(&d, s)).unwrap(),
            serde_json::to_value(view::chart::table(&d, &ChartView::default(), SortKey::Date, true, f, s)).unwrap(),
            serde_json::to_value(view::chart::method_section(&d, s)).unwrap(),
            serde_json::to_value(window::window(&d, &ChartView::default(), f)).unwrap(),
            serde_json::to_value(page::page(&d, f, s)).unwrap(),
            serde_json::to_value(page::failed(page::Failure::Timeout(20), f, s)).unwrap(),
            serde_json::to_value(page::failed(page::Failure::Refused(explainer_core::source::Refusal::Page), f, s)).unwrap(),
        ];
        let drawn = chart::draw(&d, f, s, 800, &ChartView::default());
        for p in hit_points(&d, &drawn.frame, &ChartView::default()) {
            views.push(Value::String(view::chart::point_label(&d, p.target, f, s)));
            views.push(serde_json::to_value(view::chart::tip(&d, p.target, f, s)).unwrap());
        }
        // The chart's text: every <text>, the title and the description.
        for piece in drawn.svg.split('<').filter_map(|t| t.split_once('>').map(|(_, text)| text.trim())).filter(|t| !t.is_empty()) {
            views.push(Value::String(piece.replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")));
        }

        let mut shown = Vec::new();
        for v in &views {
            strings_of(v, "", &mut shown);
        }
        assert!(shown.len() > 200, "only {} strings checked", shown.len());
        for (key, text) in &shown {
            // Keys for styling and tests, not text: classes, states, method names.
            if matches!(key.as_str(), "class" | "state_key" | "method_key" | "method" | "kind")
                && text.chars().all(|c| c.is_ascii_lowercase() || "_-:0123456789".contains(c))
            {
                continue;
            }
            // What is left between the bracketed pieces must be the dataset's own text (a name, a summary, a piece
            // of a story step between two filled values), or punctuation and spaces.
            for piece in strip_brackets(text).split('\u{1}').map(str::trim) {
                if piece.chars().any(char::is_alphabetic) && !data_strings.iter().any(|ds| ds.contains(piece)) {
                    left.push(format!("{key}: {text:?} leaves {piece:?}"));
                }
            }
        }
    }
    left
}

#[test]
fn a_second_locale_replaces_every_word_of_every_view() {
    let left = unbracketed(pseudo(), &Pseudo);
    assert!(left.is_empty(), "text not from the locale nor the dataset:\n{}", left.join("\n"));
}

#[test]
fn the_check_finds_words_that_the_locale_did_not_give() {
    // With plain English strings and numbers, the interface's words are outside any brackets: found.
    assert!(unbracketed(&EN, &PlainEnglish).len() > 100);
}
