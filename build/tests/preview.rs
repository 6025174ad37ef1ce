//! The link preview on the host, for each edition of the shipped dataset and of the fixture: the image shows the
//! headline figures exactly as the summary's view model words them (each number formatted by the edition's
//! formatter from the dataset's value), their dates, who gave them, and the chart with its blackout band; the PNG is
//! 1200 × 630 and under 150 KB, every glyph is drawn, and no text leaves its column or runs into another; the page
//! carries the tags, escaped, with the image's absolute address when the site's address is given.

use explainer_build::icu_format::IcuFormatter;
use explainer_build::preview::{self, HEIGHT, MAX_BYTES, WIDTH};
use explainer_core::chart::{self, ChartView};
use explainer_core::derive;
use explainer_core::edition::EDITIONS;
use explainer_core::format::Formatter;
use explainer_core::markup::escape;
use explainer_core::model::{Dataset, Service};
use explainer_core::strings::Strings;
use explainer_core::translate::for_edition;
use explainer_core::validate::load;
use explainer_core::view::summary;
use resvg::usvg::{Group, Node};

const DATASETS: [(&str, &str, &str); 2] = [
    ("shipped", "../public/data/iran-2026.json", "../public/data/iran-2026.fa.json"),
    ("small", "../core/tests/fixtures/small.json", "../core/tests/fixtures/small.fa.json"),
];

const TEMPLATE: &str = "<!doctype html><html lang=\"en\" dir=\"ltr\"><head><title>x</title><meta name=\"description\" content=\"y\" />\
<!--preload--><!--/preload--></head><body><!--prerender--><main id=\"static\"></main><!--/prerender--><div id=\"app\"></div></body></html>";

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap_or_else(|e| panic!("{path}: {e}"))
}

struct Case {
    name: &'static str,
    d: Dataset,
    s: &'static Strings,
    fmt: IcuFormatter,
}

/// Each dataset in each edition (translated), with that edition's formatter.
fn cases() -> Vec<Case> {
    let mut out = Vec::new();
    for (name, data, text) in DATASETS {
        let d = load(&read(data)).expect("valid").dataset;
        for s in EDITIONS {
            let fmt = IcuFormatter::new(s.intl_locale, s.number_grouping).expect("formatter");
            let translation = (s.lang != "en").then(|| read(text));
            let d = for_edition(&d, translation.as_deref(), &fmt, s).0;
            out.push(Case { name, d, s, fmt });
        }
    }
    out
}

/// The text of the SVG's `<text id="{id}">`, its isolating marks removed and its markup unescaped.
fn text_of(svg: &str, id: &str) -> Option<String> {
    let at = svg.find(&format!("<text id=\"{id}\""))?;
    let open = at + svg[at..].find('>')? + 1;
    let close = open + svg[open..].find("</text>")?;
    let t: String = svg[open..close].chars().filter(|c| !('\u{2066}'..='\u{2069}').contains(c)).collect();
    Some(t.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&"))
}

/// The lines `{prefix}-0`, `{prefix}-1`… joined with spaces (a text the layout wrapped).
fn lines(svg: &str, prefix: &str) -> String {
    (0..).map_while(|i| text_of(svg, &format!("{prefix}-{i}"))).collect::<Vec<_>>().join(" ")
}

#[test]
fn the_image_shows_the_headline_figures_as_the_summary_words_them() {
    for c in cases() {
        let (d, s, fmt) = (&c.d, c.s, &c.fmt);
        let what = format!("{} {}", c.name, s.lang);
        let p = preview::preview(d, fmt, s);
        let v = summary::summary(d, fmt, s).expect("a headline pair");
        let h = derive::headline(d).expect("a headline pair");
        assert_eq!(lines(&p.svg, "preview-title"), d.meta.title, "{what}: the title");
        for (n, card, figure) in [(0, &v.official, &h.official), (1, &v.independent, &h.independent)] {
            // Who gave it, the figure in its own terms (with its hedge), and when: the summary card's words.
            assert_eq!(lines(&p.svg, &format!("preview-card{n}-label")), card.label, "{what}: card {n}'s label");
            assert_eq!(text_of(&p.svg, &format!("preview-card{n}-figure")).as_deref(), Some(card.figure.as_str()), "{what}: card {n}");
            assert_eq!(lines(&p.svg, &format!("preview-card{n}-when")), card.when, "{what}: card {n}'s dates");
            // The number is the dataset's, formatted by the edition's formatter; the date is the claim's.
            let value = fmt.integer(figure.claim.value.expect("a value"));
            assert!(card.figure.contains(&value), "{what}: {} lacks {value}", card.figure);
            let date = fmt.date(figure.claim.plot_date());
            assert!(card.when.contains(&date), "{what}: {} lacks {date}", card.when);
            // The alt text says the same.
            for t in [&card.label, &card.figure, &card.when] {
                assert!(p.alt.contains(t.as_str()), "{what}: the alt text lacks {t}");
            }
        }
        // The claimant of the independent count is named.
        let claimant = d.claimant(&h.independent.claim.claimant).expect("claimant");
        assert!(v.independent.label.contains(&claimant.short_name), "{what}");
        // The chart is the page's, drawn for the preview, with the blackout band of every internet cut.
        let view = ChartView { id: "preview".to_string(), ..ChartView::default() };
        assert!(p.svg.contains(&chart::draw(d, fmt, s, preview::CHART_WIDTH, &view).svg), "{what}: the chart");
        let cuts: Vec<_> = d.blackout_events.iter().filter(|e| e.services.contains(&Service::Internet)).collect();
        assert!(!cuts.is_empty(), "{what}: the dataset has a cut");
        for e in cuts {
            assert!(p.svg.contains(&format!("class=\"blackout-band\" data-event=\"{}\"", escape(&e.id))), "{what}: {}'s band", e.id);
            assert!(p.alt.contains(&fmt.date(e.start.date)), "{what}: the alt text lacks the cut's date");
        }
        assert!(p.alt.contains(&d.meta.title), "{what}");
        if s.lang == "fa" {
            let words: String = (0..2).map(|n| text_of(&p.svg, &format!("preview-card{n}-figure")).unwrap_or_default()).collect();
            assert!(!words.chars().any(|c| c.is_ascii_digit()), "{what}: {words}");
            assert!(!p.alt.chars().any(|c| c.is_ascii_digit()), "{what}: {}", p.alt);
        }
    }
}

/// Every `Text` node under `g`, in document order.
fn texts(g: &Group, out: &mut Vec<resvg::usvg::Text>) {
    for n in g.children() {
        match n {
            Node::Group(g) => texts(g, out),
            Node::Text(t) => out.push((**t).clone()),
            _ => {}
        }
    }
}

#[test]
fn the_png_is_1200_by_630_under_150_kb_with_every_text_drawn_in_its_place() {
    let fonts = preview::load_fonts().expect("the preview's fonts (scripts/setup.sh installs them)");
    for c in cases() {
        let (d, s, fmt) = (&c.d, c.s, &c.fmt);
        let what = format!("{} {}", c.name, s.lang);
        let (p, png) = preview::render(d, fmt, s, &fonts).expect("rendered");
        // Written beside the test build, to look at.
        let out = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("preview-{}-{}.png", c.name, s.lang));
        std::fs::write(&out, &png).expect("written");
        println!("{what}: {} bytes ({})", png.len(), out.display());
        assert!(png.len() < MAX_BYTES, "{what}: {} bytes", png.len());
        let reader = png::Decoder::new(std::io::Cursor::new(&png)).read_info().expect("a PNG");
        assert_eq!((reader.info().width, reader.info().height), (WIDTH, HEIGHT), "{what}");

        let tree = preview::tree(&p.svg, &fonts).expect("parsed");
        let mut all = Vec::new();
        texts(tree.root(), &mut all);
        // Every glyph is in one of the fonts (none drawn as a missing-glyph box or left out).
        for t in &all {
            for g in t.layouted().iter().flat_map(|span| &span.positioned_glyphs) {
                let invisible = g.text.chars().all(|c| c.is_whitespace() || ('\u{2066}'..='\u{2069}').contains(&c) || c == '\u{200c}');
                assert!(invisible || g.id.0 != 0, "{what}: no glyph for {:?} in {:?}", g.text, t.id());
            }
        }
        // The title and the cards stay inside the text column, top to bottom, none running into the next.
        let (left, right) = preview::text_column(s);
        let ours: Vec<_> = all.iter().filter(|t| t.id().starts_with("preview-")).collect();
        assert!(ours.len() >= 7, "{what}: {} texts", ours.len());
        let mut above = 0.0f32;
        for t in ours {
            let b = t.flattened().abs_bounding_box();
            assert!(b.left() >= left as f32 - 1.0 && b.right() <= right as f32 + 1.0, "{what}: {} leaves its column: {b:?}", t.id());
            assert!(b.top() >= above - 1.0, "{what}: {} runs into the text above it ({b:?}, above ends at {above})", t.id());
            assert!(b.bottom() <= HEIGHT as f32 - 8.0, "{what}: {} is cut off: {b:?}", t.id());
            above = b.bottom();
        }
        // The chart is inside the image and beside the column, never under it.
        let Some(Node::Group(chart)) = tree.node_by_id("preview-chart") else { panic!("{what}: no chart") };
        let b = chart.abs_bounding_box();
        assert!(b.left() >= 0.0 && b.top() >= 0.0 && b.right() <= WIDTH as f32 && b.bottom() <= HEIGHT as f32, "{what}: {b:?}");
        assert!(b.right() < left as f32 || b.left() > right as f32, "{what}: the chart overlaps the text: {b:?}");
    }
}

#[test]
fn the_page_carries_the_tags_escaped_with_the_image_at_its_absolute_address() {
    for c in cases() {
        let s = c.s;
        let what = format!("{} {}", c.name, s.lang);
        // Markup in the dataset's text stays text.
        let mut d = c.d.clone();
        d.meta.title = format!("{} <b title=\"x\">&amp;</b>", d.meta.title);
        d.meta.lede = format!("{} \"<script>\"", d.meta.lede);
        let p = preview::preview(&d, &c.fmt, s);
        let other = EDITIONS.into_iter().find(|o| o.lang == s.switch_lang);
        let page = TEMPLATE.to_string();
        let (file, image) = (if s.lang == "en" { "index.html" } else { "fa.html" }, preview::file_of(s));
        let tag = |attr: &str, key: &str, value: &str| format!("<meta {attr}=\"{key}\" content=\"{}\" />", escape(value));

        let site = preview::site_url("https://example.org/news/toll").expect("an address");
        assert_eq!(site, "https://example.org/news/toll/");
        let html = preview::splice(&page, &preview::tags(&d, s, other, &p.alt, Some(&site), "0123abcd", file, &image)).expect("spliced");
        let head = &html[..html.find("</head>").expect("a head")];
        for t in [
            tag("property", "og:type", "article"),
            tag("property", "og:title", &d.meta.title),
            tag("property", "og:description", &d.meta.lede),
            tag("property", "og:locale", &s.intl_locale.replace('-', "_")),
            tag("property", "og:image", &format!("https://example.org/news/toll/preview-{}.png?v=0123abcd", s.lang)),
            tag("property", "og:image:type", "image/png"),
            tag("property", "og:image:width", "1200"),
            tag("property", "og:image:height", "630"),
            tag("property", "og:image:alt", &p.alt),
            tag("name", "twitter:card", "summary_large_image"),
            tag("name", "twitter:image:alt", &p.alt),
        ] {
            assert!(head.contains(&t), "{what}: the page's head lacks {t}");
        }
        let url = if s.lang == "en" { site.clone() } else { format!("{site}fa.html") };
        assert!(head.contains(&tag("property", "og:url", &url)), "{what}: og:url");
        assert!(head.contains("&lt;b title=&quot;x&quot;&gt;&amp;amp;&lt;/b&gt;"), "{what}: the title escaped");
        assert!(!html.contains("<b title") && !html.contains("\"<script>"), "{what}: unescaped dataset text");
        // Run again (the build's step can): the same page.
        let again = preview::splice(&html, &preview::tags(&d, s, other, &p.alt, Some(&site), "0123abcd", file, &image)).expect("spliced");
        assert_eq!(again, html, "{what}: splicing twice");

        // Without the setting: the tags that need no address; no image (scrapers ignore a relative one).
        let html = preview::splice(&page, &preview::tags(&d, s, other, &p.alt, None, "0123abcd", file, &image)).expect("spliced");
        assert!(html.contains(&tag("property", "og:title", &d.meta.title)) && html.contains(&tag("name", "twitter:card", "summary")));
        assert!(!html.contains("og:image") && !html.contains("og:url") && !html.contains("twitter:image"), "{what}");
    }
}

#[test]
fn the_site_setting_is_an_absolute_http_address() {
    assert_eq!(preview::site_url("https://example.org/explainer/").as_deref(), Ok("https://example.org/explainer/"));
    assert_eq!(preview::site_url(" http://127.0.0.1:8080 ").as_deref(), Ok("http://127.0.0.1:8080/"));
    for bad in [
        "",
        "example.org/explainer/",
        "/explainer/",
        "ftp://example.org/",
        "https://",
        "https:///x",
        "https://e.org/?a=1",
        "https://e.org/#x",
        "https://e.org/\"x",
        "https://e.org/a b/",
    ] {
        let e = preview::site_url(bad).expect_err(bad);
        assert!(e.contains(preview::SITE_URL_VAR), "{e}");
    }
}

#[test]
fn the_fingerprint_follows_the_image() {
    assert_eq!(preview::fingerprint(b"a"), preview::fingerprint(b"a"));
    assert_ne!(preview::fingerprint(b"a"), preview::fingerprint(b"b"));
    assert_eq!(preview::fingerprint(b"").len(), 16);
}
