//! The check page's report (`view::check`): every problem the validator finds, with its place, for each file
//! opened; the dataset and its Persian text told apart by name; the explainer's data only for a valid file.

use std::path::Path;

use explainer_build::icu_format::IcuFormatter;
use explainer_core::strings::EN;
use explainer_core::strings_fa::FA;
use explainer_core::validate::{load, Severity};
use explainer_core::view::check::{self, Opened};

fn root() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn opened(path: &Path) -> Opened {
    Opened { name: path.file_name().unwrap().to_string_lossy().into(), text: Some(std::fs::read_to_string(path).unwrap()) }
}

fn fmt() -> IcuFormatter {
    IcuFormatter::new(EN.intl_locale, EN.number_grouping).unwrap()
}

#[test]
fn a_valid_dataset_and_its_persian_text_are_drawn() {
    let mut files: Vec<_> = std::fs::read_dir(root().join("public/data"))
        .unwrap()
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.to_string_lossy().ends_with(".json") && !p.to_string_lossy().ends_with(".fa.json"))
        .collect();
    files.push(root().join("core/tests/fixtures/small.json"));
    // The template an editor starts a new story from (DATA.md): valid as it stands, with its Persian text.
    files.push(root().join("docs/template/new-story.json"));
    assert!(files.len() >= 4, "{files:?}");
    for file in files {
        let fa = file.with_extension("fa.json");
        // The Persian text first: the dataset is told by its name, not its place.
        let c = check::check(&[opened(&fa), opened(&file)], &fmt(), &EN);
        assert!(c.report.valid, "{}", file.display());
        let expected = load(&std::fs::read_to_string(&file).unwrap()).unwrap();
        assert_eq!(c.loaded.as_ref().map(|l| l.dataset.claims.len()), Some(expected.dataset.claims.len()));
        assert_eq!(c.report.files[0].name, file.file_name().unwrap().to_string_lossy());
        assert_eq!(c.report.files[0].lines.len(), expected.warnings.len());
        assert_eq!(c.report.files[1].name, fa.file_name().unwrap().to_string_lossy());
        let (persian, incomplete) = c.persian.unwrap();
        assert!(!incomplete, "{}: {:?}", fa.display(), c.report.files[1].lines);
        assert_ne!(persian.meta.title, expected.dataset.meta.title, "the Persian text is applied");
        // Without its Persian text the Persian edition shows the dataset's own, and says so.
        let alone = check::check(&[opened(&file)], &fmt(), &FA);
        assert!(alone.report.valid && alone.persian.unwrap().1);
        assert_eq!(alone.report.notice.as_deref(), Some(FA.check_no_translation));
    }
}

#[test]
fn every_problem_of_an_invalid_file_is_listed_with_its_place() {
    let dir = root().join("core/tests/invalid");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|x| x != "json") {
            continue;
        }
        let problems = load(&std::fs::read_to_string(&path).unwrap()).unwrap_err();
        let c = check::check(&[opened(&path)], &fmt(), &EN);
        assert!(!c.report.valid && c.loaded.is_none() && c.persian.is_none(), "{}", path.display());
        let lines = &c.report.files[0].lines;
        assert_eq!(lines.len(), problems.len(), "{}: all of them, not the page's first few", path.display());
        for (l, p) in lines.iter().zip(&problems) {
            assert_eq!(l.message, p.message);
            assert_eq!(l.severity == "error", p.severity == Severity::Error);
            if let Some((line, col)) = p.line_col {
                assert!(l.place.starts_with(&format!("line {line}, column {col}")), "{}: {:?}", path.display(), l.place);
            }
            assert!(l.place.contains(&p.path), "{:?} {:?}", l.place, p.path);
        }
        let errors = problems.iter().filter(|p| p.severity == Severity::Error).count();
        assert!(c.report.files[0].heading.contains(&format!("{errors} error")), "{}", c.report.files[0].heading);
        checked += 1;
    }
    assert!(checked > 70, "{checked}");
}

#[test]
fn files_that_are_not_a_dataset_are_said_so() {
    let fa = root().join("public/data/iran-2026.fa.json");
    let c = check::check(&[opened(&fa)], &fmt(), &EN);
    assert!(!c.report.valid);
    assert_eq!(c.report.notice.as_deref(), Some(EN.check_no_dataset));
    let unreadable = check::check(&[Opened { name: "x.json".into(), text: None }], &fmt(), &EN);
    assert!(!unreadable.report.valid && unreadable.report.files[0].heading.contains("x.json"));
    let d = root().join("public/data/iran-2026.json");
    let two = check::check(&[opened(&d), opened(&root().join("core/tests/fixtures/small.json"))], &fmt(), &EN);
    assert!(two.report.valid);
    assert!(two.report.files.iter().any(|f| f.name == "small.json" && f.heading == EN.check_ignored.replace("{file}", "small.json")));
    assert_eq!(check::editions(), vec![("en", "English"), ("fa", "فارسی")]);
}

/// Counts read as words ("1 error", never "1 errors"), and places are written as an editor's go-to-line box takes
/// them: "line 2126", never "line 2,126".
#[test]
fn counts_are_in_their_plural_and_line_numbers_are_not_grouped() {
    let path = root().join("public/data/iran-2026.json");
    let text = std::fs::read_to_string(&path).unwrap();
    // One mistake far down the file: the last claim's reliability is not a grade.
    let at = text.rfind("\"reliability\": \"").expect("a reliability");
    let broken = format!("{}\"reliability\": \"certain{}", &text[..at], &text[at + "\"reliability\": \"".len()..]);
    let c = check::check(&[Opened { name: "iran-2026.json".into(), text: Some(broken.clone()) }], &fmt(), &EN);
    let file = &c.report.files[0];
    let errors = file.lines.iter().filter(|l| l.severity == "error").count();
    assert_eq!(errors, 1, "{:?}", file.lines);
    let warnings = file.lines.len() - errors;
    assert!(file.heading.contains("1 error,"), "{}", file.heading);
    let warnings_word = if warnings == 1 { "1 warning".to_string() } else { format!("{warnings} warnings") };
    assert!(file.heading.ends_with(&warnings_word), "{}", file.heading);
    let line = broken[..at].lines().count();
    assert!(line >= 1_000, "the mistake is on line {line}");
    let place = &file.lines.iter().find(|l| l.severity == "error").unwrap().place;
    assert!(place.starts_with(&format!("line {line}, column ")), "{place}");
}
