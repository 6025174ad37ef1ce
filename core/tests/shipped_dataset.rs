//! The dataset the page ships: it parses, validates, and gives the derived numbers the story states.

use std::collections::BTreeMap;

use explainer_core::date::Date;
use explainer_core::derive::{headline, latest_as_of, latest_per_claimant};
use explainer_core::model::{Basis, Dataset};
use explainer_core::validate::load;

fn shipped() -> Dataset {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../public/data/iran-2026.json")).unwrap();
    match load(&text) {
        Ok(l) => l.dataset,
        Err(problems) => {
            panic!("the shipped dataset is invalid:\n{}", problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n"))
        }
    }
}

fn day(s: &str) -> Date {
    Date::parse(s).unwrap()
}

#[test]
fn shipped_dataset_parses_without_errors() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../public/data/iran-2026.json")).unwrap();
    let loaded = load(&text).expect("valid");
    assert!(loaded.warnings.is_empty(), "the shipped dataset has no warnings: {:?}", loaded.warnings);
    let d = loaded.dataset;
    let mut per_claimant: BTreeMap<&str, usize> = BTreeMap::new();
    let mut per_basis: BTreeMap<String, usize> = BTreeMap::new();
    for c in &d.claims {
        *per_claimant.entry(&c.claimant).or_default() += 1;
        *per_basis.entry(format!("{:?}", c.basis)).or_default() += 1;
    }
    println!("claims per claimant: {per_claimant:?}");
    println!("claims per basis: {per_basis:?}");
    // The record as shipped (update these when the dataset grows, and say why in the commit).
    // Issue 9 added IHR's 192 (11 Jan), the UN rapporteur's estimate (20 Jan) and the updated names list (3 Feb).
    // Issue 20 added HRANA's 572 (12 Jan), Iran International's 6,634 (2 Feb) and the US president's 32,000 (20 Feb).
    assert_eq!(d.claims.len(), 66);
    assert_eq!(per_claimant["hrana"], 31);
    assert_eq!(per_claimant["iran-international"], 3);
    assert_eq!(per_claimant["us-government"], 1);
    assert_eq!(per_claimant["ihr"], 8);
    assert_eq!(per_claimant["iran-government"], 6);
    assert_eq!(per_claimant["iran-officials-anonymous"], 3);
    assert_eq!(per_claimant["un-sato"], 1);
    assert_eq!(per_basis["Confirmed"], 25);
    assert_eq!(per_basis["AtLeast"], 26);
    assert_eq!(per_basis["Estimate"], 8);
    assert_eq!(per_basis["Official"], 5);
    assert_eq!(per_basis["Range"], 2);
    assert_eq!(d.blackout_events.len(), 3);
    assert_eq!(d.connectivity.len(), 8);
    assert_eq!(d.history.len(), 6);
    assert!(d.disagreements.len() >= 25);
    let mut per_topic: BTreeMap<String, usize> = BTreeMap::new();
    for n in &d.notes {
        *per_topic.entry(format!("{:?}", n.topic)).or_default() += 1;
    }
    println!("notes per topic: {per_topic:?}");
    assert_eq!(per_topic["Verification"], 21);
    assert_eq!(per_topic["Context"], 12);
    assert!(d.claims.iter().any(|c| c.reliability == explainer_core::model::Reliability::Low), "low-reliability claims are kept, flagged");
}

#[test]
fn every_record_has_an_http_source() {
    let d = shipped();
    let ok = |ids: &Vec<String>| {
        !ids.is_empty() && ids.iter().all(|id| d.source(id).is_some_and(|s| s.url.starts_with("https://") || s.url.starts_with("http://")))
    };
    assert!(d.claims.iter().all(|c| ok(&c.sources)));
    assert!(d.blackout_events.iter().all(|e| ok(&e.sources)));
    assert!(d.connectivity.iter().all(|o| ok(&o.sources)));
    assert!(d.notes.iter().all(|n| ok(&n.sources)));
    assert!(d.history.iter().all(|h| ok(&h.sources)));
    assert!(d.disagreements.iter().all(|x| ok(&x.sources)));
}

#[test]
fn disagreements_the_issue_names_are_recorded_as_data() {
    let d = shipped();
    let involves = |a: &str, b: &str| {
        d.disagreements.iter().any(|x| {
            let vals: Vec<u64> = x.claims.iter().filter_map(|id| d.claim(id)).filter_map(|c| c.value).collect();
            vals.contains(&a.parse().unwrap()) && vals.contains(&b.parse().unwrap())
        })
    };
    assert!(involves("538", "544"));
    assert!(involves("646", "2003"));
    assert!(d.disagreements.iter().any(|x| x.summary.contains("4,521")), "the 4,521 vs 4,519 breakdown");
    assert!(d.disagreements.iter().any(|x| x.summary.contains("22:00") && !x.events.is_empty()), "blackout start 20:00 vs 22:00");
}

#[test]
fn the_figures_the_issue_names_are_there() {
    let d = shipped();
    let has = |claimant: &str, date: &str, value: u64, basis: Basis| {
        d.claims.iter().any(|c| c.claimant == claimant && c.published == Some(day(date)) && c.value == Some(value) && c.basis == basis)
    };
    assert!(has("iran-officials-anonymous", "2026-01-13", 2000, Basis::Estimate));
    assert!(has("iran-officials-anonymous", "2026-01-18", 5000, Basis::AtLeast));
    assert!(has("iran-government", "2026-01-21", 3117, Basis::Official));
    assert!(has("iran-government", "2026-02-01", 2986, Basis::Official));
    assert!(has("hrana", "2026-02-12", 7002, Basis::AtLeast));
    assert!(has("hrana", "2026-01-05", 29, Basis::AtLeast));
    let split = d.claims.iter().find(|c| c.value == Some(3117) && c.published == Some(day("2026-01-21"))).unwrap();
    let parts: Vec<u64> = split.breakdown.iter().map(|p| p.value).collect();
    assert_eq!(parts, vec![2427, 690]);
}

#[test]
fn how_each_figure_was_arrived_at_is_recorded_apart_from_its_wording() {
    use explainer_core::model::{ClaimantKind, Method};
    let d = shipped();
    let method = |id: &str| d.claim(id).unwrap_or_else(|| panic!("{id}")).method;
    // The audit's examples: "at least" figures nobody could check are not documented counts.
    assert_eq!(d.claim("iran-international-2026-01-13").unwrap().basis, Basis::AtLeast);
    assert_eq!(method("iran-international-2026-01-13"), Method::Unverified);
    assert_eq!(d.claim("iran-officials-anonymous-2026-01-18").unwrap().basis, Basis::AtLeast);
    assert_eq!(method("iran-officials-anonymous-2026-01-18"), Method::Unverified);
    assert_eq!(method("hrana-2026-02-12"), Method::Documented);
    assert_eq!(method("iran-government-2026-01-21"), Method::Official);
    // Only the state states on the record; every estimate or range is unverified.
    for c in &d.claims {
        let kind = d.claimant(&c.claimant).unwrap().kind;
        assert_eq!(c.method == Method::Official, kind == ClaimantKind::Government && c.claimant == "iran-government", "{}", c.id);
        if matches!(c.basis, Basis::Estimate | Basis::Range) {
            assert_eq!(c.method, Method::Unverified, "{}", c.id);
        }
    }
}

#[test]
fn the_records_issue_9_names_are_there_with_sources() {
    let d = shipped();
    let sato = d.claim("un-sato-2026-01-20").expect("the UN rapporteur's estimate");
    assert_eq!((sato.value, sato.basis, sato.published), (Some(5000), Basis::AtLeast, Some(day("2026-01-20"))));
    assert!(sato.other_figures.iter().any(|p| p.value == 20000));
    let ihr = d.claim("ihr-2026-01-11").expect("IHR's 192");
    assert_eq!(ihr.value, Some(192));
    let list = d.claim("iran-government-2026-02-03").expect("the updated names list");
    assert_eq!((list.value, list.counts), (Some(3039), explainer_core::model::Counts::NamedVictims));
    assert!(d.disagreements.iter().any(|x| x.summary.contains("2,985") && x.claims.contains(&"iran-government-2026-02-01".to_string())));
    let parasta = d.shared_origins.iter().find(|o| o.origin.contains("Parasta")).expect("the shared origin");
    assert!(parasta.claims.contains(&"sunday-times-2026-01-18".into()) && parasta.claims.contains(&"time-2026-01-25".into()));
    assert!(d.disagreements.iter().any(|x| x.summary.contains("25,022") && x.claims.contains(&"hrana-2026-02-12".into())));
    let hengaw = d.claim("hengaw-2026-01-06").unwrap();
    assert!(hengaw.summary.contains("at least 27"));
}

#[test]
fn headline_is_latest_official_against_latest_independent() {
    let d = shipped();
    let h = headline(&d).expect("a headline");
    assert_eq!(h.official.claim.value, Some(3117));
    // The foreign minister's restatement of 21 Feb is known only from copies (medium): the headline keeps the
    // statement that issued the figure.
    assert_eq!(h.official.claim.published, Some(day("2026-01-21")));
    assert_eq!(h.independent.claim.value, Some(7002));
    assert_eq!(h.independent.claim.published, Some(day("2026-02-12")));
    assert_eq!(h.difference, 7002 - 3117);
    assert!((h.ratio - 7002.0 / 3117.0).abs() < 1e-12);
}

#[test]
fn latest_figure_per_claimant_as_of_a_day() {
    let d = shipped();
    let v = |claimant: &str, date: &str| latest_as_of(&d, claimant, day(date)).and_then(|c| c.value);
    assert_eq!(v("hrana", "2026-01-04"), None);
    assert_eq!(v("hrana", "2026-01-05"), Some(29));
    // Two snapshots on 11 Jan (538, then 544) and on 13 Jan (646, then 2,003): the later listed wins.
    assert_eq!(v("hrana", "2026-01-11"), Some(544));
    assert_eq!(v("hrana", "2026-01-13"), Some(2003));
    assert_eq!(v("hrana", "2026-01-20"), Some(4519));
    assert_eq!(v("ihr", "2026-01-19"), Some(3428));
    assert_eq!(v("iran-government", "2026-01-20"), Some(300));
    assert_eq!(v("iran-government", "2026-01-21"), Some(3117));
    let all = latest_per_claimant(&d, day("2026-01-14"));
    assert!(all.iter().all(|c| c.plot_date() <= day("2026-01-14")));
    assert!(all.iter().any(|c| c.claimant == "cbs-news"));
}

#[test]
fn a_byte_order_mark_and_a_same_day_end_are_accepted() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/small.json")).unwrap();
    assert!(load(&format!("\u{feff}{text}")).is_ok(), "a BOM is not an error");
    let same_day = text.replace("\"end\": \"2026-01-20\"", "\"end\": \"2026-01-08\"");
    assert_ne!(same_day, text);
    assert!(load(&same_day).is_ok(), "an end date on the start's day is fine");
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_parsing() {
    let big = format!("{{\"schema_version\": 3, \"pad\": \"{}\"}}", "x".repeat(explainer_core::validate::MAX_BYTES));
    let problems = load(&big).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert!(problems[0].message.contains("at most 5242880 bytes"), "{}", problems[0]);
}
