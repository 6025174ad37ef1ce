//! `cargo run -p explainer-build --bin validate -- path/to/dataset.json [path/to/dataset.fa.json …]`
//! Checks a dataset with the same code the page uses, then each translation of its text against it; prints every
//! problem; exits 1 on errors, 2 on bad usage.

use std::process::ExitCode;

use explainer_core::translate::translate;
use explainer_core::validate::{load, Severity};

fn read(path: &str) -> Result<String, String> {
    match std::fs::read(path) {
        Ok(bytes) => String::from_utf8(bytes).map_err(|_| format!("{path}: error: the file is not UTF-8 text")),
        Err(e) => Err(format!("{path}: error: cannot read the file: {e}")),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((path, translations)) = args.split_first() else {
        eprintln!("usage: validate <dataset.json> [<translation.json> …]");
        return ExitCode::from(2);
    };
    let text = match read(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(1);
        }
    };
    let loaded = match load(&text) {
        Ok(loaded) => loaded,
        Err(problems) => {
            for p in &problems {
                println!("{path}: {p}");
            }
            let errors = problems.iter().filter(|p| p.severity == Severity::Error).count();
            println!("{path}: invalid: {errors} errors");
            return ExitCode::from(1);
        }
    };
    for w in &loaded.warnings {
        println!("{path}: {w}");
    }
    let d = &loaded.dataset;
    println!(
        "{path}: valid: {} claims from {} claimants, {} blackout events, {} connectivity observations, {} notes, {} sources; {} warnings",
        d.claims.len(),
        d.plotted_claimants().len(),
        d.blackout_events.len(),
        d.connectivity.len(),
        d.notes.len(),
        d.sources.len(),
        loaded.warnings.len()
    );
    let mut failed = false;
    for tpath in translations {
        let ttext = match read(tpath) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{e}");
                failed = true;
                continue;
            }
        };
        let (_, problems) = translate(d, &ttext);
        for p in &problems {
            println!("{tpath}: {p}");
        }
        let errors = problems.iter().filter(|p| p.severity == Severity::Error).count();
        let missing = problems.len() - errors;
        if errors > 0 {
            failed = true;
            println!("{tpath}: invalid: {errors} errors, {missing} texts not translated");
        } else {
            println!("{tpath}: valid: {missing} texts not translated");
        }
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
