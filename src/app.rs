//! The app: `App` renders a built page's explainer (the build calls it on the host for every door); `start` is the
//! browser's side: it reads which door the page was built for, loads the same files, and takes the page over
//! (hydrates it: every element is kept, and handlers are attached), so that nothing a reader sees changes.

use std::sync::Arc;

use explainer_core::chart::Theme;
use explainer_core::door::Door;
use explainer_core::validate::Loaded;
use leptos::prelude::*;

use crate::locale::{self, use_locale};

/// What a page shows: the door it is for, its dataset (the text in the door's edition), the dataset's file as
/// served (the JSON download), and whether some text could not be translated (then shown in the original).
#[derive(Clone)]
pub struct Shown {
    pub door: Door,
    pub loaded: Arc<Loaded>,
    pub raw: Arc<String>,
    pub incomplete: bool,
    /// The app's size as served (its wasm, compressed), offered to a reader who saves data; 0 when unknown.
    pub app_bytes: u64,
}

#[component]
pub fn App(shown: Shown, theme: Signal<Theme>) -> impl IntoView {
    locale::provide(locale::of_edition(shown.door.edition));
    let s = use_locale().strings;
    let notice =
        shown.incomplete.then(|| view! { <p class="notice" role="status" data-testid="translation-missing">{s.translation_missing}</p> });
    // Shown by the page's loader, instead of loading the app, when the browser asks to save data
    // (scripts/post-build.mjs); hidden otherwise, and without JavaScript.
    let save_data = (shown.app_bytes > 0).then(|| {
        let (note, offer) = use_locale().with(|f, s| explainer_core::view::page::save_data(shown.app_bytes, f, s));
        view! {
            <p class="notice save-data" data-save-data hidden>{note}" "<button type="button" data-load-app>{offer}</button></p>
        }
    });
    view! {
        <main class="explainer">
            {save_data}
            {notice}
            {crate::page::explainer(shown.loaded, shown.raw, theme, Some(shown.door))}
        </main>
    }
}

#[cfg(feature = "hydrate")]
pub use browser::start;

#[cfg(feature = "hydrate")]
mod browser {
    use super::*;
    use crate::components::status;
    use crate::fetch::{self, FetchError};
    use explainer_core::door::fingerprint;
    use explainer_core::params::Address;
    use explainer_core::translate;
    use explainer_core::validate::{self, Problem};
    use wasm_bindgen::JsCast;

    /// What the build wrote on the page's root (`<div id="app" data-…>`, `build/src/shell.rs`): the door, the site's
    /// own dataset, and the fingerprint of the files the page was rendered from.
    struct Built {
        door: Door,
        home: String,
        fingerprint: String,
        app_bytes: u64,
    }

    fn built(root: &web_sys::Element) -> Option<Built> {
        let attr = |name: &str| root.get_attribute(name);
        let data = attr("data-dataset")?;
        let home = attr("data-home").unwrap_or_else(|| data.clone());
        let edition = attr("data-edition").and_then(|l| explainer_core::edition::by_lang(&l)).unwrap_or(&explainer_core::strings::EN);
        let view = attr("data-view").and_then(|v| explainer_core::params::EmbedView::parse(&v));
        let door = Door { home: data == home, data, edition, view };
        let app_bytes = attr("data-app-bytes").and_then(|b| b.parse().ok()).unwrap_or(0);
        Some(Built { door, home, fingerprint: attr("data-built").unwrap_or_default(), app_bytes })
    }

    /// Starts the app on a built page (the check page has its own, `check_page`).
    pub fn start() {
        let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app")) else { return };
        if crate::check_page::is_check_page() {
            // Its built page only says that it needs JavaScript.
            root.set_inner_html("");
            return leptos::mount::mount_to_body(crate::check_page::Check);
        }
        let Some(built) = built(&root) else { return };
        // The address, read once: what it asks for is resolved here, and against the dataset once it has loaded.
        let address = crate::address::current();
        // An address of an earlier version (`?lang=fa`, `?embed=chart`, `?data=…`) that the server did not map to its
        // page (a static host; deploy/ maps them on nginx): go to that page. A file on the reader's disk stays.
        // A file on the reader's disk (the offline edition) carries both editions: it draws the one asked for.
        let asked = built.door.asked(address.pairs(), &built.home);
        // In an iframe, the height is reported from the start (failures too).
        let (child_id, frame_id) = address.frame_ids();
        let wordpress_secret = address.wordpress_secret().map(String::from);
        crate::embed::start(explainer_core::params::Params { child_id, frame_id, wordpress_secret, ..Default::default() });
        let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() else { return };
        if asked.file() == built.door.file() || crate::address::is_local_file() {
            return load(Arc::new(Page { root, built, door: asked, address }));
        }
        // Only to a page the build wrote (a story published without a rebuild has none: this page draws it).
        wasm_bindgen_futures::spawn_local(async move {
            if fetch::exists(&asked.file()).await {
                crate::address::go_to(&asked.file());
            } else {
                load(Arc::new(Page { root, built, door: asked, address }));
            }
        });
    }

    /// The page's root, what the build wrote on it, the door to show (the built one, or on a file from the
    /// reader's disk the edition its address asks for), and the address it was opened with.
    struct Page {
        root: web_sys::HtmlElement,
        built: Built,
        door: Door,
        address: Address,
    }
    type Shared = Arc<Page>;

    /// Fetches the dataset (and its translation), then takes the page over; on failure, says so over the built page,
    /// with a button to try again.
    fn load(page: Shared) {
        // Outside any reactive owner (the app does not exist yet): the browser's own executor.
        wasm_bindgen_futures::spawn_local(async move {
            let (root, built, door, address) = (&page.root, &page.built, &page.door, &page.address);
            let chosen = match crate::address::dataset(address, &built.door.data) {
                Ok(c) => c,
                // A reader who followed a link must not be shown another story than the one it named.
                Err(refusal) => return refused(page.clone(), FetchError::Refused(refusal)),
            };
            let s = door.edition;
            let translation_url = (s.lang != "en").then(|| translate::translation_url(&chosen.path, s.lang));
            let translation = async {
                match &translation_url {
                    Some(url) => Some(fetch::text(url).await),
                    None => None,
                }
            };
            let fetched = futures::future::join(fetch::text(&chosen.path), translation);
            // The edition's `Intl` formatters are made while the files are on their way (a dozen constructors, tens
            // of milliseconds on a slow phone), in a task of their own after the requests have started.
            let locale = locale::of_edition(s);
            let formatters = async {
                yield_to_browser().await;
                locale.with(|_, _| ());
            };
            let ((data, translation), ()) = futures::future::join(fetched, formatters).await;
            let text = match data {
                Ok(text) => text,
                Err(e) => return failed(page.clone(), e),
            };
            // Read, then checked as a whole, in two tasks (together they blocked the page for about 80 ms on
            // Lighthouse's emulated phone).
            let read = match validate::read(&text) {
                Ok(read) => read,
                Err(problems) => return invalid(page.clone(), Arc::new(problems)),
            };
            yield_to_browser().await;
            let loaded = match read.check() {
                Ok(loaded) => loaded,
                Err(problems) => return invalid(page.clone(), Arc::new(problems)),
            };
            yield_to_browser().await;
            let translation_text = translation.as_ref().and_then(|t| t.as_ref().ok()).map(String::as_str);
            let (dataset, problems) = locale.with(|fmt, s| translate::for_edition(&loaded.dataset, translation_text, fmt, s));
            yield_to_browser().await;
            // A translation that could not be fetched, or that left some text in English.
            let incomplete = matches!(translation, Some(Err(_))) || !problems.is_empty();
            // The page was rendered from these very files: take it over. Else (the files changed since the build, or
            // the link asks for a dataset the build has no page for) draw it afresh from what was fetched.
            let same = *door == built.door && chosen.path == built.door.data && fingerprint(&text, translation_text) == built.fingerprint;
            let door = Door { data: chosen.path.clone(), home: chosen.path == built.home, ..door.clone() };
            let (title, lede) = (dataset.meta.title.clone(), dataset.meta.lede.clone());
            let shown = Shown {
                door,
                loaded: Arc::new(Loaded { dataset, warnings: loaded.warnings }),
                raw: Arc::new(text),
                incomplete,
                app_bytes: built.app_bytes,
            };
            let theme_choice = address.theme();
            let app = move || {
                let theme = crate::theme::follow(theme_choice);
                view! { <App shown=shown theme=theme /> }
            };
            // A pseudo-locale test build brackets every string, unlike the built page: it always draws afresh (as
            // does the `mount-over` measurement build).
            if same && !cfg!(feature = "pseudo-locale") && !cfg!(feature = "mount-over") {
                crate::context::while_taking_over(|| leptos::mount::hydrate_from(root.clone(), app)).forget();
            } else {
                root.set_inner_html("");
                if let Some(html) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
                    let _ = html.set_attribute("lang", s.lang);
                    let _ = html.set_attribute("dir", s.dir.attr());
                }
                locale::set_document_text(&title, &lede);
                leptos::mount::mount_to(root.clone(), app).forget();
            }
            apply_address(root, address);
        });
    }

    /// Lets the browser paint and answer the reader between the long steps of taking the page over (checking the
    /// data, writing it in the edition, hydrating), so that no one task blocks the page for long (Total Blocking
    /// Time, `e2e/lighthouse.test.mjs`).
    async fn yield_to_browser() {
        gloo_timers::future::TimeoutFuture::new(0).await;
    }

    /// The reader's state in the address (filters, window, table, step, day, background) is applied once the page
    /// is the app's: the components follow the address as they do on Back and Forward (`popstate`), and a step's
    /// fragment as on a link (`hashchange`).
    fn apply_address(root: &web_sys::HtmlElement, address: &Address) {
        let Some(win) = web_sys::window() else { return };
        if address.transparent() {
            if let Some(html) = win.document().and_then(|d| d.document_element()) {
                let _ = html.set_attribute("data-bg", "transparent");
            }
        }
        if address.has_state() {
            if let Ok(e) = web_sys::Event::new("popstate") {
                let _ = win.dispatch_event(&e);
            }
        }
        if win.location().hash().is_ok_and(|h| h.len() > 1) {
            if let Ok(e) = web_sys::Event::new("hashchange") {
                let _ = win.dispatch_event(&e);
            }
        }
        let _ = root.set_attribute("data-ready", "");
    }

    /// The files could not be fetched: the built page stays (its figures are the build's, and true), under a note
    /// pinned to the foot of the window with the reason and a button to try again.
    fn failed(page: Shared, e: FetchError) {
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
        let Some(body) = doc.body() else { return };
        let Ok(holder) = doc.create_element("div") else { return };
        let _ = body.append_child(&holder);
        let Ok(holder) = holder.dyn_into::<web_sys::HtmlElement>() else { return };
        let s = page.door.edition;
        let h = holder.clone();
        let retry = move || {
            h.remove();
            load(page.clone());
        };
        leptos::mount::mount_to(holder, move || {
            locale::provide(locale::of_edition(s));
            view! { <div class="over-still">{status::failed(e, retry)}</div> }
        })
        .forget();
    }

    /// The link asks for a file the page will not fetch: the built page (another story) goes; the reason stays.
    fn refused(page: Shared, e: FetchError) {
        replace_with_panel(page, move |retry| status::failed(e, retry).into_any());
    }

    /// The dataset the server has now is invalid: it is not the one the page was built from, so only its problems
    /// are true. They replace the page.
    fn invalid(page: Shared, problems: Arc<Vec<Problem>>) {
        replace_with_panel(page, move |retry| status::invalid(problems, retry).into_any());
    }

    /// Replaces the built page with the page's frame (title, switch to the other edition's page) and `panel`, given
    /// the action that tries again.
    fn replace_with_panel(page: Shared, panel: impl FnOnce(Box<dyn Fn()>) -> AnyView + 'static) {
        let root = page.root.clone();
        let s = page.door.edition;
        let other = page.door.switched().file();
        root.set_inner_html("");
        let retry: Box<dyn Fn()> = Box::new(move || load(page.clone()));
        leptos::mount::mount_to(root, move || {
            locale::provide(locale::of_edition(s));
            view! { <main class="explainer">{status::frame(other)}{panel(retry)}</main> }
        })
        .forget();
    }
}
