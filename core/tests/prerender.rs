//! The prerendered page on the host: it is written from the same view models and chart drawing as the app, in each
//! edition, on both datasets; it escapes every piece of dataset text; running the step again gives the same page.

use explainer_core::chart::{self, ChartView};
use explainer_core::edition::EDITIONS;
use explainer_core::icu_format::IcuFormatter;
use explainer_core::model::Dataset;
use explainer_core::prerender::{self, END, FIRST_SCREEN, NARROW, START, WIDE};
use explainer_core::strings::Strings;
use explainer_core::translate::for_edition;
use explainer_core::validate::load;
use explainer_core::view::{records, summary};

const DATASETS: [(&str, &str); 2] =
    [("../public/data/iran-2026.json", "../public/data/iran-2026.fa.json"), ("tests/fixtures/small.json", "tests/fixtures/small.fa.json")];

const TEMPLATE: &str = "<!doctype html><html lang=\"en\" dir=\"ltr\"><head><title>x</title><meta name=\"description\" content=\"y\" />\
<!--preload--><!--/preload--></head><body><!--prerender--><main id=\"static\"></main><!--/prerender--><div id=\"app\"></div></body></html>";

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Each dataset in each edition, with that edition's formatter.
fn editions() -> Vec<(Dataset, &'static Strings, IcuFormatter)> {
    let mut out = Vec::new();
    for (data, text) in DATASETS {
        let d = load(&read(data)).expect("valid").dataset;
        for s in EDITIONS {
            let fmt = IcuFormatter::new(s.intl_locale, s.number_grouping).expect("formatter");
            let translation = (s.lang != "en").then(|| read(text));
            let d = for_edition(&d, translation.as_deref(), &fmt, s).0;
            out.push((d, s, fmt));
        }
    }
    out
}

/// Text as the page's markup escapes it.
fn esc(s: &str) -> String {
    explainer_core::markup::escape(s)
}

#[test]
fn the_page_holds_what_the_view_models_say() {
    for (d, s, fmt) in editions() {
        let page = prerender::page(TEMPLATE, &d, &fmt, s, "other.html", &["<link rel=\"preload\">".to_string()]).expect("page");
        assert!(page.contains(&format!("<html lang=\"{}\" dir=\"{}\"", s.lang, s.dir)), "{}", s.lang);
        assert!(page.contains(&format!("<title>{}</title>", esc(&d.meta.title))));
        assert!(page.contains(&format!("content=\"{}\"", esc(&d.meta.lede))));
        assert!(page.contains("<!--preload--><link rel=\"preload\"><!--/preload-->"));
        // The headline figures and the gap, exactly as the summary view model words them.
        let v = summary::summary(&d, &fmt, s).expect("a headline pair");
        for text in [&v.official.figure, &v.official.when, &v.independent.figure, &v.independent.counts, &v.gap] {
            assert!(page.contains(&esc(text)), "{}: {text}", s.lang);
        }
        // The still chart is the chart the app draws, at both widths, ids apart.
        for w in [NARROW, WIDE] {
            let view = ChartView { id: format!("still-{w}"), ..ChartView::default() };
            assert!(page.contains(&chart::draw(&d, &fmt, s, w, &view).svg), "{}: the chart at {w} px", s.lang);
        }
        // The blackout's events and every claim's sources, as links.
        let b = records::blackout(&d, &fmt, s).expect("a blackout");
        for e in b.events.iter().flat_map(|(_, e)| e) {
            assert!(page.contains(&esc(&e.summary)));
        }
        for k in &d.claims {
            for id in &k.sources {
                let url = &d.sources.iter().find(|x| &x.id == id).expect("source").url;
                assert!(page.contains(&format!("href=\"{}\"", esc(url))), "{url}");
            }
        }
        assert!(page.contains(&esc(s.static_needs_js)));
        // The first screen ends after the chart, before the blackout.
        let first = page.find(FIRST_SCREEN).expect("the first screen's end");
        assert!(page.find("data-static-section=\"chart\"").expect("chart") < first);
        assert!(page.find("data-static-section=\"blackout\"").expect("blackout") > first);
        // The app's own test ids are the live page's only, but for the masthead's switch, which the app keeps.
        assert_eq!(page.matches("data-testid").count(), 1, "{}", s.lang);
        assert!(page.contains("data-testid=\"edition-switch\""));
    }
}

#[test]
fn running_it_again_gives_the_same_page() {
    for (d, s, fmt) in editions() {
        let once = prerender::page(TEMPLATE, &d, &fmt, s, "o.html", &[]).expect("page");
        let twice = prerender::page(&once, &d, &fmt, s, "o.html", &[]).expect("page");
        assert_eq!(once, twice);
        assert_eq!(once.matches(START).count(), 1);
        assert_eq!(once.matches(END).count(), 1);
    }
}

#[test]
fn dataset_text_is_text() {
    let (mut d, s, fmt) = editions().swap_remove(0);
    d.meta.title = "<script>alert(1)</script>".into();
    d.meta.lede = "\"><img src=x onerror=alert(1)>".into();
    if let Some(c) = d.claimants.first_mut() {
        c.name = "<b>bold</b>".into();
    }
    let page = prerender::page(TEMPLATE, &d, &fmt, s, "o.html", &[]).expect("page");
    assert!(!page.contains("<script>alert"));
    assert!(!page.contains("<img src=x"));
    assert!(!page.contains("<b>bold"));
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

#[test]
fn a_page_without_its_markers_is_refused() {
    let (d, s, fmt) = editions().swap_remove(0);
    let err = prerender::page("<html><head><title></title></head><body></body></html>", &d, &fmt, s, "o.html", &[]).unwrap_err();
    assert!(err.contains("description") || err.contains("prerender") || err.contains("preload"), "{err}");
}
