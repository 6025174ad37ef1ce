//! The page before the app runs, and all a reader without JavaScript gets: the key content of one edition written
//! as static HTML from the same view models and chart drawing the app places (title and lede, the headline figures
//! and their derived gap, a still chart at a phone width and a wide width, the blackout and its notes, every
//! source), spliced into the built page (`bin/prerender.rs`, run by the build's post-build step). The app mounts into
//! its own root and removes this one once its data is ready.
//!
//! Markup mirrors the components (`src/components/summary.rs`, `blackout.rs`, `sources.rs`, `shared.rs`), with the
//! same classes, so the stylesheet lays both out alike; it carries none of the app's `data-testid`s. Every piece of
//! text passes through [`escape`]. Host only.

use crate::chart::{self, ChartView};
use crate::describe::Link;
use crate::format::Formatter;
use crate::markup::escape;
use crate::model::Dataset;
use crate::strings::Strings;
use crate::view::records::{self, NoteItem};
use crate::view::{page, summary};

/// The widths the still chart is drawn at: one for phones (shown below [`WIDE_FROM`] px), one for wider screens.
/// The SVG scales to its column, so each stays sharp around its width.
pub const NARROW: u32 = 360;
pub const WIDE: u32 = 880;
/// Where the stylesheet switches from the narrow chart to the wide one (`style/main.css`, `.still-wide`).
pub const WIDE_FROM: u32 = 560;

/// Where the static content goes in the built page: everything between these two markers is replaced, so running
/// the step again (on a copy of the build with another dataset) gives the same page.
pub const START: &str = "<!--prerender-->";
pub const END: &str = "<!--/prerender-->";
/// Written after the first screen's content (masthead, headline figures, still chart, what needs JavaScript): the
/// browser paints what has arrived, so the bytes before this mark, with the stylesheet and the edition's font, are
/// what a reader waits for (the critical budget of `e2e/budget.test.mjs`); the blackout and the sources follow.
pub const FIRST_SCREEN: &str = "<!--/first-screen-->";

pub use crate::edition::file_of;

fn links(out: &mut String, ls: &[Link]) {
    for l in ls {
        out.push_str(&format!("<a href=\"{}\" rel=\"noopener\" target=\"_blank\" dir=\"auto\">{}</a>", escape(&l.url), escape(&l.label)));
    }
}

fn notes(out: &mut String, ns: &[NoteItem]) {
    for n in ns {
        out.push_str(&format!(
            "<li data-note=\"{}\"{}><p><time datetime=\"{}\">{}</time><span class=\"topic\">{}</span></p><p>{}</p><p class=\"links\">",
            escape(&n.id),
            if n.low { " class=\"low\"" } else { "" },
            escape(&n.datetime),
            escape(&n.date),
            escape(&n.tail),
            escape(&n.text)
        ));
        links(out, &n.sources);
        out.push_str("</p></li>");
    }
}

fn card(out: &mut String, c: &summary::Card) {
    out.push_str(&format!(
        "<div class=\"card\" data-claim=\"{}\"><p class=\"card-label\">{}</p><p class=\"figure\">{}</p><p class=\"card-when\">{}</p>\
         <p class=\"card-counts\">{}</p><p class=\"card-method\">{}</p>",
        escape(&c.claim),
        escape(&c.label),
        escape(&c.figure),
        escape(&c.when),
        escape(&c.counts),
        escape(&c.method)
    ));
    if let Some(s) = &c.source {
        out.push_str("<p class=\"card-source\">");
        links(out, std::slice::from_ref(s));
        out.push_str("</p>");
    }
    out.push_str("</div>");
}

/// The chart drawn for the still page: its ids prefixed so that two copies and the app's own chart never share one.
fn still_chart(d: &Dataset, fmt: &dyn Formatter, s: &Strings, width: u32, class: &str) -> String {
    let view = ChartView { id: format!("still-{width}"), ..ChartView::default() };
    let drawn = chart::draw(d, fmt, s, width, &view);
    format!("<div class=\"chart-svg still {class}\" dir=\"ltr\">{}</div>", drawn.svg)
}

/// The static content of one edition: the masthead the app keeps, and a `<main>` it replaces. `other` is the address
/// of the other edition's page.
pub fn fragment(d: &Dataset, fmt: &dyn Formatter, s: &Strings, other: &str) -> String {
    let p = page::page(d, fmt, s);
    let mut out = String::with_capacity(64 * 1024);
    // The masthead stays when the app takes over (the app fills in its text when its own differs, and the switch's
    // address): its lede is the page's largest text, and a browser measures the largest paint among what is still
    // in the document.
    out.push_str(&format!(
        "<header class=\"masthead\" id=\"masthead\" data-static-section=\"masthead\"><p class=\"edition-switch\"><a href=\"{}\" lang=\"{}\" hreflang=\"{}\" data-testid=\"edition-switch\">{}</a></p>\
         <h1>{}</h1><p class=\"lede\">{}</p></header>",
        escape(other),
        escape(s.switch_lang),
        escape(s.switch_lang),
        escape(s.switch_label),
        escape(&p.title),
        escape(&p.lede)
    ));
    out.push_str("<main id=\"static\" class=\"explainer\" data-static>");

    if let Some(v) = summary::summary(d, fmt, s) {
        out.push_str(&format!(
            "<section class=\"summary\" data-static-section=\"summary\" aria-labelledby=\"static-summary-heading\">\
             <h2 id=\"static-summary-heading\" class=\"visually-hidden\">{}</h2><div class=\"cards\">",
            escape(&v.heading)
        ));
        card(&mut out, &v.official);
        card(&mut out, &v.independent);
        out.push_str(&format!(
            "</div><p class=\"gap\"><span class=\"derived-tag\">{}</span> {}</p><p class=\"gap-note\">{}</p></section>",
            escape(&v.derived),
            escape(&v.gap),
            escape(&v.note)
        ));
    }

    out.push_str(&format!(
        "<section class=\"chart-section\" data-static-section=\"chart\" aria-labelledby=\"static-chart-heading\">\
         <h2 id=\"static-chart-heading\">{}</h2><p class=\"intro\">{}</p>{}{}<p class=\"notice still-note\">{}</p></section>",
        escape(&p.chart_heading),
        escape(&p.chart_intro),
        still_chart(d, fmt, s, NARROW, "still-narrow"),
        still_chart(d, fmt, s, WIDE, "still-wide"),
        escape(s.static_needs_js)
    ));
    out.push_str(FIRST_SCREEN);

    if let Some(v) = records::blackout(d, fmt, s) {
        out.push_str(&format!(
            "<section class=\"blackout\" data-static-section=\"blackout\" aria-labelledby=\"static-blackout-heading\">\
             <h2 id=\"static-blackout-heading\">{}</h2><p class=\"intro\">{}</p>",
            escape(&v.heading),
            escape(&v.intro)
        ));
        if let Some((heading, events)) = &v.events {
            out.push_str(&format!("<h3>{}</h3><ul class=\"events\">", escape(heading)));
            for e in events {
                out.push_str(&format!(
                    "<li data-event=\"{}\"><p class=\"event-head\"><strong>{}</strong></p><p>{}</p>",
                    escape(&e.id),
                    escape(&e.head),
                    escape(&e.summary)
                ));
                for n in &e.notes {
                    out.push_str(&format!("<p class=\"note\">{}</p>", escape(n)));
                }
                out.push_str("<p class=\"links\">");
                links(&mut out, &e.sources);
                out.push_str("</p></li>");
            }
            out.push_str("</ul>");
        }
        if let Some((heading, show, ns)) = &v.notes {
            out.push_str(&format!(
                "<h3>{}</h3><details class=\"more\"><summary>{}</summary><ul class=\"notes\">",
                escape(heading),
                escape(show)
            ));
            notes(&mut out, ns);
            out.push_str("</ul></details>");
        }
        out.push_str("</section>");
    }

    let v = records::sources(d, fmt, s);
    out.push_str(&format!(
        "<section class=\"sources\" data-static-section=\"sources\" aria-labelledby=\"static-sources-heading\">\
         <h2 id=\"static-sources-heading\">{}</h2><p class=\"intro\">{}</p><details class=\"more\"><summary>{}</summary><ul class=\"src-groups\">",
        escape(&v.heading),
        escape(&v.intro),
        escape(&v.show)
    ));
    for g in &v.groups {
        out.push_str(&format!(
            "<li class=\"src-group\" data-claimant=\"{}\"><h3>{}<span class=\"kind\">{}</span></h3><p class=\"desc\">{}</p><ul>",
            escape(&g.claimant),
            escape(&g.name),
            escape(&g.kind),
            escape(&g.description)
        ));
        for k in &g.items {
            out.push_str(&format!(
                "<li data-claim=\"{}\"><span class=\"src-figure\">{}</span> <span class=\"src-links\">",
                escape(&k.claim),
                escape(&k.line)
            ));
            links(&mut out, &k.sources);
            out.push_str("</span></li>");
        }
        out.push_str("</ul></li>");
    }
    out.push_str("</ul></details></section>");

    out.push_str(&format!("<footer class=\"footer\"><p>{}</p><p>{}</p></footer>", escape(&p.updated), escape(&p.footer_method)));
    out.push_str("</main>");
    out
}

/// Replaces the opening tag of the first `<{tag}` element in `html` with `new`.
fn replace_open_tag(html: &str, tag: &str, new: &str) -> Result<String, String> {
    let start = html.find(&format!("<{tag}")).ok_or_else(|| format!("the page has no <{tag}> element"))?;
    let end = html[start..].find('>').map(|i| start + i + 1).ok_or_else(|| format!("the page's <{tag}> tag is not closed"))?;
    Ok(format!("{}{new}{}", &html[..start], &html[end..]))
}

/// Replaces what lies between `open` and `close` (both kept).
fn replace_between(html: &str, open: &str, close: &str, new: &str) -> Result<String, String> {
    let a = html.find(open).map(|i| i + open.len()).ok_or_else(|| format!("the page has no {open}"))?;
    let b = html[a..].find(close).map(|i| a + i).ok_or_else(|| format!("the page has no {close} after {open}"))?;
    Ok(format!("{}{new}{}", &html[..a], &html[b..]))
}

/// The built page (`template`, Trunk's `index.html`) made into one edition's page: `<html lang dir>`, the title
/// and description from the (translated) dataset, the Persian font preloaded where the edition uses it, and the
/// static content between [`START`] and [`END`].
pub fn page(template: &str, d: &Dataset, fmt: &dyn Formatter, s: &Strings, other: &str, preloads: &[String]) -> Result<String, String> {
    // The site's index follows the reader's browser once the app runs (`edition::choose`); another edition's page
    // declares its language.
    let declared = if file_of(s) == "index.html" { String::new() } else { format!(" data-edition=\"{}\"", escape(s.lang)) };
    let html = replace_open_tag(template, "html", &format!("<html lang=\"{}\" dir=\"{}\"{declared}>", escape(s.lang), escape(s.dir)))?;
    let html = replace_between(&html, "<title>", "</title>", &escape(&d.meta.title))?;
    let html = replace_between(&html, "<meta name=\"description\" content=\"", "\"", &escape(&d.meta.lede))?;
    let mut body = String::new();
    for p in preloads {
        body.push_str(p);
    }
    let html = replace_between(&html, "<!--preload-->", "<!--/preload-->", &body)?;
    replace_between(&html, START, END, &fragment(d, fmt, s, other))
}

/// The check page (`check.html`, `view::check`): the template with no prerendered content, only the page's title
/// and a line for a reader without JavaScript, marked `<html data-page="check">` for the app.
pub fn check_page(template: &str, s: &Strings) -> Result<String, String> {
    let html =
        replace_open_tag(template, "html", &format!("<html lang=\"{}\" dir=\"{}\" data-page=\"check\">", escape(s.lang), escape(s.dir)))?;
    let html = replace_between(&html, "<title>", "</title>", &escape(s.check_title))?;
    let html = replace_between(&html, "<meta name=\"description\" content=\"", "\"", &escape(s.check_intro))?;
    let html = replace_between(&html, "<!--preload-->", "<!--/preload-->", "")?;
    let body = format!(
        "<main id=\"static\" class=\"explainer check\" data-static><h1>{}</h1><p class=\"static-needs-js\">{}</p></main>",
        escape(s.check_title),
        escape(s.check_needs_js)
    );
    replace_between(&html, START, END, &body)
}
