//! The built pages on the host: every door is rendered by the app's components from the same view models and chart
//! drawing the browser uses, in each edition, on more than one dataset; each shows its own view; dataset text is
//! text; running the step again gives the same page.

use std::sync::Arc;

use explainer_build::icu_format::IcuFormatter;
use explainer_build::{render, shell};
use explainer_core::chart::{self, ChartView};
use explainer_core::door::{self, Door};
use explainer_core::edition::EDITIONS;
use explainer_core::markup::escape;
use explainer_core::params::EmbedView;
use explainer_core::strings::Strings;
use explainer_core::translate::for_edition;
use explainer_core::validate::{load, Loaded};
use explainer_core::view::{embed, records, summary};

const DATASETS: [(&str, &str); 3] = [
    ("../public/data/iran-2026.json", "../public/data/iran-2026.fa.json"),
    ("../public/data/iran-2019.json", "../public/data/iran-2019.fa.json"),
    ("../core/tests/fixtures/small.json", "../core/tests/fixtures/small.fa.json"),
];

const TEMPLATE: &str = "<!doctype html><html lang=\"en\" dir=\"ltr\"><head><title>x</title><meta name=\"description\" content=\"y\" />\
<!--preload--><!--/preload--></head><body><!--app--><div id=\"app\"></div><!--/app--></body></html>";

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Each dataset in each edition, with that edition's formatter.
fn editions() -> Vec<(Arc<Loaded>, &'static Strings, IcuFormatter)> {
    let mut out = Vec::new();
    for (data, text) in DATASETS {
        let loaded = load(&read(data)).expect("valid");
        for s in EDITIONS {
            let fmt = IcuFormatter::new(s.intl_locale, s.number_grouping).expect("formatter");
            let translation = (s.lang != "en").then(|| read(text));
            let dataset = for_edition(&loaded.dataset, translation.as_deref(), &fmt, s).0;
            out.push((Arc::new(Loaded { dataset, warnings: Vec::new() }), s, fmt));
        }
    }
    out
}

fn rendered(loaded: &Arc<Loaded>, door: &Door) -> String {
    render::init();
    render::door(door, loaded.clone(), Arc::new(String::new()), false, 270_000)
}

/// Text as the page's markup escapes it.
fn esc(s: &str) -> String {
    escape(s)
}

#[test]
fn the_whole_page_holds_what_the_view_models_say() {
    for (loaded, s, fmt) in editions() {
        let d = &loaded.dataset;
        let page = rendered(&loaded, &Door::page("data/x.json", true, s));
        assert!(page.contains(&esc(&d.meta.title)) && page.contains(&esc(&d.meta.lede)), "{}", s.lang);
        // The headline figures and the gap, exactly as the summary view model words them.
        if let Some(v) = summary::summary(d, &fmt, s) {
            for text in [&v.official.figure, &v.official.when, &v.independent.figure, &v.independent.counts, &v.gap] {
                assert!(page.contains(&esc(text)), "{}: {text}", s.lang);
            }
        }
        // The chart as stills, the chart the app draws at a phone and a wide width, ids apart.
        for w in [360, 880] {
            let view = ChartView { id: format!("chart-still-{w}"), ..ChartView::default() };
            let still = chart::draw(d, &fmt, s, w, &view).svg.replacen(
                "class=\"chart\"",
                "class=\"chart-still\" preserveAspectRatio=\"xMidYMin meet\"",
                1,
            );
            assert!(page.contains(&still), "{}: the chart at {w} px", s.lang);
        }
        // The blackout's events and every claim's sources, as links.
        if let Some(b) = records::blackout(d, &fmt, s) {
            for e in b.events.iter().flat_map(|(_, e)| e) {
                assert!(page.contains(&esc(&e.summary)));
            }
        }
        for k in &d.claims {
            for id in &k.sources {
                let url = &d.sources.iter().find(|x| &x.id == id).expect("source").url;
                assert!(page.contains(&format!("href=\"{}\"", esc(url))), "{url}");
            }
        }
        // A reader who saves data is offered the app with its size (hidden until the loader shows it).
        let (note, offer) = explainer_core::view::page::save_data(270_000, &fmt, s);
        assert!(page.contains(&esc(&note)) && page.contains(&esc(&offer)), "{}", s.lang);
        // The switch goes to the other edition's page.
        let other = EDITIONS.into_iter().find(|o| o.lang == s.switch_lang).expect("the other edition");
        assert!(page.contains(&format!("href=\"{}\"", Door::page("data/x.json", true, other).file())), "{}", s.lang);
    }
}

#[test]
fn each_embed_view_is_its_view_alone() {
    for (loaded, s, _) in editions() {
        let d = &loaded.dataset;
        let page_door = Door::page("data/x.json", false, s);
        for v in embed::offered(d) {
            let page = rendered(&loaded, &page_door.with_view(Some(v)));
            assert!(page.contains(&format!("data-view=\"{}\"", v.name())), "{} {}", s.lang, v.name());
            assert!(!page.contains("class=\"masthead\""), "{} {}: no page chrome in an embed", s.lang, v.name());
            assert!(!page.contains("data-testid=\"embed-codes\""), "{} {}", s.lang, v.name());
            // Its link to the whole explainer goes to the story's page in the same edition.
            assert!(page.contains(&format!("href=\"{}\"", page_door.file())), "{} {}", s.lang, v.name());
            let has = |testid: &str| page.contains(&format!("data-testid=\"{testid}\""));
            match v {
                EmbedView::Story => assert!(has("story") && !has("toll-chart")),
                EmbedView::Chart | EmbedView::Table => assert!(has("time-window") && !has("story")),
                EmbedView::Summary => assert!(has("summary") && !has("time-window")),
                EmbedView::Blackout => assert!(!has("time-window") && !has("story")),
            }
        }
    }
}

#[test]
fn the_shell_is_filled_and_running_it_again_gives_the_same_page() {
    let (loaded, s, _) = editions().swap_remove(1);
    let door = Door::page("data/x.json", true, s);
    let root = shell::root(&door, "data/x.json", "0123456789abcdef", 270_000, &rendered(&loaded, &door));
    let head = shell::Head { title: &loaded.dataset.meta.title, description: &loaded.dataset.meta.lede, preloads: &[] };
    let once = shell::page(TEMPLATE, s, &head, &root).expect("page");
    assert!(once.contains(&format!("<html lang=\"{}\" dir=\"{}\">", s.lang, s.dir.attr())));
    assert!(once.contains(&format!("<title>{}</title>", esc(&loaded.dataset.meta.title))));
    assert!(once.contains("data-dataset=\"data/x.json\" data-home=\"data/x.json\" data-edition=\"fa\" data-built=\"0123456789abcdef\""));
    let twice = shell::page(&once, s, &head, &root).expect("page");
    assert_eq!(once, twice);
    assert_eq!(once.matches(shell::START).count(), 1);
    assert!(shell::page("<html><head><title></title></head><body></body></html>", s, &head, &root).is_err(), "no markers");
}

#[test]
fn dataset_text_is_text() {
    let (loaded, s, _) = editions().swap_remove(0);
    let mut d = loaded.dataset.clone();
    d.meta.title = "<script>alert(1)</script>".into();
    d.meta.lede = "\"><img src=x onerror=alert(1)>".into();
    if let Some(c) = d.claimants.first_mut() {
        c.name = "<b>bold</b>".into();
    }
    let loaded = Arc::new(Loaded { dataset: d, warnings: Vec::new() });
    let page = rendered(&loaded, &Door::page("data/x.json", true, s));
    assert!(!page.contains("<script>alert"));
    assert!(!page.contains("<img src=x"));
    assert!(!page.contains("<b>bold"));
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

#[test]
fn every_door_of_a_build_has_a_file() {
    let doors = door::all("data/iran-2026.json", &["data/iran-2019.json".to_string()]);
    assert!(doors.iter().any(|d| d.file() == "index.html" && d.home));
    assert!(doors.iter().any(|d| d.file() == "iran-2019.embed-chart.fa.html"));
}
