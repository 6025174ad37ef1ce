//! Benchmark (not a test): parse + validate the shipped dataset and a synthetic one 100 times larger, and draw
//! the chart. Prints the median of repeated runs. Run with `cargo bench -p explainer-core --bench load`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use explainer_core::chart;
use explainer_core::format::PlainEnglish;
use explainer_core::strings::EN;
use explainer_core::validate::{load, load_with_limit};
use serde_json::Value;

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn time(n: usize, mut f: impl FnMut()) -> Duration {
    f(); // warm up
    median(
        (0..n)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed()
            })
            .collect(),
    )
}

/// The shipped dataset with every list repeated `k` times under fresh ids (references renamed to match).
fn scaled(text: &str, k: usize) -> String {
    let v: Value = serde_json::from_str(text).unwrap();
    let mut out = v.clone();
    for list in ["claimants", "sources", "claims", "blackout_events", "connectivity", "metrics", "notes", "history", "disagreements"] {
        let items = v[list].as_array().cloned().unwrap_or_default();
        let mut all = Vec::new();
        for copy in 0..k {
            for item in &items {
                let mut s = serde_json::to_string(item).unwrap();
                if copy > 0 {
                    // Rename every id-like reference consistently: "x" -> "x-c<copy>" for ids of this dataset.
                    s = rename_ids(&s, &v, copy);
                }
                all.push(serde_json::from_str::<Value>(&s).unwrap());
            }
        }
        out[list] = Value::Array(all);
    }
    serde_json::to_string_pretty(&out).unwrap()
}

fn rename_ids(s: &str, v: &Value, copy: usize) -> String {
    let mut s = s.to_string();
    let mut ids: Vec<String> = Vec::new();
    for list in ["claimants", "sources", "claims", "blackout_events", "connectivity", "metrics", "notes", "history", "disagreements"] {
        for item in v[list].as_array().into_iter().flatten() {
            if let Some(id) = item["id"].as_str() {
                ids.push(id.to_string());
            }
        }
    }
    ids.sort_by_key(|i| std::cmp::Reverse(i.len()));
    for id in ids {
        s = s.replace(&format!("\"{id}\""), &format!("\"{id}-c{copy}\""));
    }
    s
}

fn main() {
    let shipped = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../public/data/iran-2026.json")).unwrap();
    let big = scaled(&shipped, 100);
    let loaded = load(&shipped).expect("shipped dataset is valid");
    assert!(load_with_limit(&big, usize::MAX).is_ok(), "synthetic dataset is valid");

    let t_small = time(50, || {
        black_box(load(black_box(&shipped)).is_ok());
    });
    let t_big = time(5, || {
        black_box(load_with_limit(black_box(&big), usize::MAX).is_ok());
    });
    let t_draw = time(50, || {
        black_box(chart::draw(&loaded.dataset, &PlainEnglish, &EN, 1000, &chart::ChartView::default()));
    });
    // A connectivity series of 100,000 synthetic points (test data only), reduced to pixel columns when drawn.
    let dense = explainer_core::synthetic::dense_connectivity(&loaded.dataset, 100_000);
    let t_dense = time(20, || {
        black_box(chart::draw(&dense, &PlainEnglish, &EN, 1000, &chart::ChartView::default()));
    });
    println!("bench: draw with a 100,000-point connectivity series at 1000 px (host): {:.2} ms", t_dense.as_secs_f64() * 1e3);

    println!(
        "bench: parse + validate shipped dataset ({} KB, {} claims): {:.2} ms",
        shipped.len() / 1024,
        loaded.dataset.claims.len(),
        t_small.as_secs_f64() * 1e3
    );
    println!("bench: parse + validate 100x synthetic dataset ({} KB): {:.1} ms", big.len() / 1024, t_big.as_secs_f64() * 1e3);
    println!("bench: draw the chart SVG at 1000 px (host): {:.2} ms", t_draw.as_secs_f64() * 1e3);
}
