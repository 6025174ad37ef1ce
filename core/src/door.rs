//! The doors readers come through: for each story (a dataset in `data/`), each edition, the whole page and each
//! embed view. The build renders every door to its own file (`build/`), so that each shows its own content at once,
//! with or without JavaScript; this module names those files, and says which door an address asks for.
//!
//! The files sit side by side in the build's folder (the page's relative asset addresses work from each of them):
//!
//! | door | file |
//! |---|---|
//! | the site's story, whole page, English | `index.html` |
//! | … in Persian | `fa.html` |
//! | … an embed view (`chart`, `table`, `story`, `blackout`, `summary`) | `embed-chart.html`, `embed-chart.fa.html` |
//! | another story (`data/iran-2019.json`) | `iran-2019.html`, `iran-2019.fa.html`, `iran-2019.embed-chart.fa.html` |

use crate::edition::{by_lang, EDITIONS};
use crate::params::EmbedView;
use crate::strings::{Strings, EN};

/// One built page.
#[derive(Clone)]
pub struct Door {
    /// The dataset it shows (`data/<story>.json`).
    pub data: String,
    /// It is the site's own story (the one `index.html` names): its files carry no story name.
    pub home: bool,
    pub edition: &'static Strings,
    /// An embed view, or the whole page.
    pub view: Option<EmbedView>,
}

impl PartialEq for Door {
    fn eq(&self, other: &Door) -> bool {
        self.file() == other.file() && self.data == other.data
    }
}

impl std::fmt::Debug for Door {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Door({} from {})", self.file(), self.data)
    }
}

/// The story a dataset path names, when the build gives it doors: a file directly in `data/` that is not a
/// translation (`data/iran-2019.json` → `iran-2019`).
pub fn story_of(data: &str) -> Option<&str> {
    let name = data.strip_prefix(crate::source::FOLDER)?.strip_suffix(".json")?;
    let plain = !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    plain.then_some(name)
}

/// The public address of a built page, `file`, on the site at `site` (see `Door::address`).
pub fn address_of(site: &str, file: &str) -> String {
    match file {
        "index.html" => site.to_string(),
        file => format!("{site}{file}"),
    }
}

impl Door {
    /// The whole page of `data` in `edition`.
    pub fn page(data: &str, home: bool, edition: &'static Strings) -> Door {
        Door { data: data.to_string(), home, edition, view: None }
    }

    /// The file this door is built to, beside the site's `index.html`.
    pub fn file(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if !self.home {
            parts.push(story_of(&self.data).unwrap_or("story").to_string());
        }
        if let Some(v) = self.view {
            parts.push(format!("embed-{}", v.name()));
        }
        if self.edition.lang != EN.lang {
            parts.push(self.edition.lang.to_string());
        }
        if parts.is_empty() {
            "index.html".to_string()
        } else {
            format!("{}.html", parts.join("."))
        }
    }

    /// The door's public address, given the site's (`https://example.org/explainer/`, ending in `/`): the site's
    /// own address for the index, else the page's file beside it. Link previews (`og:url`) and oEmbed use it.
    pub fn address(&self, site: &str) -> String {
        address_of(site, &self.file())
    }

    /// The same door in another edition.
    pub fn in_edition(&self, edition: &'static Strings) -> Door {
        Door { edition, ..self.clone() }
    }

    /// The same door in the edition this one's switch leads to (`Strings::switch_lang`).
    pub fn switched(&self) -> Door {
        self.in_edition(by_lang(self.edition.switch_lang).unwrap_or(self.edition))
    }

    /// The same story and edition, in another view (`None`: the whole page).
    pub fn with_view(&self, view: Option<EmbedView>) -> Door {
        Door { view, ..self.clone() }
    }

    /// What a link to this door shows when it is pasted into a CMS that embeds links (oEmbed: WordPress, Ghost,
    /// Medium): an embed view shows itself; the whole page shows its headline figures (`summary`, with the link to
    /// the page), the one view that fits WordPress's tallest frame (1,000 px) at every width from 320 px.
    pub fn pasted(&self) -> Door {
        self.with_view(Some(self.view.unwrap_or(EmbedView::Summary)))
    }

    /// The file of this door's oEmbed document: `oembed/fa.json`, `oembed/iran-2019.embed-chart.json`.
    pub fn oembed_file(&self) -> String {
        let file = self.file();
        format!("oembed/{}.json", file.strip_suffix(".html").unwrap_or(&file))
    }

    /// The door an address asks for when it arrives at this one: its `data`, `lang` and `embed` (the addresses of
    /// earlier versions, and of hosts that cannot map them to files) change the story, edition and view; anything
    /// unknown keeps this door's. `home` is the site's own dataset.
    pub fn asked<'a>(&self, pairs: impl IntoIterator<Item = (&'a str, &'a str)>, home: &str) -> Door {
        let mut door = self.clone();
        let mut data_seen = false;
        for (k, v) in pairs {
            match k {
                "data" if !data_seen => {
                    data_seen = true;
                    if story_of(v).is_some() {
                        door.data = v.to_string();
                        door.home = v == home;
                    }
                }
                "lang" => door.edition = by_lang(v).unwrap_or(door.edition),
                "embed" => door.view = EmbedView::parse(v).or(door.view),
                _ => {}
            }
        }
        door
    }
}

/// Every door of a build: for each story, each edition, the whole page and each embed view. The site's own story
/// has its doors twice: unnamed (`index.html`, `embed-chart.html`) and named (`iran-2026.embed-chart.html`), which
/// embed codes use, so that an embed keeps its story when the site's own changes.
pub fn all(home: &str, others: &[String]) -> Vec<Door> {
    let mut out = Vec::new();
    let named = std::iter::once(home).chain(others.iter().map(String::as_str).filter(|o| *o != home)).filter(|d| story_of(d).is_some());
    let stories = std::iter::once((home, true)).chain(named.map(|o| (o, false)));
    for (data, is_home) in stories {
        for e in EDITIONS {
            let page = Door::page(data, is_home, e);
            out.push(page.clone());
            out.extend(EmbedView::ALL.into_iter().map(|v| page.with_view(Some(v))));
        }
    }
    out
}

/// A short fingerprint of the files a page was rendered from (the dataset and its translation, as served): the
/// browser compares it with the files it fetched, and takes the page over only when they are the same (else it
/// draws the page afresh from what it fetched). 64 bits, in hex: no dependency, the same on both sides.
///
/// Eight bytes a step (FxHash's multiply and rotate), not one: the browser computes it on a Persian page's ~400 KB
/// while the reader waits for the page to answer, where a byte-wise FNV-1a took about 10 ms on a fast machine
/// (measured in a Chromium profile). It detects a changed file; it does not resist a forged one (nor need to).
pub fn fingerprint(data: &str, translation: Option<&str>) -> String {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h: u64 = 0;
    let mut eat = |bytes: &[u8]| {
        let mut words = bytes.chunks_exact(8);
        for w in &mut words {
            let word = u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]);
            h = (h.rotate_left(5) ^ word).wrapping_mul(K);
        }
        for b in words.remainder() {
            h = (h.rotate_left(5) ^ u64::from(*b)).wrapping_mul(K);
        }
        // The length ends each file, so that moving bytes between the two files changes the fingerprint.
        h = (h.rotate_left(5) ^ bytes.len() as u64).wrapping_mul(K);
    };
    eat(data.as_bytes());
    if let Some(t) = translation {
        eat(t.as_bytes());
    }
    format!("{h:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fingerprint_changes_with_any_byte_of_either_file() {
        let data = include_str!("../tests/fixtures/small.json");
        let base = fingerprint(data, Some("{}"));
        assert_eq!(base, fingerprint(data, Some("{}")));
        assert_ne!(base, fingerprint(data, None), "a missing translation");
        assert_ne!(fingerprint("ab", Some("c")), fingerprint("a", Some("bc")), "bytes moved between the files");
        // One byte changed anywhere: in a word, in the tail that fills no word, in the translation.
        for at in [0, data.len() / 2, data.len() - 1] {
            let mut changed = data.as_bytes().to_vec();
            changed[at] ^= 1;
            let changed = String::from_utf8(changed).expect("an ASCII byte with its last bit flipped is ASCII");
            assert_ne!(base, fingerprint(&changed, Some("{}")), "byte {at}");
        }
        assert_ne!(base, fingerprint(data, Some("{ }")));
    }

    #[test]
    fn a_pasted_page_shows_its_headline_figures_and_a_pasted_view_itself() {
        let home = "data/iran-2026.json";
        for door in all(home, &["data/iran-2019.json".to_string()]) {
            let pasted = door.pasted();
            assert_eq!((pasted.data.as_str(), pasted.edition.lang), (door.data.as_str(), door.edition.lang));
            assert_eq!(pasted.view, Some(door.view.unwrap_or(EmbedView::Summary)), "{door:?}");
            assert!(all(home, &["data/iran-2019.json".to_string()]).contains(&pasted), "{door:?} pastes a built page");
            assert_eq!(door.oembed_file(), format!("oembed/{}", door.file().replace(".html", ".json")));
        }
        assert_eq!(Door::page(home, true, &FA).oembed_file(), "oembed/fa.json");
    }
    use crate::strings_fa::FA;

    #[test]
    fn each_door_has_its_own_file() {
        let home = "data/iran-2026.json";
        let doors = all(home, &["data/iran-2019.json".to_string(), home.to_string()]);
        let files: Vec<String> = doors.iter().map(Door::file).collect();
        let mut unique = files.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), files.len(), "{files:?}");
        assert_eq!(files.len(), 3 * EDITIONS.len() * (1 + EmbedView::ALL.len()), "the site's story twice, and the other");
        for f in [
            "index.html",
            "fa.html",
            "embed-chart.html",
            "embed-story.fa.html",
            "iran-2019.html",
            "iran-2019.embed-table.fa.html",
            "iran-2026.embed-chart.html",
        ] {
            assert!(files.iter().any(|x| x == f), "{f} in {files:?}");
        }
    }

    #[test]
    fn an_old_address_names_its_door() {
        let home = "data/iran-2026.json";
        let index = Door::page(home, true, &EN);
        let asked = |q: &[(&str, &str)]| index.asked(q.iter().copied(), home).file();
        assert_eq!(asked(&[]), "index.html");
        assert_eq!(asked(&[("lang", "fa")]), "fa.html");
        assert_eq!(asked(&[("embed", "chart"), ("lang", "fa")]), "embed-chart.fa.html");
        assert_eq!(asked(&[("data", "data/iran-2019.json"), ("embed", "summary")]), "iran-2019.embed-summary.html");
        assert_eq!(asked(&[("data", home)]), "index.html", "the site's own story has no name in its files");
        assert_eq!(asked(&[("lang", "xx"), ("embed", "nothing")]), "index.html", "unknown values keep the door");
        assert_eq!(asked(&[("data", "https://example.org/x.json")]), "index.html");
        assert_eq!(asked(&[("data", "data/archive/old.json")]), "index.html", "a dataset in a subfolder has no door");
        let fa_chart = Door::page(home, true, &FA).with_view(Some(EmbedView::Chart));
        assert_eq!(fa_chart.asked([("theme", "dark")], home), fa_chart, "state is not a door");
        assert_eq!(fa_chart.in_edition(&EN).file(), "embed-chart.html");
        assert_eq!(fa_chart.switched().file(), "embed-chart.html");
        assert_eq!(index.switched().file(), "fa.html");
    }

    #[test]
    fn the_fingerprint_changes_with_either_file() {
        let a = fingerprint("{}", Some("{}"));
        assert_eq!(a, fingerprint("{}", Some("{}")));
        assert_ne!(a, fingerprint("{ }", Some("{}")));
        assert_ne!(a, fingerprint("{}", Some("{ }")));
        assert_ne!(a, fingerprint("{}", None));
        assert_eq!(a.len(), 16);
    }
}
