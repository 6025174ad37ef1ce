//! `cargo run -p explainer-build --bin ssg -- DIST` (or `-- --editions`: the editions as JSON, for the scripts)
//!
//! Writes every door of the explainer into a build (`explainer_core::door`: each story in `DIST/data/`, each
//! edition, the whole page and each embed view), rendered by the app's components from the story's dataset and its
//! translation, each with its story's link preview (`preview-en.png`, `preview-iran-2019-fa.png`…, and its tags; the
//! image's absolute address from `EXPLAINER_SITE_URL`, the site's public address, when it is set), its oEmbed
//! document (`oembed/…json`, with the same address), and the check page. The site's own story is the one `DIST/index.html` names (`<meta name="dataset">`). The template is
//! `DIST/index.html` as Trunk wrote it, or as this step left it: the step can run again. Exits 1, saying why, when a
//! dataset is invalid or the page lacks its markers.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use explainer_build::icu_format::IcuFormatter;
use explainer_build::{oembed, preview};
use explainer_build::{render, shell};
use explainer_core::door::{self, fingerprint, story_of, Door};
use explainer_core::edition::EDITIONS;
use explainer_core::strings::Strings;
use explainer_core::translate::{for_edition, translation_url};
use explainer_core::validate::{load, Loaded};

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("{}: cannot write: {e}", path.display()))
}

/// A story in one edition, ready to render: its dataset in the edition's words, the files it came from, and the
/// preview image's file.
struct Edition {
    loaded: Arc<Loaded>,
    raw: Arc<String>,
    incomplete: bool,
    fingerprint: String,
    image: String,
    tags: String,
}

/// The stories of a build: every dataset directly in `data/` (translations, `x.fa.json`, are not stories).
fn stories(dist: &Path) -> Vec<String> {
    let mut out: Vec<String> = std::fs::read_dir(dist.join("data"))
        .map(|dir| dir.filter_map(|e| e.ok()?.file_name().into_string().ok()).collect::<Vec<String>>())
        .unwrap_or_default()
        .into_iter()
        .map(|name: String| format!("data/{name}"))
        .filter(|path| story_of(path).is_some())
        .collect();
    out.sort();
    out
}

/// The edition's font, preloaded: what the first screen needs (files named by `scripts/subset-font.sh`).
fn preloads(dist: &Path, s: &Strings) -> Vec<String> {
    let mut fonts: Vec<String> = std::fs::read_dir(dist.join("fonts"))
        .map(|dir| dir.filter_map(|e| e.ok()?.file_name().into_string().ok()).collect())
        .unwrap_or_default();
    fonts.sort();
    fonts
        .iter()
        .filter(|f| f.ends_with(".woff2") && f.contains(&format!("-{}-", s.lang)))
        .map(|f| format!("<link rel=\"preload\" href=\"fonts/{f}\" as=\"font\" type=\"font/woff2\" crossorigin>"))
        .collect()
}

fn prepare(dist: &Path, data: &str, home: bool, s: &'static Strings, site: Option<&str>, fonts: &[Vec<u8>]) -> Result<Edition, String> {
    let text = read(&dist.join(data))?;
    let loaded = load(&text).map_err(|problems| {
        let list: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        format!("{data}: invalid:\n{}", list.join("\n"))
    })?;
    let fmt = IcuFormatter::new(s.intl_locale, s.number_grouping)?;
    let translation = if s.lang == "en" {
        None
    } else {
        let url = translation_url(data, s.lang);
        match read(&dist.join(&url)) {
            Ok(t) => Some(t),
            Err(e) => {
                println!("ssg: {e}: its {} pages show the text in English", s.lang);
                None
            }
        }
    };
    let (dataset, problems) = for_edition(&loaded.dataset, translation.as_deref(), &fmt, s);
    for p in &problems {
        println!("ssg: {}: {p}", translation_url(data, s.lang));
    }
    let incomplete = (s.lang != "en" && translation.is_none()) || !problems.is_empty();
    let fingerprint = fingerprint(&text, translation.as_deref());
    // The story's link preview in this edition.
    let image = if home { preview::file_of(s) } else { preview::file_of_story(story_of(data).unwrap_or("story"), s) };
    let (p, png) = preview::render(&dataset, &fmt, s, fonts)?;
    write(&dist.join(&image), &png)?;
    println!("ssg: wrote {image} ({} bytes)", png.len());
    let other = EDITIONS.into_iter().find(|o| o.lang == s.switch_lang);
    let version = preview::fingerprint(&png);
    let page = Door::page(data, home, s).file();
    let tags = preview::tags(&dataset, s, other, &p.alt, site, &version, &page, &image);
    Ok(Edition {
        loaded: Arc::new(Loaded { dataset, warnings: loaded.warnings }),
        raw: Arc::new(text),
        incomplete,
        fingerprint,
        image,
        tags,
    })
}

fn run(dist: &Path) -> Result<(), String> {
    let template = read(&dist.join("index.html"))?;
    // The site's own story, as the page names it.
    let named = explainer_core::source::named_in(&template);
    let home = explainer_core::source::choose(named, None)
        .map_err(|_| format!("index.html: no <meta name=\"dataset\" content=\"data/….json\"> (found {named:?})"))?
        .path;
    let site = site_url()?;
    if site.is_some() {
        std::fs::create_dir_all(dist.join("oembed")).map_err(|e| format!("{}: {e}", dist.join("oembed").display()))?;
    }
    let fonts = preview::load_fonts()?;
    render::init();
    // The app's size as served, measured by the build's script (scripts/post-build.mjs), for readers who save data.
    let app_bytes = std::env::var("EXPLAINER_APP_BYTES").ok().and_then(|b| b.parse().ok()).unwrap_or(0);
    let mut editions: BTreeMap<(String, bool, &str), Edition> = BTreeMap::new();
    let mut total = 0;
    for door in door::all(&home, &stories(dist)) {
        let key = (door.data.clone(), door.home, door.edition.lang);
        if !editions.contains_key(&key) {
            let e = prepare(dist, &door.data, door.home, door.edition, site.as_deref(), &fonts)?;
            editions.insert(key.clone(), e);
        }
        let e = &editions[&key];
        let body = render::door(&door, e.loaded.clone(), e.raw.clone(), e.incomplete, app_bytes);
        let m = &e.loaded.dataset.meta;
        let preloads = preloads(dist, door.edition);
        let head = shell::Head { title: &m.title, description: &m.lede, preloads: &preloads };
        let html = shell::page(&template, door.edition, &head, &shell::root(&door, &home, &e.fingerprint, app_bytes, &body))?;
        // Pasted into a CMS, the page's link embeds it (oEmbed); that needs the site's absolute address.
        let tags = match site.as_deref() {
            Some(site) => {
                let doc = oembed::document(site, &door, &m.title, &e.image);
                write(&dist.join(door.oembed_file()), doc.as_bytes())?;
                format!("{}{}", e.tags, oembed::discovery(site, &door, &m.title))
            }
            None => e.tags.clone(),
        };
        let html = preview::splice(&html, &tags)?;
        let file = door.file();
        write(&dist.join(&file), html.as_bytes())?;
        println!("ssg: wrote {file} ({} bytes, preview {})", html.len(), e.image);
        total += 1;
    }
    // The page where an editor checks a dataset before publishing it (English; `?lang=fa` for Persian).
    let s = &explainer_core::strings::EN;
    let check = shell::check_page(&template, s, &render::check_page(s))?;
    write(&dist.join("check.html"), check.as_bytes())?;
    println!("ssg: wrote {total} doors and check.html");
    Ok(())
}

/// The site's public address, from the build setting `EXPLAINER_SITE_URL` (checked: an absolute http(s) URL), or
/// `None`, said in the build's output: the link previews then carry no image.
fn site_url() -> Result<Option<String>, String> {
    match std::env::var(preview::SITE_URL_VAR) {
        Ok(raw) if !raw.trim().is_empty() => preview::site_url(&raw).map(Some),
        _ => {
            println!(
                "ssg: {var} is not set: link previews (Telegram, WhatsApp, X…) will show the title and description but no \
                 image, and a link pasted into WordPress, Ghost or Medium will stay a plain link (no oEmbed), until it is. \
                 Set it to the site's public address when building, e.g. \
                 {var}=https://example.org/explainer/ trunk build --release (docs/deploying.md)",
                var = preview::SITE_URL_VAR
            );
            Ok(None)
        }
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // The editions, for the build's scripts (`scripts/offline.mjs`), which keep no list of their own.
    if args == ["--editions"] {
        let list: Vec<String> = EDITIONS
            .into_iter()
            .map(|s| format!("{{\"lang\":\"{}\",\"dir\":\"{}\",\"page\":\"{}\"}}", s.lang, s.dir.attr(), Door::page("", true, s).file()))
            .collect();
        println!("[{}]", list.join(","));
        return ExitCode::SUCCESS;
    }
    let [dist] = args.as_slice() else {
        eprintln!("usage: ssg <dist directory> | ssg --editions");
        return ExitCode::from(2);
    };
    match run(Path::new(dist)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("ssg: {e}");
            ExitCode::from(1)
        }
    }
}
