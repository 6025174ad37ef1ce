//! Which dataset a page shows, chosen without recompiling: the page's own, named in its HTML
//! (`<meta name="dataset" content="data/iran-2026.json">`), or the one a link asks for (`?data=data/<name>.json`).
//! Only a relative path into the site's own `data/` folder is accepted, so that a link can never make the page
//! fetch another site's file, climb out of the folder, or read anything but a JSON file there.

/// The folder every dataset lives in, relative to the page.
pub const FOLDER: &str = "data/";
/// The longest path accepted (a link can be any length).
pub const MAX_LEN: usize = 200;

/// Whether `path` names a JSON file in the site's `data/` folder: `data/`, then names of letters, digits, `-`, `_`
/// and `.` (none starting with a dot, so no `..`), separated by `/`, ending in `.json`. An address with a scheme or
/// a host (`https://…`, `//…`), an absolute path, a backslash, a query, a fragment or an escape is refused.
pub fn is_data_path(path: &str) -> bool {
    let Some(rest) = path.strip_prefix(FOLDER) else { return false };
    path.len() <= MAX_LEN
        && path.ends_with(".json")
        && rest.split('/').all(|seg| {
            !seg.is_empty() && !seg.starts_with('.') && seg.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.')
        })
}

/// The dataset a page shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chosen {
    /// Its path, relative to the page (its Persian text is beside it: `translate::translation_url`).
    pub path: String,
    /// The link asked for it (`?data=`), so links made from the page carry it on.
    pub asked: bool,
    /// It is the page's own dataset, the one the page was built from.
    pub own: bool,
}

/// Why no dataset is loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The link's `data` is not a file in the `data/` folder (its value, as given, to show the reader).
    Asked(String),
    /// The page names no dataset, or not one in the `data/` folder: an editor's mistake in the HTML.
    Page,
}

/// The dataset for a page that names `page` (its meta tag's content) and an address asking for `asked` (the first
/// `data` parameter). Nothing is loaded when the link asks for anything outside the folder, even when the page
/// has its own: a reader who followed a link must not be shown another story than the one the link named.
pub fn choose(page: Option<&str>, asked: Option<&str>) -> Result<Chosen, Refusal> {
    let page = page.map(str::trim).filter(|p| is_data_path(p));
    match asked {
        Some(a) if is_data_path(a) => Ok(Chosen { path: a.to_string(), asked: true, own: page == Some(a) }),
        Some(a) => Err(Refusal::Asked(a.to_string())),
        None => page.map(|p| Chosen { path: p.to_string(), asked: false, own: true }).ok_or(Refusal::Page),
    }
}

/// The dataset a page's HTML names: the content of its `<meta name="dataset" content="…">` (as the build writes
/// it: that attribute order, double quotes), if any.
pub fn named_in(html: &str) -> Option<&str> {
    const OPEN: &str = "<meta name=\"dataset\" content=\"";
    let start = html.find(OPEN)? + OPEN.len();
    let len = html[start..].find('"')?;
    Some(&html[start..start + len])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_files_in_the_data_folder() {
        for p in ["data/iran-2026.json", "data/iran_2019.json", "data/archive/iran-2019.v2.json", "data/A1.json"] {
            assert!(is_data_path(p), "{p}");
        }
    }

    #[test]
    fn refuses_anything_else() {
        let long = format!("data/{}.json", "a".repeat(MAX_LEN));
        for p in [
            "",
            "data/",
            "data/.json",
            "data/x",
            "data/x.json5",
            "iran-2026.json",
            "./data/x.json",
            "/data/x.json",
            "//evil.example/data/x.json",
            "https://evil.example/data/x.json",
            "data/../index.json",
            "data/a/../../x.json",
            "data/.hidden.json",
            "data//x.json",
            "data\\x.json",
            "data/x.json?y=1",
            "data/x.json#top",
            "data/%2e%2e/x.json",
            "data/x y.json",
            "data/ایران.json",
            "javascript:alert(1)//data/x.json",
            "DATA/x.json",
            long.as_str(),
        ] {
            assert!(!is_data_path(p), "{p:?} was accepted");
        }
    }

    #[test]
    fn the_link_wins_and_a_bad_link_loads_nothing() {
        let own = Some("data/iran-2026.json");
        assert_eq!(choose(own, None), Ok(Chosen { path: "data/iran-2026.json".into(), asked: false, own: true }));
        assert_eq!(choose(own, Some("data/iran-2019.json")), Ok(Chosen { path: "data/iran-2019.json".into(), asked: true, own: false }));
        assert_eq!(choose(own, Some("data/iran-2026.json")), Ok(Chosen { path: "data/iran-2026.json".into(), asked: true, own: true }));
        assert_eq!(choose(own, Some("https://evil.example/x.json")), Err(Refusal::Asked("https://evil.example/x.json".into())));
        assert_eq!(choose(None, Some("data/iran-2019.json")).map(|c| c.own), Ok(false));
        assert_eq!(choose(None, None), Err(Refusal::Page));
        assert_eq!(choose(Some("https://cdn.example/x.json"), None), Err(Refusal::Page));
    }

    #[test]
    fn reads_the_page_meta_tag() {
        let html = "<head><meta charset=\"utf-8\" />\n<meta name=\"dataset\" content=\"data/iran-2019.json\" /></head>";
        assert_eq!(named_in(html), Some("data/iran-2019.json"));
        assert_eq!(named_in("<head></head>"), None);
    }
}
