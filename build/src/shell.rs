//! The page shell (`index.html`, as Trunk wrote it) made into one door's page: `<html lang dir>`, the title and
//! description from the (translated) dataset, the edition's font preloaded, and the app's root with the rendered
//! door in it, saying which door it is for the browser (`toll_explainer::app::start`). The shell is the only HTML
//! outside the components; every replaced part sits between markers, so the step can run again on its own output.

use explainer_core::door::Door;
use explainer_core::markup::escape;

/// Where the app's root goes.
pub const START: &str = "<!--app-->";
pub const END: &str = "<!--/app-->";

/// Replaces the opening tag of the first `<{tag}` element in `html` with `new`.
pub fn replace_open_tag(html: &str, tag: &str, new: &str) -> Result<String, String> {
    let start = html.find(&format!("<{tag}")).ok_or_else(|| format!("the page has no <{tag}> element"))?;
    let end = html[start..].find('>').map(|i| start + i + 1).ok_or_else(|| format!("the page's <{tag}> tag is not closed"))?;
    Ok(format!("{}{new}{}", &html[..start], &html[end..]))
}

/// Replaces what lies between `open` and `close` (both kept).
pub fn replace_between(html: &str, open: &str, close: &str, new: &str) -> Result<String, String> {
    let a = html.find(open).map(|i| i + open.len()).ok_or_else(|| format!("the page has no {open}"))?;
    let b = html[a..].find(close).map(|i| a + i).ok_or_else(|| format!("the page has no {close} after {open}"))?;
    Ok(format!("{}{new}{}", &html[..a], &html[b..]))
}

/// What a page is about: its title and description.
pub struct Head<'a> {
    pub title: &'a str,
    pub description: &'a str,
    /// `<link rel="preload">` tags for what the first screen needs (the edition's font).
    pub preloads: &'a [String],
}

/// The shell with `head`, `<html lang dir>` for `edition`, and `root` (the app's root element, with its content).
pub fn page(template: &str, s: &explainer_core::strings::Strings, head: &Head, root: &str) -> Result<String, String> {
    let html = replace_open_tag(template, "html", &format!("<html lang=\"{}\" dir=\"{}\">", escape(s.lang), s.dir.attr()))?;
    let html = replace_between(&html, "<title>", "</title>", &escape(head.title))?;
    let html = replace_between(&html, "<meta name=\"description\" content=\"", "\"", &escape(head.description))?;
    let html = replace_between(&html, "<!--preload-->", "<!--/preload-->", &head.preloads.concat())?;
    // What a reader without JavaScript misses, said only to them.
    let note = format!("<noscript><p class=\"notice needs-js\">{}</p></noscript>", escape(s.static_needs_js));
    replace_between(&html, START, END, &format!("{note}{root}"))
}

/// The app's root for `door`: the rendered app in it, and what the browser needs to take it over (the door, the
/// site's own dataset, and the fingerprint of the files it was rendered from, `door::fingerprint`).
pub fn root(door: &Door, home: &str, fingerprint: &str, app_bytes: u64, body: &str) -> String {
    let view = door.view.map(|v| format!(" data-view=\"{}\"", v.name())).unwrap_or_default();
    format!(
        "<div id=\"app\" data-dataset=\"{}\" data-home=\"{}\" data-edition=\"{}\"{view} data-built=\"{}\" data-app-bytes=\"{app_bytes}\">{body}</div>",
        escape(&door.data),
        escape(home),
        escape(door.edition.lang),
        escape(fingerprint)
    )
}

/// The check page's root: no door (`<html data-page="check">` tells the app).
pub fn check_page(template: &str, s: &explainer_core::strings::Strings, body: &str) -> Result<String, String> {
    let head = Head { title: s.check_title, description: s.check_intro, preloads: &[] };
    let html = page(template, s, &head, &format!("<div id=\"app\">{body}</div>"))?;
    let html = replace_between(&html, START, "<div id=\"app\">", "")?;
    replace_open_tag(&html, "html", &format!("<html lang=\"{}\" dir=\"{}\" data-page=\"check\">", escape(s.lang), s.dir.attr()))
}
