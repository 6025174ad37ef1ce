//! Prints, as JSON, what the host formatter writes for a set of samples, so that `e2e/intl.test.mjs` can check in
//! Chromium that the browser's `Intl` writes exactly the same (the prerendered page must print what the live one
//! shows). Usage: `cargo run -p explainer-core --bin format-samples [locale]` (only `en-GB` has a host formatter).

use explainer_core::date::Date;
use explainer_core::format::{Formatter, PlainEnglish, Plural};

fn main() {
    let f = PlainEnglish;
    let s = |v: String| serde_json::Value::String(v);
    let integers: Vec<u64> = vec![0, 7, 999, 1000, 3117, 7002, 36500, 1234567, 9_007_199_254_740_992];
    let decimals: Vec<(f64, u8)> = vec![(2.2, 1), (2.0, 1), (1234.5, 1), (0.25, 2), (1.23456, 2), (7.0, 0)];
    let percents: Vec<f64> = vec![0.0, 0.01, 1.0, 2.5, 50.0, 100.0];
    let years: Vec<i32> = vec![2019, 2022, 2026];
    let dates: Vec<&str> =
        vec!["2019-11-16", "2022-09-15", "2023-06-01", "2025-12-28", "2026-01-08", "2026-01-21", "2026-02-12", "2026-03-01"];
    let lists: Vec<Vec<String>> =
        vec![vec![], vec!["Internet".into()], vec!["Internet".into(), "SMS".into()], vec!["a".into(), "b".into(), "c".into()]];
    let plurals: Vec<u64> = vec![0, 1, 2, 5, 21];
    let plural = |p: Plural| format!("{p:?}").to_lowercase();
    let out = serde_json::json!({
        "locale": "en-GB",
        "integer": integers.iter().map(|n| serde_json::json!([n, f.integer(*n)])).collect::<Vec<_>>(),
        "decimal": decimals.iter().map(|(x, d)| serde_json::json!([x, d, f.decimal(*x, *d)])).collect::<Vec<_>>(),
        "percent": percents.iter().map(|x| serde_json::json!([x, f.percent(*x)])).collect::<Vec<_>>(),
        "year": years.iter().map(|y| serde_json::json!([y, f.year(*y)])).collect::<Vec<_>>(),
        "date": dates.iter().map(|d| { let v = Date::parse(d).unwrap(); serde_json::json!([d, f.date(v), f.short_date(v)]) }).collect::<Vec<_>>(),
        "list": lists.iter().map(|l| serde_json::json!([l, s(f.list(l))])).collect::<Vec<_>>(),
        "plural": plurals.iter().map(|n| serde_json::json!([n, plural(f.plural(*n))])).collect::<Vec<_>>(),
    });
    println!("{out}");
}
