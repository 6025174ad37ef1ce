//! The docs a newcomer reads first stay short and true: README.md within 1,500 words and ARCHITECTURE.md within
//! 1,200 (each read in about five minutes), ARCHITECTURE.md naming every module of the three crates, and every
//! page the README links to there.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn words(file: &str) -> usize {
    std::fs::read_to_string(root().join(file)).unwrap_or_else(|e| panic!("{file}: {e}")).split_whitespace().count()
}

#[test]
fn readme_and_architecture_are_read_in_five_minutes() {
    let (readme, architecture) = (words("README.md"), words("ARCHITECTURE.md"));
    assert!(readme > 300 && readme <= 1_500, "README.md has {readme} words (at most 1,500: details go to docs/)");
    assert!(architecture > 300 && architecture <= 1_200, "ARCHITECTURE.md has {architecture} words (at most 1,200)");
}

/// Every `.rs` file under a crate's sources, by its stem (`toll_chart`, `oembed`, `ssg`), `mod` and `lib` aside.
fn modules(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(d) = dirs.pop() {
        for path in std::fs::read_dir(&d).unwrap().map(|e| e.unwrap().path()) {
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let stem = path.file_stem().unwrap().to_string_lossy().to_string();
                if !["mod", "lib"].contains(&stem.as_str()) {
                    out.push(stem);
                }
            }
        }
    }
    out.sort();
    out
}

#[test]
fn architecture_names_every_module() {
    let text = std::fs::read_to_string(root().join("ARCHITECTURE.md")).unwrap();
    let mut missing = Vec::new();
    let mut seen = 0;
    for krate in ["core/src", "src", "build/src"] {
        for m in modules(&root().join(krate)) {
            seen += 1;
            // `oembed.rs`, `toll_chart`, or a path to it (`chart/draw.rs`).
            if ![format!("`{m}"), format!("/{m}.rs"), format!("/{m}`")].iter().any(|name| text.contains(name.as_str())) {
                missing.push(format!("{krate}: {m}"));
            }
        }
    }
    assert!(seen > 60, "the modules were listed ({seen})");
    assert!(missing.is_empty(), "ARCHITECTURE.md does not name these modules: {missing:?}");
}

#[test]
fn every_page_the_readme_links_to_is_there() {
    let text = std::fs::read_to_string(root().join("README.md")).unwrap();
    let links: Vec<&str> = text.split("](").skip(1).filter_map(|rest| rest.split(')').next()).filter(|l| !l.contains("://")).collect();
    assert!(links.len() >= 8, "the links were read: {links:?}");
    for link in links {
        assert!(root().join(link).exists(), "README.md links to {link}, which is not there");
    }
}
