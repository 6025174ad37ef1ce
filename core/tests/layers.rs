//! The core's layers, as ARCHITECTURE.md's table gives them ("lowest first; a module uses only those above it"):
//! every module of `core/src` has a row, and no module uses one in a row below its own. A new upward use, or a
//! module missing from the table, fails here rather than in review. Also: the app's layers, and no switch on the
//! target in the crates the wasm links (what only the host needs lives in `explainer-build`).

use std::collections::BTreeSet;
use std::path::Path;

fn core_src() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The table's rows, in order: `date`, `model`, …, `chart/view`, …, `view` (one row for the folder).
fn rows() -> Vec<String> {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    let section = text.split("## core/").nth(1).expect("a core section").split("\n## ").next().unwrap_or("");
    section
        .lines()
        .filter_map(|l| l.strip_prefix("| `"))
        .filter_map(|l| l.split('`').next())
        .filter(|m| !m.starts_with("bin/"))
        .map(|m| m.trim_end_matches(".rs").trim_end_matches('/').to_string())
        .collect()
}

/// Every module file of the core (binaries and `lib.rs` aside), as its row's name: `chart/geometry`, `view` for
/// anything in `view/`, `chart` for `chart/mod.rs`.
fn modules() -> Vec<(String, std::path::PathBuf)> {
    let mut out = Vec::new();
    let mut dirs = vec![core_src()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let rel = path.strip_prefix(core_src()).unwrap().to_string_lossy().replace('\\', "/");
            if path.is_dir() {
                if rel != "bin" {
                    dirs.push(path);
                }
            } else if rel.ends_with(".rs") && rel != "lib.rs" {
                out.push((row_of(rel.trim_end_matches(".rs")), path));
            }
        }
    }
    out.sort();
    out
}

fn row_of(module: &str) -> String {
    match module {
        m if m.starts_with("view/") || m == "view" => "view".into(),
        "chart/mod" => "chart".into(),
        m => m.to_string(),
    }
}

/// The items the chart folder's `mod.rs` re-exports, each with the part it comes from (`HitPoint` → `geometry`).
fn chart_reexports() -> Vec<(String, String)> {
    let text = std::fs::read_to_string(core_src().join("chart/mod.rs")).unwrap();
    let mut out = Vec::new();
    for line in text.lines().filter_map(|l| l.trim().strip_prefix("pub use ")) {
        let Some((part, items)) = line.trim_end_matches(';').split_once("::") else { continue };
        for item in items.trim_matches(|c| c == '{' || c == '}').split(',') {
            out.push((item.trim().to_string(), part.to_string()));
        }
    }
    out
}

/// The core modules a file's own code uses (`crate::x::…`, `crate::{x, y}`, `super::part` inside the chart
/// folder), as row names; its tests (after `#[cfg(test)]`) may use anything.
fn uses(module: &str, text: &str, chart_parts: &BTreeSet<String>) -> BTreeSet<String> {
    let text = text.split("#[cfg(test)]").next().unwrap_or(text);
    let reexports = chart_reexports();
    let mut out = BTreeSet::new();
    let name_at = |s: &str| s.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect::<String>();
    let mut add = |first: String, second: String| {
        let used = match first.as_str() {
            "chart" if chart_parts.contains(&second) => format!("chart/{second}"),
            "chart" => match reexports.iter().find(|(item, _)| *item == second) {
                Some((_, part)) => format!("chart/{part}"),
                None => "chart".to_string(),
            },
            other => other.to_string(),
        };
        if !used.is_empty() {
            out.insert(row_of(&used));
        }
    };
    for (i, _) in text.match_indices("crate::") {
        let rest = &text[i + "crate::".len()..];
        if let Some(list) = rest.strip_prefix('{') {
            for item in list.split('}').next().unwrap_or("").split(',') {
                let item = item.trim();
                let first = name_at(item);
                let second = item.strip_prefix(&format!("{first}::")).map(name_at).unwrap_or_default();
                add(first, second);
            }
        } else {
            let first = name_at(rest);
            let second = rest[first.len()..].strip_prefix("::").map(name_at).unwrap_or_default();
            add(first, second);
        }
    }
    if module.starts_with("chart/") {
        for (i, _) in text.match_indices("super::") {
            let part = name_at(&text[i + "super::".len()..]);
            if chart_parts.contains(&part) || reexports.iter().any(|(item, _)| *item == part) {
                add("chart".into(), part);
            }
        }
    }
    out
}

#[test]
fn every_core_module_has_a_row_and_uses_only_the_rows_above_it() {
    let rows = rows();
    assert!(rows.len() > 20, "the table was read: {rows:?}");
    let chart_parts: BTreeSet<String> = rows.iter().filter_map(|r| r.strip_prefix("chart/")).map(String::from).collect();
    let position = |row: &str| match row {
        // The chart folder's `mod.rs` re-exports its parts: it stands where its last part does.
        "chart" => rows.iter().rposition(|r| r.starts_with("chart/")),
        r => rows.iter().position(|x| x == r),
    };
    let mut problems = Vec::new();
    let mut seen = BTreeSet::new();
    for (module, path) in modules() {
        let Some(at) = position(&module) else {
            problems.push(format!("{}: no row in ARCHITECTURE.md's core table", path.display()));
            continue;
        };
        seen.insert(module.clone());
        let text = std::fs::read_to_string(&path).unwrap();
        let own = path.strip_prefix(core_src()).unwrap().to_string_lossy().trim_end_matches(".rs").replace('\\', "/");
        for used in uses(&own, &text, &chart_parts) {
            if used == module || position(&used).is_none_or(|u| u <= at) {
                continue;
            }
            problems.push(format!("{own} uses {used}, a row below it in ARCHITECTURE.md"));
        }
    }
    for row in &rows {
        if !seen.contains(row) && row != "chart" {
            problems.push(format!("ARCHITECTURE.md names `{row}`, which is not a module of core/src"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The reading of uses, on code that breaks the layers and code that does not.
#[test]
fn uses_are_read_from_paths_lists_and_the_chart_folder() {
    let parts: BTreeSet<String> = ["geometry", "draw"].into_iter().map(String::from).collect();
    let read = |m: &str, t: &str| uses(m, t, &parts).into_iter().collect::<Vec<_>>();
    assert_eq!(read("date", "use crate::model::Dataset;\nlet x = crate::view::summary::build();"), ["model", "view"]);
    assert_eq!(read("story", "use crate::{derive::days_between, format::Formatter};"), ["derive", "format"]);
    assert_eq!(read("chart/draw", "use super::geometry::Frame; use super::HitPoint;"), ["chart/geometry"]);
    assert_eq!(read("export", "use crate::chart::draw::Drawn;\n#[cfg(test)]\nuse crate::validate::load;"), ["chart/draw"]);
}

/// The app's layers (`src/lib.rs`), top first: a module uses only those in later groups, or its own. The two import
/// cycles the design review found (`app` ↔ components, through the check page and the embed codes) stay gone.
const APP_LAYERS: [&[&str]; 5] = [
    &["app", "check_page"],
    &["page"],
    &["components"],
    &["context"],
    &["address", "fetch", "intl", "embed", "download", "theme", "locale", "css"],
];

#[test]
fn the_app_uses_only_the_layers_below_its_own() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../src");
    let layer_of = |m: &str| APP_LAYERS.iter().position(|l| l.contains(&m));
    let mut files = vec![src.clone()];
    let mut problems = Vec::new();
    let mut seen = 0;
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        let rel = path.strip_prefix(&src).unwrap().to_string_lossy().replace('\\', "/");
        let module = rel.split('/').next().unwrap().trim_end_matches(".rs").to_string();
        if module == "lib" || module == "main" {
            continue;
        }
        let Some(own) = layer_of(&module) else {
            problems.push(format!("src/{rel}: `{module}` is in no layer of the app (src/lib.rs)"));
            continue;
        };
        seen += 1;
        let text = std::fs::read_to_string(&path).unwrap();
        for used in text.split("crate::").skip(1).filter_map(|rest| rest.split(|c: char| !(c.is_alphanumeric() || c == '_')).next()) {
            match layer_of(used) {
                Some(l) if l < own => problems.push(format!("src/{rel} uses crate::{used}, a layer above its own")),
                // The browser's edges and the locale sit in one layer: they use each other freely.
                _ => {}
            }
        }
    }
    assert!(seen > 20, "only {seen} app files read");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The crates the wasm links (`core/src`, `src`) are the same code on both targets: what only the host needs is in
/// `build/`, and a feature (`schema`, `ssr`, `hydrate`) is the most a file may switch on.
#[test]
fn the_crates_the_wasm_links_do_not_switch_on_the_target() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut dirs = vec![root.join("core/src"), root.join("src")];
    let (mut problems, mut read) = (Vec::new(), 0);
    while let Some(dir) = dirs.pop() {
        for path in std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()) {
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                read += 1;
                let text = std::fs::read_to_string(&path).unwrap();
                if text.contains(concat!("target_", "arch")) {
                    problems.push(path.display().to_string());
                }
            }
        }
    }
    assert!(read > 40, "the sources were read ({read} files)");
    assert!(problems.is_empty(), "these switch on the target; move the host-only part to build/: {problems:?}");
}

/// The address is read in one place (`src/address.rs`): the rest of the app gets it as a value.
#[test]
fn only_the_address_module_reads_the_query() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../src");
    let mut files = vec![src.clone()];
    let (mut readers, mut read) = (Vec::new(), 0);
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        read += 1;
        let text = std::fs::read_to_string(&path).unwrap();
        if [".search()", "UrlSearchParams"].iter().any(|needle| text.contains(needle)) {
            readers.push(path.strip_prefix(&src).unwrap().to_string_lossy().replace('\\', "/"));
        }
    }
    assert!(read > 20, "the app's files were read ({read})");
    assert_eq!(readers, ["address.rs"], "only src/address.rs reads the query string");
}
