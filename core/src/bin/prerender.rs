//! `cargo run -p explainer-core --bin prerender -- DIST`
//! Writes each edition's page into a build (`DIST/index.html` in English, `DIST/fa.html` in Persian) with its key
//! content prerendered (`explainer_core::prerender`) from the dataset the page names (`<meta name="dataset">`, a
//! file in `DIST/data/`, and its Persian text beside it), formatted by ICU4X exactly as the browser's `Intl` formats it,
//! and each edition's link preview (`DIST/preview-en.png`, `-fa.png`, and its tags in the page; the image's absolute
//! address from `EXPLAINER_SITE_URL`, the site's public address, when it is set). The template is
//! `DIST/index.html` as Trunk wrote it (or as this step left it: the step can run again). Exits 1 when the dataset
//! is invalid or the page lacks the markers, printing why.

// Host only: ICU4X and the prerendering are not built for the wasm (where `cargo test --target wasm32` still builds
// every binary of the crate).
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    host::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod host {
    use std::path::Path;
    use std::process::ExitCode;

    use explainer_core::edition::EDITIONS;
    use explainer_core::format::Formatter;
    use explainer_core::icu_format::IcuFormatter;
    use explainer_core::model::Dataset;
    use explainer_core::prerender;
    use explainer_core::preview;
    use explainer_core::strings::Strings;
    use explainer_core::translate::{for_edition, translation_url};
    use explainer_core::validate::load;

    fn read(path: &Path) -> Result<String, String> {
        std::fs::read_to_string(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))
    }

    fn run(dist: &Path) -> Result<(), String> {
        let template = read(&dist.join("index.html"))?;
        // The dataset the page names, as the app reads it (`source::choose`).
        let named = explainer_core::source::named_in(&template);
        let dataset = explainer_core::source::choose(named, None)
            .map_err(|_| format!("index.html: no <meta name=\"dataset\" content=\"data/….json\"> (found {named:?})"))?
            .path;
        let dataset = dataset.as_str();
        let text = read(&dist.join(dataset))?;
        let loaded = load(&text).map_err(|problems| {
            let list: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
            format!("{dataset}: invalid:\n{}", list.join("\n"))
        })?;
        let site = site_url()?;
        for s in EDITIONS {
            let fmt = IcuFormatter::new(s.intl_locale, s.number_grouping)?;
            // Only what the first screen needs is preloaded: the edition's font. The data and the app load after it.
            let mut preloads = Vec::new();
            let shown = if s.lang == "en" {
                for_edition(&loaded.dataset, None, &fmt, s).0
            } else {
                let url = translation_url(dataset, s.lang);
                let (d, problems) = for_edition(&loaded.dataset, Some(&read(&dist.join(&url))?), &fmt, s);
                for p in &problems {
                    println!("prerender: {url}: {p}");
                }
                // The edition's font, when the stylesheet gives it one (files named by `scripts/subset-font.sh`).
                let mut fonts: Vec<String> = std::fs::read_dir(dist.join("fonts"))
                    .map(|dir| dir.filter_map(|e| e.ok()?.file_name().into_string().ok()).collect())
                    .unwrap_or_default();
                fonts.sort();
                for f in fonts.iter().filter(|f| f.ends_with(".woff2") && f.contains(&format!("-{}-", s.lang))) {
                    preloads.push(format!("<link rel=\"preload\" href=\"fonts/{f}\" as=\"font\" type=\"font/woff2\" crossorigin>"));
                }
                d
            };
            let other = EDITIONS.into_iter().find(|o| o.lang == s.switch_lang).map(prerender::file_of).unwrap_or("index.html");
            let html = prerender::page(&template, &shown, &fmt, s, other, &preloads)?;
            let html = link_preview(dist, &html, &shown, &fmt, s, site.as_deref())?;
            let out = dist.join(prerender::file_of(s));
            std::fs::write(&out, &html).map_err(|e| format!("{}: cannot write: {e}", out.display()))?;
            println!("prerender: wrote {} ({} bytes)", out.display(), html.len());
        }
        // The page where an editor checks a dataset before publishing it (English; `?lang=fa` for Persian).
        let check = prerender::check_page(&template, &explainer_core::strings::EN)?;
        let out = dist.join("check.html");
        std::fs::write(&out, &check).map_err(|e| format!("{}: cannot write: {e}", out.display()))?;
        println!("prerender: wrote {} ({} bytes)", out.display(), check.len());
        Ok(())
    }

    /// The site's public address, from the build setting `EXPLAINER_SITE_URL` (checked: an absolute http(s) URL), or
    /// `None`, said in the build's output: the link previews then carry no image.
    fn site_url() -> Result<Option<String>, String> {
        match std::env::var(preview::SITE_URL_VAR) {
            Ok(raw) if !raw.trim().is_empty() => preview::site_url(&raw).map(Some),
            _ => {
                println!(
                    "prerender: {var} is not set: link previews (Telegram, WhatsApp, X…) will show the title and description but \
                     no image until it is. Set it to the site's public address when building, e.g. \
                     {var}=https://example.org/explainer/ trunk build --release (README, \"Deploy it\")",
                    var = preview::SITE_URL_VAR
                );
                Ok(None)
            }
        }
    }

    /// The edition's link preview: its image drawn from the dataset into the build (`preview-en.png`,
    /// `preview-fa.png`), and `html` with its Open Graph and X tags (the image's absolute address when `site` is
    /// given).
    fn link_preview(dist: &Path, html: &str, d: &Dataset, fmt: &dyn Formatter, s: &Strings, site: Option<&str>) -> Result<String, String> {
        let fonts = preview::load_fonts()?;
        let (p, png) = preview::render(d, fmt, s, &fonts)?;
        let out = dist.join(preview::file_of(s));
        std::fs::write(&out, &png).map_err(|e| format!("{}: cannot write: {e}", out.display()))?;
        println!("prerender: wrote {} ({} bytes)", out.display(), png.len());
        let other = EDITIONS.into_iter().find(|o| o.lang == s.switch_lang);
        preview::splice(html, &preview::tags(d, s, other, &p.alt, site, &preview::fingerprint(&png)))
    }

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let [dist] = args.as_slice() else {
            eprintln!("usage: prerender <dist directory>");
            return ExitCode::from(2);
        };
        match run(Path::new(dist)) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("prerender: {e}");
                ExitCode::from(1)
            }
        }
    }
}
