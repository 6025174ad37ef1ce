//! `cargo run -p explainer-build --bin schema -- [dataset | translation]`: prints the JSON Schema of a dataset (the
//! default) or of its translation file, generated from the Rust types that read them (`explainer_core::schema`).
//! `cargo run -p explainer-build --bin schema -- --write DIR` writes both into `DIR/dataset.schema.json` and
//! `DIR/translation.schema.json` (the committed ones: `--write public`, from the repository's root;
//! `build/tests/schema.rs` fails when they differ from what this writes).

use std::path::Path;
use std::process::ExitCode;

use explainer_build::schema::{self, to_file_text};

const USAGE: &str = "usage: schema [dataset | translation] | schema --write DIR";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        [] | ["dataset"] => print!("{}", to_file_text(&schema::dataset())),
        ["translation"] => print!("{}", to_file_text(&schema::translation())),
        ["--write", dir] => {
            for (name, schema) in [("dataset.schema.json", schema::dataset()), ("translation.schema.json", schema::translation())] {
                let path = Path::new(dir).join(name);
                if let Err(e) = std::fs::write(&path, to_file_text(&schema)) {
                    eprintln!("{}: cannot write: {e}", path.display());
                    return ExitCode::FAILURE;
                }
                println!("wrote {}", path.display());
            }
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
}
