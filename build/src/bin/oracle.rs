//! `cargo run -p explainer-build --bin oracle -- DATASET.json`: what the page must show for a dataset, computed by
//! the core itself and printed as JSON, so that the end-to-end tests (`e2e/oracle.mjs`) compare the page with the
//! core's answer instead of a second implementation in JavaScript. Today: the claims the summary's two headline
//! cards show (`derive::headline`), by id, or `null` when the dataset has no headline. Exits 1 on an invalid
//! dataset, 2 on bad usage.

use std::process::ExitCode;

use explainer_core::derive::headline;
use explainer_core::validate::load;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [path] = args.as_slice() else {
        eprintln!("usage: oracle DATASET.json");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: cannot read: {e}");
            return ExitCode::FAILURE;
        }
    };
    let loaded = match load(&text) {
        Ok(l) => l,
        Err(problems) => {
            for p in problems {
                eprintln!("{path}: {p}");
            }
            return ExitCode::FAILURE;
        }
    };
    let headline = headline(&loaded.dataset).map(|h| {
        serde_json::json!({
            "official": h.official.claim.id,
            "independent": h.independent.claim.id,
            "difference": h.difference,
        })
    });
    println!("{}", serde_json::json!({ "headline": headline }));
    ExitCode::SUCCESS
}
