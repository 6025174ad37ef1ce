//! The corpus of broken datasets: each `tests/invalid/NAME.json` must be refused, and every line of
//! `tests/invalid/NAME.expect` must appear in one of the problems reported (as `Problem`'s Display text).
//! A line starting with `count: N` instead asserts the number of errors.

use std::path::Path;

use explainer_core::validate::{load, Severity};

#[test]
fn every_broken_dataset_gets_its_specific_message() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/invalid");
    let mut cases: Vec<_> =
        std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "json")).collect();
    cases.sort();
    let mut failures = Vec::new();
    for case in &cases {
        let name = case.file_stem().unwrap().to_string_lossy().to_string();
        let bytes = std::fs::read(case).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        let expect = std::fs::read_to_string(case.with_extension("expect")).unwrap_or_else(|_| panic!("{name}: missing .expect file"));
        let problems = match load(&text) {
            Ok(_) => {
                failures.push(format!("{name}: was accepted"));
                continue;
            }
            Err(p) => p,
        };
        let shown: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        for line in expect.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            if let Some(n) = line.strip_prefix("count: ") {
                let errors = problems.iter().filter(|p| p.severity == Severity::Error).count();
                if errors.to_string() != n.trim() {
                    failures.push(format!("{name}: expected {n} errors, got {errors}:\n  {}", shown.join("\n  ")));
                }
            } else if !shown.iter().any(|s| s.contains(line)) {
                failures.push(format!("{name}: no problem says {line:?}; got:\n  {}", shown.join("\n  ")));
            }
        }
    }
    println!("{} broken datasets checked", cases.len());
    assert!(cases.len() >= 30, "the corpus has only {} cases", cases.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
