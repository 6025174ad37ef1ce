//! Prints, as JSON, what the host formatter writes for a set of samples, so that `e2e/intl.test.mjs` can check in
//! Chromium that the browser's `Intl` writes exactly the same (the built page must print what the live one
//! shows). Usage: `cargo run -p explainer-build --bin format-samples [locale]`: `en-GB` (the default) is
//! [`PlainEnglish`], `fa-IR` is `IcuFormatter` with `useGrouping: "min2"`, as the app gives it.

use explainer_build::icu_format::IcuFormatter;
use explainer_core::date::Date;
use explainer_core::format::{Formatter, PlainEnglish, Plural};

/// The host formatter for `locale` and the `useGrouping` it stands for.
fn formatter(locale: &str) -> (Box<dyn Formatter>, &'static str) {
    match locale {
        "en-GB" => (Box::new(PlainEnglish), "auto"),
        "fa-IR" => (Box::new(IcuFormatter::new("fa-IR", "min2").unwrap_or_else(|e| panic!("{e}"))), "min2"),
        other => {
            eprintln!("format-samples: no host formatter for {other:?} (en-GB, fa-IR)");
            std::process::exit(2)
        }
    }
}

fn main() {
    let locale = std::env::args().nth(1).unwrap_or_else(|| "en-GB".into());
    let (f, grouping) = formatter(&locale);
    let s = |v: String| serde_json::Value::String(v);
    let integers: Vec<u64> = vec![0, 1, 7, 690, 999, 1000, 2427, 3117, 7002, 10000, 36500, 100000, 1234567, 9_007_199_254_740_992];
    // Ties: `Intl` rounds the shortest decimal that reads back as the double half away from zero (0.5 → 1,
    // 2.25 → 2.3, 1.005 → 1.01); both host formatters do the same. Negatives keep their sign.
    let decimals: Vec<(f64, u8)> = vec![
        (2.2, 1),
        (2.0, 1),
        (1234.5, 1),
        (36500.25, 2),
        (0.25, 2),
        (1.23456, 2),
        (7.0, 0),
        (-5.0, 1),
        (-1234.5, 1),
        (9.96, 1),
        (999.95, 1),
        (0.5, 0),
        (2.5, 0),
        (2.25, 1),
        (1.005, 2),
        (0.125, 2),
    ];
    let percents: Vec<f64> = vec![0.0, 0.01, 0.07, 1.0, 2.5, 33.333, 50.0, 69.1, 100.0, 1234.5];
    let years: Vec<i32> = vec![1403, 1404, 1405, 2019, 2022, 2026];
    let mut dates: Vec<String> = vec![
        "2019-11-16",
        "2022-09-15",
        "2023-06-01",
        "2025-03-20",
        "2025-03-21",
        "2025-12-21",
        "2025-12-22",
        "2025-12-28",
        "2026-01-08",
        "2026-01-09",
        "2026-01-13",
        "2026-01-17",
        "2026-01-20",
        "2026-01-21",
        "2026-02-01",
        "2026-02-12",
        "2026-02-19",
        "2026-02-20",
        "2026-03-01",
        "2026-03-20",
        "2026-03-21",
        "2026-04-20",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    // Every day of the story's months (Azar 1404 to Farvardin 1405), and the days around Nowruz for 2016–2040.
    let (from, to) = (Date::parse("2025-11-20").unwrap().day_number(), Date::parse("2026-04-25").unwrap().day_number());
    dates.extend((from..=to).map(|n| Date::from_day_number(n).to_string()));
    for y in 2016..=2040 {
        dates.extend((19..=22).map(|d| format!("{y}-03-{d:02}")));
    }
    dates.sort();
    dates.dedup();
    let lists: Vec<Vec<String>> = vec![
        vec![],
        vec!["Internet".into()],
        vec!["Internet".into(), "SMS".into()],
        vec!["a".into(), "b".into(), "c".into()],
        vec!["هرانا".into()],
        vec!["هرانا".into(), "IHR".into()],
        vec!["هرانا".into(), "IHR".into(), "Hengaw".into()],
        vec!["اینترنت".into(), "پیامک".into(), "تلفن ثابت".into(), "تلفن همراه".into()],
    ];
    let plurals: Vec<u64> = vec![0, 1, 2, 5, 21, 100];
    let plural = |p: Plural| format!("{p:?}").to_lowercase();
    let out = serde_json::json!({
        "locale": locale,
        "grouping": grouping,
        "integer": integers.iter().map(|n| serde_json::json!([n, f.integer(*n)])).collect::<Vec<_>>(),
        "decimal": decimals.iter().map(|(x, d)| serde_json::json!([x, d, f.decimal(*x, *d)])).collect::<Vec<_>>(),
        "percent": percents.iter().map(|x| serde_json::json!([x, f.percent(*x)])).collect::<Vec<_>>(),
        "year": years.iter().map(|y| serde_json::json!([y, f.year(*y)])).collect::<Vec<_>>(),
        "date": dates
            .iter()
            .map(|d| {
                let v = Date::parse(d).unwrap();
                serde_json::json!([d, f.date(v), f.short_date(v), f.gregorian_date(v), f.day_month(v), f.gregorian_day_month(v)])
            })
            .collect::<Vec<_>>(),
        "list": lists.iter().map(|l| serde_json::json!([l, s(f.list(l))])).collect::<Vec<_>>(),
        "plural": plurals.iter().map(|n| serde_json::json!([n, plural(f.plural(*n))])).collect::<Vec<_>>(),
    });
    println!("{out}");
}
