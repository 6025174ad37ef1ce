//! The editions the explainer has, and which one a reader gets: `?lang=` decides; then the edition the page itself
//! declares (`<html data-edition="fa">`, as the offline edition's Persian file does); without either the top-level
//! page follows the browser's languages, and an embed is English (a newsroom chooses its embed's language in the
//! code it pastes, never the reader's browser).

use crate::strings::{Strings, EN};
use crate::strings_fa::FA;

pub const EDITIONS: [&Strings; 2] = [&EN, &FA];

/// The edition whose `lang` is `code` ("en", "fa").
pub fn by_lang(code: &str) -> Option<&'static Strings> {
    EDITIONS.into_iter().find(|s| s.lang == code)
}

/// The edition for an address's `lang` (if any), the edition the page itself declares (`<html data-edition>`: the
/// build's `fa.html` is Persian; the site's index declares none), whether the page is embedded, and the browser's
/// languages in order of preference (`navigator.languages`, e.g. `["fa-IR", "en"]`): the first one with an edition
/// wins.
pub fn choose(lang: Option<&str>, page: Option<&str>, embedded: bool, browser: &[String]) -> &'static Strings {
    if let Some(s) = lang.and_then(by_lang).or_else(|| page.and_then(by_lang)) {
        return s;
    }
    if embedded {
        return &EN;
    }
    browser.iter().find_map(|l| by_lang(&l.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase())).unwrap_or(&EN)
}

/// The page of each edition in the build (`core/src/prerender.rs` writes them): English is the site's index,
/// Persian beside it.
pub fn file_of(s: &Strings) -> &'static str {
    if s.lang == EN.lang {
        "index.html"
    } else {
        "fa.html"
    }
}

/// The path of `target`'s page beside the page at `path` (the address's path), when `path` is one of the build's
/// edition pages (or its folder): its last segment replaced by the edition's file, so that the reader lands on the
/// page prerendered in that language. Any other page (an offline file, a renamed copy) keeps its path: `None`.
pub fn page_path(path: &str, target: &Strings) -> Option<String> {
    let (dir, last) = path.rsplit_once('/').map(|(d, l)| (&path[..=d.len()], l)).unwrap_or(("", path));
    let ours = last.is_empty() || EDITIONS.into_iter().any(|e| file_of(e) == last);
    ours.then(|| format!("{dir}{}", file_of(target)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_edition_has_its_page_beside_the_other() {
        let p = |path: &str, s: &Strings| page_path(path, s);
        assert_eq!(p("/", &FA).as_deref(), Some("/fa.html"));
        assert_eq!(p("/news/iran-2026/", &FA).as_deref(), Some("/news/iran-2026/fa.html"));
        assert_eq!(p("/news/iran-2026/index.html", &FA).as_deref(), Some("/news/iran-2026/fa.html"));
        assert_eq!(p("/news/iran-2026/fa.html", &EN).as_deref(), Some("/news/iran-2026/index.html"));
        assert_eq!(p("/news/iran-2026/fa.html", &FA).as_deref(), Some("/news/iran-2026/fa.html"));
        assert_eq!(p("", &EN).as_deref(), Some("index.html"));
        assert_eq!(p("/home/reader/explainer-en.html", &FA), None, "an offline file switches in place");
        assert_eq!(p("/x/story.html", &EN), None);
    }

    #[test]
    fn the_address_then_the_browser_decide() {
        let b = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(choose(Some("fa"), None, true, &[]).lang, "fa");
        assert_eq!(choose(Some("en"), None, false, &b(&["fa-IR"])).lang, "en");
        assert_eq!(choose(None, None, false, &b(&["fa-IR", "en"])).lang, "fa");
        assert_eq!(choose(None, None, false, &b(&["en-US", "fa"])).lang, "en");
        assert_eq!(choose(None, None, false, &b(&["de", "FA"])).lang, "fa");
        assert_eq!(choose(None, None, true, &b(&["fa-IR"])).lang, "en", "an embed is English unless its code says otherwise");
        assert_eq!(choose(Some("xx"), None, false, &b(&["fa"])).lang, "fa", "an unknown lang is ignored");
        assert_eq!(choose(None, None, false, &[]).lang, "en");
    }

    #[test]
    fn the_page_declares_its_edition_below_the_address() {
        let b = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(choose(None, Some("fa"), false, &b(&["en-GB"])).lang, "fa", "the page beats the browser");
        assert_eq!(choose(None, Some("en"), false, &b(&["fa-IR"])).lang, "en");
        assert_eq!(choose(Some("en"), Some("fa"), false, &[]).lang, "en", "the address beats the page");
        assert_eq!(choose(Some("fa"), Some("en"), false, &[]).lang, "fa");
        assert_eq!(choose(None, Some("fa"), true, &[]).lang, "fa", "an embedded page keeps its declared edition");
        assert_eq!(choose(Some("xx"), Some("fa"), false, &b(&["en"])).lang, "fa", "an unknown lang falls to the page");
        assert_eq!(choose(None, Some("xx"), false, &b(&["fa"])).lang, "fa", "an unknown page edition is ignored");
        assert_eq!(choose(None, Some(""), true, &b(&["fa"])).lang, "en");
    }
}
