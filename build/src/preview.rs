//! The link preview: the image and the tags a messenger or a social network reads when someone shares the page
//! (Telegram, WhatsApp, X, Facebook…). The image (1200 × 630) is drawn from the same view model as the page's
//! summary cards (the official toll against the latest independent count: each figure in its own terms, who gave
//! it, when) beside the chart the page draws (`chart::draw`, with its blackout band), in the edition's language,
//! direction and font; [`rasterise`] turns it into a PNG with resvg and fonts loaded from files (never the
//! system's). [`tags`] writes the Open Graph and X tags, [`splice`] puts them into a page. Host only: run by
//! `build/src/bin/ssg.rs`.
//!
//! Every word in the image comes from the locale's strings or the dataset, every number and date through the
//! edition's formatter; every text is escaped.

use explainer_core::chart::{self, geometry::claimant_colour_in, ChartView, Theme};
use explainer_core::format::Formatter;
use explainer_core::markup::escape;
use explainer_core::model::Dataset;
use explainer_core::strings::{fill, Dir, Strings};
use explainer_core::view::{page, summary};

/// The image's size: the 1.91:1 that Open Graph consumers crop to.
pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;
/// The most the PNG may weigh (scrapers drop or shrink larger images; WhatsApp is the strictest).
pub const MAX_BYTES: usize = 150 * 1024;
/// The width the chart is laid out at before it is scaled into its box (the geometry's wide layout).
pub const CHART_WIDTH: u32 = 580;

/// Where the tags go in a page: everything between these markers is replaced (the step can run again).
pub const START: &str = "<!--og-->";
pub const END: &str = "<!--/og-->";

/// The environment variable that gives the site's public address (where `index.html` is served).
pub const SITE_URL_VAR: &str = "EXPLAINER_SITE_URL";

const MARGIN: i32 = 56;
/// The column of text (title and figures) beside the chart.
const TEXT_WIDTH: i32 = 500;
const PAPER: &str = "#ffffff";
const INK: &str = "#1a1a1a";
const MUTED: &str = "#555555";
const RULE: &str = "#d9d9d9";

/// The image file of an edition, beside its page: `preview-en.png`, `preview-fa.png`.
pub fn file_of(s: &Strings) -> String {
    format!("preview-{}.png", s.lang)
}

/// The image of another story than the site's own (`preview-iran-2019-fa.png`).
pub fn file_of_story(story: &str, s: &Strings) -> String {
    format!("preview-{story}-{}.png", s.lang)
}

/// Open Graph's locale: `en_GB`, `fa_IR`.
pub fn og_locale(s: &Strings) -> String {
    s.intl_locale.replace('-', "_")
}

/// A drawn preview: the SVG, and the text that says what it shows (`og:image:alt`).
#[derive(Debug, Clone, PartialEq)]
pub struct Preview {
    pub svg: String,
    pub alt: String,
}

/// An estimate of a text's width in pixels at `size`, from Vazirmatn's advances by kind of character (measured:
/// lower-case Latin 0.50 em, capitals 0.64, digits 0.55–0.56, Persian letters 0.40–0.47 in running text and up to
/// 0.6 in a bold figure), with 5 % to spare. The core has no fonts to measure with; the host test measures the
/// rendered image and fails if any text leaves its column.
fn est_width(text: &str, size: f64, bold: bool) -> f64 {
    let em: f64 = text
        .chars()
        .map(|c| match c {
            '\u{200c}' | '\u{200d}' | '\u{2066}'..='\u{2069}' => 0.0,
            ' ' => 0.26,
            ',' | '.' | '\'' | '’' | ':' | ';' | '،' | '٬' | '٫' => 0.25,
            '0'..='9' | '۰'..='۹' => 0.57,
            'A'..='Z' => 0.66,
            'a'..='z' => 0.52,
            '\u{0600}'..='\u{06ff}' => 0.56,
            _ => 0.62,
        })
        .sum();
    em * size * if bold { 1.07 } else { 1.05 }
}

/// Splits `text` into lines no wider than `width` (estimated), at spaces; at most `max` lines, the last one
/// keeping whatever is left.
fn wrap(text: &str, size: f64, bold: bool, width: f64, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let candidate = if line.is_empty() { word.to_string() } else { format!("{line} {word}") };
        if !line.is_empty() && est_width(&candidate, size, bold) > width && lines.len() + 1 < max {
            lines.push(std::mem::replace(&mut line, word.to_string()));
        } else {
            line = candidate;
        }
    }
    lines.push(line);
    lines
}

/// The layout's mirror: in a right-to-left edition the text column is on the right and starts at its right edge,
/// the chart on the left (the chart itself runs left to right in every edition, as on the page).
struct Side {
    rtl: bool,
}

impl Side {
    /// The x of the text column's start edge.
    fn text_x(&self) -> i32 {
        if self.rtl {
            WIDTH as i32 - MARGIN
        } else {
            MARGIN
        }
    }
    /// `dx` pixels from the start edge, into the column.
    fn inward(&self, x: i32, dx: i32) -> i32 {
        if self.rtl {
            x - dx
        } else {
            x + dx
        }
    }
    /// The chart's box: left, top, width, height.
    fn chart_box(&self) -> (i32, i32, i32, i32) {
        let w = WIDTH as i32 - 2 * MARGIN - TEXT_WIDTH - 40;
        let left = if self.rtl { MARGIN - 16 } else { WIDTH as i32 - MARGIN - w + 16 };
        (left, 28, w, HEIGHT as i32 - 56)
    }
}

/// The text column's left and right edges in an edition (the title and the figures stay inside it).
pub fn text_column(s: &Strings) -> (i32, i32) {
    if s.dir == Dir::Rtl {
        (WIDTH as i32 - MARGIN - TEXT_WIDTH, WIDTH as i32 - MARGIN)
    } else {
        (MARGIN, MARGIN + TEXT_WIDTH)
    }
}

/// The chart's box in an edition: left, top, width, height (the chart is scaled to fit it).
pub fn chart_box(s: &Strings) -> (i32, i32, i32, i32) {
    Side { rtl: s.dir == Dir::Rtl }.chart_box()
}

/// One line of text at the start edge, isolated in the edition's direction (U+2066/U+2067 … U+2069: its words,
/// numbers and any Latin name in their reading order). A right-to-left line is anchored at its end, the right: the
/// SVG's own `direction` is left alone, as resvg does not anchor by it (a browser and resvg then agree).
#[allow(clippy::too_many_arguments)]
fn line(out: &mut String, side: &Side, x: i32, y: i32, size: f64, bold: bool, fill: &str, text: &str, id: &str) {
    let (anchor, iso) = if side.rtl { ("end", '\u{2067}') } else { ("start", '\u{2066}') };
    out.push_str(&format!(
        "<text id=\"{id}\" x=\"{x}\" y=\"{y}\" font-size=\"{size}\" font-weight=\"{}\" fill=\"{fill}\" text-anchor=\"{anchor}\">{iso}{}\u{2069}</text>\n",
        if bold { 700 } else { 400 },
        escape(text)
    ));
}

/// The preview of one edition, drawn from the dataset (in the edition's language: translate it first).
pub fn preview(d: &Dataset, fmt: &dyn Formatter, s: &Strings) -> Preview {
    let side = Side { rtl: s.dir == Dir::Rtl };
    let p = page::page(d, fmt, s);
    let mut body = String::new();
    let x = side.text_x();

    // The title on one line if it fits at 28 px or more (up to 36), else in two.
    let title_size = (TEXT_WIDTH as f64 / est_width(&p.title, 1.0, true).max(1.0)).clamp(28.0, 36.0).floor();
    let mut y = MARGIN + 28;
    for (i, l) in wrap(&p.title, title_size, true, TEXT_WIDTH as f64, 2).iter().enumerate() {
        line(&mut body, &side, x, y, title_size, true, INK, l, &format!("preview-title-{i}"));
        y += (title_size * 1.3) as i32;
    }

    let v = summary::summary(d, fmt, s);
    if let Some(v) = &v {
        // Both figures at one size, the largest at which the longer fits the column.
        let cards = [&v.official, &v.independent];
        let inner = (TEXT_WIDTH - 24) as f64;
        let longest = cards.iter().map(|c| est_width(&c.figure, 1.0, true)).fold(0.0, f64::max);
        let fs = (inner / longest.max(1.0)).clamp(40.0, 88.0).floor();
        let fsi = fs as i32;
        let plotted = d.plotted_claimants();
        // The two cards share the room below the title, each centred in its half.
        let slot = (HEIGHT as i32 - MARGIN / 2 - y) / 2;
        let mut top = y;
        for (n, c) in cards.iter().enumerate() {
            let labels = wrap(&c.label, 25.0, false, inner, 2);
            let whens = wrap(&c.when, 21.0, false, inner, 2);
            // Baselines: the label's lines 32 px apart; the figure's cap height (and the tallest Persian letters)
            // below them; its descenders (deep in Vazirmatn) clear of the date lines, 28 px apart.
            let label_end = 25 + (labels.len() as i32 - 1) * 32;
            let figure_at = label_end + 16 + fsi * 80 / 100;
            let when_at = figure_at + fsi * 36 / 100 + 20;
            let height = when_at + (whens.len() as i32 - 1) * 28 + 8;
            let start = top + (slot - height).max(0) / 2;
            let claimant = d.claims.iter().find(|k| k.id == c.claim).map(|k| k.claimant.as_str()).unwrap_or("");
            let colour = plotted
                .iter()
                .position(|k| k.id == claimant)
                .map(|ci| {
                    let (r, g, b) = claimant_colour_in(ci, Theme::Light);
                    format!("#{r:02x}{g:02x}{b:02x}")
                })
                .unwrap_or_else(|| MUTED.to_string());
            // The claimant's colour in the chart, as a bar along the card's start edge.
            let bar_x = if side.rtl { x - 6 } else { x };
            body.push_str(&format!(
                "<rect id=\"preview-card{n}-bar\" x=\"{bar_x}\" y=\"{}\" width=\"6\" height=\"{}\" fill=\"{colour}\"/>\n",
                start + 4,
                height - 4
            ));
            let tx = side.inward(x, 22);
            for (i, l) in labels.iter().enumerate() {
                line(&mut body, &side, tx, start + 25 + i as i32 * 32, 25.0, false, INK, l, &format!("preview-card{n}-label-{i}"));
            }
            line(&mut body, &side, tx, start + figure_at, fs, true, INK, &c.figure, &format!("preview-card{n}-figure"));
            for (i, l) in whens.iter().enumerate() {
                line(&mut body, &side, tx, start + when_at + i as i32 * 28, 21.0, false, MUTED, l, &format!("preview-card{n}-when-{i}"));
            }
            top += slot;
            if n == 0 {
                let (a, b) = (side.inward(x, 0), side.inward(x, TEXT_WIDTH));
                body.push_str(&format!(
                    "<path id=\"preview-rule\" d=\"M{} {top}H{}\" stroke=\"{RULE}\" stroke-width=\"1\"/>\n",
                    a.min(b),
                    a.max(b)
                ));
            }
        }
    }

    // The chart, as the page draws it, scaled into its box.
    let view = ChartView { id: "preview".to_string(), ..ChartView::default() };
    let drawn = chart::draw(d, fmt, s, CHART_WIDTH, &view);
    let (bx, by, bw, bh) = side.chart_box();
    let k = (bw as f64 / drawn.frame.width as f64).min(bh as f64 / drawn.frame.height as f64);
    let (cw, ch) = (drawn.frame.width as f64 * k, drawn.frame.height as f64 * k);
    let (cx, cy) = (bx as f64 + (bw as f64 - cw) / 2.0, by as f64 + (bh as f64 - ch) / 2.0);
    body.push_str(&format!("<g id=\"preview-chart\" transform=\"translate({cx:.1} {cy:.1}) scale({k:.4})\">\n{}</g>\n", drawn.svg));

    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" \
         font-family=\"{}\" lang=\"{}\">\n<rect x=\"0\" y=\"0\" width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"{PAPER}\"/>\n{body}</svg>\n",
        escape(s.chart_font),
        escape(s.lang)
    );
    Preview { svg, alt: alt(d, fmt, s, v.as_ref()) }
}

/// What the image shows, in words (`og:image:alt`, `twitter:image:alt`): the title, both figures with who gave them
/// and when, and the chart's own description (its figures and the blackout's dates).
fn alt(d: &Dataset, fmt: &dyn Formatter, s: &Strings, v: Option<&summary::Summary>) -> String {
    let (_, chart) = chart::draw::describe(d, fmt, s, &ChartView::default());
    match v {
        Some(v) => fill(
            s.preview_alt,
            &[
                ("title", &d.meta.title),
                ("official_label", &v.official.label),
                ("official", &v.official.figure),
                ("official_when", &v.official.when),
                ("independent_label", &v.independent.label),
                ("independent", &v.independent.figure),
                ("independent_when", &v.independent.when),
                ("chart", &chart),
            ],
        ),
        None => fill(s.preview_alt_chart, &[("title", &d.meta.title), ("chart", &chart)]),
    }
}

/// The site's public address from the build setting ([`SITE_URL_VAR`]): an absolute `http(s)` URL of the folder
/// that holds `index.html`, with a `/` added at its end if it lacks one. Anything else is refused, with why.
pub fn site_url(raw: &str) -> Result<String, String> {
    let url = raw.trim();
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"));
    let host = rest.and_then(|r| r.split('/').next()).unwrap_or("");
    if host.is_empty() || url.chars().any(|c| c.is_whitespace() || c.is_control() || "\"'<>\\?#".contains(c)) {
        return Err(format!(
            "{SITE_URL_VAR}={raw:?} is not the site's address: give the absolute http(s) URL of the folder that holds \
             index.html, without a query or fragment (e.g. https://example.org/explainer/)"
        ));
    }
    Ok(if url.ends_with('/') { url.to_string() } else { format!("{url}/") })
}

/// A short fingerprint of the image's bytes (FNV-1a, 64 bits): the image's address carries it (`?v=`), so that a
/// scraper that cached an earlier image fetches the new one when the figures change. Not a security hash.
pub fn fingerprint(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= *b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// The Open Graph and X tags of one edition's page. `site` is the checked site address ([`site_url`]); without it
/// the tags that need an absolute address (the page's URL and the image) are left out and the card is a plain
/// `summary` (scrapers ignore a relative image). `version` is the image's [`fingerprint`].
/// The tags of the page `page` (a file beside the site's index, `door::Door::file`), whose image is `image` (a file
/// beside it).
#[allow(clippy::too_many_arguments)]
pub fn tags(
    d: &Dataset,
    s: &Strings,
    other: Option<&Strings>,
    alt: &str,
    site: Option<&str>,
    version: &str,
    page: &str,
    image: &str,
) -> String {
    let meta = |out: &mut String, attr: &str, key: &str, value: &str| {
        out.push_str(&format!("<meta {attr}=\"{key}\" content=\"{}\" />", escape(value)));
    };
    let mut out = String::new();
    meta(&mut out, "property", "og:type", "article");
    meta(&mut out, "property", "og:title", &d.meta.title);
    meta(&mut out, "property", "og:description", &d.meta.lede);
    meta(&mut out, "property", "og:locale", &og_locale(s));
    if let Some(o) = other {
        meta(&mut out, "property", "og:locale:alternate", &og_locale(o));
    }
    if let Some(site) = site {
        let url = explainer_core::door::address_of(site, page);
        meta(&mut out, "property", "og:url", &url);
        meta(&mut out, "property", "og:image", &format!("{site}{image}?v={version}"));
        meta(&mut out, "property", "og:image:type", "image/png");
        meta(&mut out, "property", "og:image:width", &WIDTH.to_string());
        meta(&mut out, "property", "og:image:height", &HEIGHT.to_string());
        meta(&mut out, "property", "og:image:alt", alt);
        meta(&mut out, "name", "twitter:card", "summary_large_image");
        meta(&mut out, "name", "twitter:image:alt", alt);
    } else {
        meta(&mut out, "name", "twitter:card", "summary");
    }
    out
}

/// `html` with `tags` between [`START`] and [`END`] (replacing what was there), or, in a page without the markers,
/// inserted with them just before `</head>`.
pub fn splice(html: &str, tags: &str) -> Result<String, String> {
    if let Some(a) = html.find(START).map(|i| i + START.len()) {
        let b = html[a..].find(END).map(|i| a + i).ok_or_else(|| format!("the page has no {END} after {START}"))?;
        return Ok(format!("{}{tags}{}", &html[..a], &html[b..]));
    }
    let head = html.find("</head>").ok_or("the page has no </head>")?;
    Ok(format!("{}{START}{tags}{END}\n  {}", &html[..head], &html[head..]))
}

/// The fonts the image is drawn with, loaded from these files and no others: Vazirmatn (npm `vazirmatn`, SIL OFL,
/// from `node_modules`; its Latin glyphs serve the English edition), regular and bold, then DejaVu Sans (Debian's
/// `fonts-dejavu-core`) for the few symbols Vazirmatn lacks (the chart's ● and ■ metric marks). `scripts/setup.sh`
/// installs both.
pub fn font_files() -> Vec<std::path::PathBuf> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../node_modules/vazirmatn/fonts/ttf");
    let mut files: Vec<std::path::PathBuf> = ["Vazirmatn-Regular.ttf", "Vazirmatn-Bold.ttf"].iter().map(|f| dir.join(f)).collect();
    files.push("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf".into());
    files
}

/// Reads [`font_files`].
pub fn load_fonts() -> Result<Vec<Vec<u8>>, String> {
    font_files()
        .iter()
        .map(|p| std::fs::read(p).map_err(|e| format!("{}: cannot read the preview's font ({e}); run scripts/setup.sh", p.display())))
        .collect()
}

/// Parses the preview's SVG with only `fonts` to draw its text (every family, generic ones too, resolves to the
/// first font's family; no system font is looked up).
pub fn tree(svg: &str, fonts: &[Vec<u8>]) -> Result<resvg::usvg::Tree, String> {
    let mut opt = resvg::usvg::Options::default();
    let db = opt.fontdb_mut();
    for f in fonts {
        db.load_font_data(f.clone());
    }
    let family = db.faces().next().and_then(|f| f.families.first()).map(|(name, _)| name.clone()).ok_or("no font loaded")?;
    db.set_sans_serif_family(family.clone());
    db.set_serif_family(family.clone());
    opt.font_family = family;
    resvg::usvg::Tree::from_str(svg, &opt).map_err(|e| format!("the preview's SVG: {e}"))
}

/// The preview's SVG as a PNG of [`WIDTH`] × [`HEIGHT`].
pub fn rasterise(svg: &str, fonts: &[Vec<u8>]) -> Result<Vec<u8>, String> {
    let tree = tree(svg, fonts)?;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(WIDTH, HEIGHT).ok_or("cannot allocate the image")?;
    resvg::render(&tree, resvg::tiny_skia::Transform::identity(), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| format!("cannot encode the preview: {e}"))
}

/// An edition's preview, drawn and rasterised with `fonts` ([`load_fonts`]): the drawing and its PNG, checked to be
/// within [`MAX_BYTES`].
pub fn render(d: &Dataset, fmt: &dyn Formatter, s: &Strings, fonts: &[Vec<u8>]) -> Result<(Preview, Vec<u8>), String> {
    let p = preview(d, fmt, s);
    let png = rasterise(&p.svg, fonts)?;
    if png.len() > MAX_BYTES {
        return Err(format!("{}: {} bytes, more than the {MAX_BYTES} a link preview may weigh", file_of(s), png.len()));
    }
    Ok((p, png))
}
