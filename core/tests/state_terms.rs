//! State terms for the dead («martyrs», «rioters», «terrorists», «mohareb») are the state's words: they appear only
//! inside quotation marks, in dataset text and in every interface string. This fails on any bare occurrence.

use std::path::Path;

/// Stems of the state's terms, English and Persian (lowercase).
const TERMS: [&str; 10] = ["martyr", "rioter", "terrorist", "mohareb", "شهید", "شهدا", "اغتشاشگر", "آشوبگر", "تروریست", "محارب"];

/// Proper names that contain a term and are not the state's label for anyone.
const NAMES: [&str; 4] = ["Martyrs and Veterans Affairs Foundation", "Martyrs Foundation", "بنیاد شهید و امور ایثارگران", "بنیاد شهید"];

/// Byte ranges of `text` that lie inside quotation marks: “…”, «…», or "…".
fn quoted_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut open: Vec<(char, usize)> = Vec::new();
    for (i, ch) in text.char_indices() {
        match ch {
            '“' | '«' => open.push((ch, i)),
            '”' | '»' => {
                let want = if ch == '”' { '“' } else { '«' };
                if let Some(pos) = open.iter().rposition(|(c, _)| *c == want) {
                    spans.push((open[pos].1, i));
                    open.truncate(pos);
                }
            }
            '"' => match open.iter().rposition(|(c, _)| *c == '"') {
                Some(pos) => {
                    spans.push((open[pos].1, i));
                    open.truncate(pos);
                }
                None => open.push(('"', i)),
            },
            _ => {}
        }
    }
    spans
}

/// Every bare (unquoted) state term in `text`.
fn bare_terms(text: &str) -> Vec<String> {
    let mut masked = text.to_string();
    for n in NAMES {
        masked = masked.replace(n, &" ".repeat(n.len()));
    }
    let lower = masked.to_lowercase();
    // Lowercasing these scripts keeps byte offsets (ASCII and Persian letters), so spans from `masked` apply.
    assert_eq!(lower.len(), masked.len());
    let spans = quoted_spans(&masked);
    let mut out = Vec::new();
    for t in TERMS {
        for (at, _) in lower.match_indices(t) {
            if !spans.iter().any(|(a, b)| *a < at && at < *b) {
                let start = text.floor_char_boundary(at.saturating_sub(40));
                let end = text.ceil_char_boundary((at + 40).min(text.len()));
                out.push(format!("{t:?} in …{}…", &text[start..end]));
            }
        }
    }
    out
}

/// The contents of the string literals on a line of Rust source (escaped quotes unescaped).
fn literals(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c != '"' {
            continue;
        }
        let mut lit = String::new();
        while let Some(c) = chars.next() {
            match c {
                '\\' => lit.extend(chars.next()),
                '"' => break,
                _ => lit.push(c),
            }
        }
        out.push(lit);
    }
    out
}

fn dataset_strings(path: &Path) -> Vec<(String, String)> {
    fn walk(v: &serde_json::Value, at: String, out: &mut Vec<(String, String)>) {
        match v {
            serde_json::Value::String(s) => out.push((at, s.clone())),
            serde_json::Value::Array(a) => a.iter().enumerate().for_each(|(i, x)| walk(x, format!("{at}[{i}]"), out)),
            serde_json::Value::Object(o) => o.iter().for_each(|(k, x)| {
                // Addresses and ids are not text anyone reads.
                if !matches!(k.as_str(), "url" | "id" | "sources" | "claims" | "events" | "claimant") {
                    walk(x, format!("{at}.{k}"), out)
                }
            }),
            _ => {}
        }
    }
    let text = std::fs::read_to_string(path).unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let mut out = Vec::new();
    walk(&v, String::new(), &mut out);
    out
}

#[test]
fn the_checker_finds_bare_terms_and_accepts_quoted_ones() {
    assert_eq!(bare_terms("690 it labelled “terrorists and rioters”").len(), 0);
    assert_eq!(bare_terms("the state's «martyrs»").len(), 0);
    assert_eq!(bare_terms("the Martyrs Foundation said").len(), 0);
    assert_eq!(bare_terms("690 terrorists and rioters").len(), 2);
    assert_eq!(bare_terms("classed as 'martyrs'").len(), 1, "straight single quotes are apostrophes, not quotation marks");
    assert_eq!(bare_terms("۶۹۰ «تروریست و آشوبگر» و ۲۴۲۷ شهید").len(), 1);
    let line = r#"    legend: "690 rioters", other: "the \"rioters\" it named","#;
    let found: Vec<String> = literals(line).iter().flat_map(|l| bare_terms(l)).collect();
    assert_eq!(found.len(), 1, "a literal's own quotes do not count: {found:?}");
}

#[test]
fn state_terms_are_quoted_in_every_dataset_and_interface_string() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    let mut checked = 0;
    for file in
        ["../public/data/iran-2026.json", "tests/fixtures/small.json", "../public/data/iran-2026.fa.json", "tests/fixtures/small.fa.json"]
    {
        for (at, text) in dataset_strings(&root.join(file)) {
            checked += 1;
            found.extend(bare_terms(&text).into_iter().map(|b| format!("{file} {at}: {b}")));
        }
    }
    // Every string literal in the interface strings.
    for file in ["src/strings.rs", "src/strings_fa.rs"] {
        let source = std::fs::read_to_string(root.join(file)).unwrap();
        for (i, line) in source.lines().enumerate() {
            if line.trim_start().starts_with("//") {
                continue;
            }
            for lit in literals(line) {
                checked += 1;
                found.extend(bare_terms(&lit).into_iter().map(|b| format!("{file}:{}: {b}", i + 1)));
            }
        }
    }
    assert!(checked > 1000, "only {checked} strings checked");
    assert!(found.is_empty(), "state terms outside quotation marks:\n{}", found.join("\n"));
}
