//! Benchmark in Chromium (not a test of behaviour): the core's chart drawing compiled to wasm, timed with the
//! browser's clock. Run by scripts/test.sh with
//!     CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown -p explainer-core --test browser_bench --release
#![cfg(target_arch = "wasm32")]

use explainer_core::chart::{self, ChartView};
use explainer_core::date::Date;
use explainer_core::format::PlainEnglish;
use explainer_core::model::Method;
use explainer_core::strings::EN;
use explainer_core::validate::load;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn now() -> f64 {
    js_sys::Date::now()
}

/// Median milliseconds of `n` runs, measured over batches so the millisecond clock is precise enough.
fn median_ms(n: usize, batch: usize, mut f: impl FnMut()) -> f64 {
    let mut runs: Vec<f64> = (0..n)
        .map(|_| {
            let t = now();
            for _ in 0..batch {
                f();
            }
            (now() - t) / batch as f64
        })
        .collect();
    runs.sort_by(f64::total_cmp);
    runs[n / 2]
}

#[wasm_bindgen_test]
fn redraw_times_in_chromium() {
    let d = load(include_str!("../../public/data/iran-2026.json")).expect("valid").dataset;
    let mut views = vec![ChartView::default()];
    let mut v = ChartView::default();
    v.hidden_kinds.insert(Method::Unverified);
    views.push(v);
    views.push(ChartView { window: Some((Date::parse("2026-01-08").unwrap(), Date::parse("2026-01-27").unwrap())), ..Default::default() });
    let mut k = 0;
    let shipped = median_ms(15, 10, || {
        k += 1;
        std::hint::black_box(chart::draw(&d, &PlainEnglish, &EN, 1000, &views[k % views.len()]));
    });

    let dense = explainer_core::synthetic::dense_connectivity(&d, 100_000);
    let dense_ms = median_ms(7, 2, || {
        std::hint::black_box(chart::draw(&dense, &PlainEnglish, &EN, 1000, &ChartView::default()));
    });
    console_log!(
        "bench (Chromium, wasm): redraw shipped dataset {shipped:.2} ms; with a 100,000-point connectivity series {dense_ms:.2} ms"
    );
    // A benchmark prints; it asserts nothing about time.
}
