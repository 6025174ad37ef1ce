//! `cargo run -p explainer-core --bin validate -- path/to/dataset.json`
//! Checks a dataset with the same code the page uses; prints every problem; exits 1 on errors, 2 on bad usage.

use std::process::ExitCode;

use explainer_core::validate::load;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [path] = args.as_slice() else {
        eprintln!("usage: validate <dataset.json>");
        return ExitCode::from(2);
    };
    let text = match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(_) => {
                eprintln!("{path}: error: the file is not UTF-8 text");
                return ExitCode::from(1);
            }
        },
        Err(e) => {
            eprintln!("{path}: error: cannot read the file: {e}");
            return ExitCode::from(1);
        }
    };
    match load(&text) {
        Ok(loaded) => {
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
            ExitCode::SUCCESS
        }
        Err(problems) => {
            for p in &problems {
                println!("{path}: {p}");
            }
            let errors = problems.iter().filter(|p| p.severity == explainer_core::validate::Severity::Error).count();
            println!("{path}: invalid: {errors} errors");
            ExitCode::from(1)
        }
    }
}
