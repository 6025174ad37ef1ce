//! The page: loads the dataset, then shows either a status (loading, failed, invalid) or the explainer.
//! The frame (headline, explanation) renders in every state, so the page is never blank.

use std::sync::Arc;

use explainer_core::chart::Theme;
use explainer_core::model::Dataset;
use explainer_core::params::{EmbedView, Params};
use explainer_core::translate;
use explainer_core::validate::{self, Loaded, Problem};
use explainer_core::view::page;
use leptos::prelude::*;

use crate::components::blackout::Blackout;
use crate::components::embed_codes::EmbedCodes;
use crate::components::explorer::Explorer;
use crate::components::known::KnownOn;
use crate::components::method::{Compare, Method};
use crate::components::record::{Context, Disagreements, History, Verification};
use crate::components::sources::Sources;
use crate::components::status;
use crate::components::story::Story;
use crate::components::summary::Summary;
use crate::fetch::{self, FetchError};
use crate::locale::{self, use_locale};

#[derive(Clone)]
pub enum LoadState {
    Loading,
    Failed(FetchError),
    Invalid(Arc<Vec<Problem>>),
    /// The dataset (its text in the edition's language), its file as fetched (offered as the JSON download), and
    /// whether some of its text could not be translated (then shown in the original).
    Ready(Arc<Loaded>, Arc<String>, bool),
}

/// The path of the dataset the page shows (`source::choose`), for what names it (the embed codes).
#[derive(Clone, Copy)]
pub struct DatasetPath(pub &'static str);

#[component]
pub fn App() -> impl IntoView {
    locale::provide(locale::page_locale());
    let locale = use_locale();
    let s = locale.strings;
    locale::apply_to_document(s);
    let state = RwSignal::new(LoadState::Loading);
    let theme = crate::theme::follow();
    // In an iframe, report the height from the start (loading and error states too).
    {
        let pairs = crate::address::pairs();
        let (child_id, frame_id) = explainer_core::params::frame_ids(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        crate::embed::start(explainer_core::params::Params { child_id, frame_id, ..Default::default() });
    }
    // The page's dataset, or the one the link asks for: one per page, for as long as it is open.
    let chosen: &'static _ = Box::leak(Box::new(crate::address::dataset()));
    if let Ok(c) = chosen {
        provide_context(DatasetPath(c.path.as_str()));
    }
    let load = move || {
        let path = match chosen {
            Ok(c) => c.path.as_str(),
            Err(refusal) => return state.set(LoadState::Failed(FetchError::Refused(refusal.clone()))),
        };
        state.set(LoadState::Loading);
        leptos::task::spawn_local(async move {
            // The dataset is written in English; another edition fetches its translation at the same time.
            let translation_url = (s.lang != "en").then(|| translate::translation_url(path, s.lang));
            let translation = async {
                match &translation_url {
                    Some(url) => Some(fetch::text(url).await),
                    None => None,
                }
            };
            let (data, translation) = futures::future::join(fetch::text(path), translation).await;
            let next = match data {
                Err(e) => LoadState::Failed(e),
                Ok(text) => match validate::load(&text) {
                    Ok(mut loaded) => {
                        let text_of = translation.as_ref().and_then(|t| t.as_ref().ok()).map(String::as_str);
                        let (d, problems) = locale.with(|fmt, s| translate::for_edition(&loaded.dataset, text_of, fmt, s));
                        loaded.dataset = d;
                        // A translation that could not be fetched, or that left some text in English.
                        let incomplete = matches!(translation, Some(Err(_))) || !problems.is_empty();
                        LoadState::Ready(Arc::new(loaded), Arc::new(text), incomplete)
                    }
                    Err(problems) => LoadState::Invalid(Arc::new(problems)),
                },
            };
            state.set(next);
        });
    };
    load();

    // An embed shows one view, never the prerendered page: it goes at once (the loading frame takes its place).
    // So does a page asked to show another dataset than the one it was prerendered from, or none.
    if crate::address::pairs().iter().any(|(k, _)| k == "embed") || !chosen.as_ref().is_ok_and(|c| c.own) {
        crate::still::remove_all();
    }
    view! {
        {move || match state.get() {
            // While the data loads, the prerendered page (when there is one) is the page, with a note that the rest
            // is coming; after a failed fetch it stays, under the message and its retry button: its figures are the
            // build's, and true.
            LoadState::Loading if crate::still::present() => status::loading_over_still().into_any(),
            LoadState::Failed(e) if crate::still::present() => view! { <div class="over-still">{status::failed(e, load)}</div> }.into_any(),
            other => view! { <main class="explainer">{page_body(other, load, theme)}</main> }.into_any(),
        }}
    }
}

fn page_body(state: LoadState, load: impl Fn() + Copy + 'static, theme: Signal<Theme>) -> AnyView {
    let s = use_locale().strings;
    match state {
        LoadState::Loading => (status::frame(), status::loading()).into_any(),
        LoadState::Failed(e) => (status::frame(), status::failed(e, load)).into_any(),
        // The data the server has now is not the one the page was built from: only the problems are true.
        LoadState::Invalid(problems) => {
            crate::still::remove_all();
            (status::frame(), status::invalid(problems, load)).into_any()
        }
        LoadState::Ready(loaded, raw, incomplete) => {
            // A reader who has scrolled into the prerendered page keeps their place: the app's page comes whole (not
            // a section per task, which would leave them past its end for a while) and is scrolled to put the
            // section they were reading where it was, with the lists they opened open; a focused link passes its
            // focus to the app's.
            let place = crate::still::place();
            crate::still::remove();
            let notice =
                incomplete.then(|| view! { <p class="notice" role="status" data-testid="translation-missing">{s.translation_missing}</p> });
            let at_once = place.to_keep();
            request_animation_frame(move || crate::still::restore(&place));
            (notice, explainer(loaded, raw, theme, at_once)).into_any()
        }
    }
}

/// The explainer for `loaded`; `at_once`: every section in the first task (else those below the chart come one per
/// task).
pub(crate) fn explainer(loaded: Arc<Loaded>, raw: Arc<String>, theme: Signal<Theme>, at_once: bool) -> impl IntoView {
    let d = Arc::new(loaded.dataset.clone());
    let mut params = crate::address::read(&d);
    // Links and embed codes made from this page carry its edition.
    params.lang = Some(use_locale().strings.lang);
    locale::set_document_text(&d.meta.title, &d.meta.lede);
    if params.transparent {
        if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|doc| doc.document_element()) {
            let _ = root.set_attribute("data-bg", "transparent");
        }
    }
    if let Some(view) = params.embed {
        return embedded(d, raw, theme, view, params).into_any();
    }
    let params = RwSignal::new(params);
    provide_context(params);
    let p = use_locale().with(|f, s| page::page(&d, f, s));
    let other = use_locale().strings.switch_lang;
    let switch_href = Signal::derive(move || {
        let mut p = params.get();
        p.lang = Some(other);
        crate::address::edition_href(&p)
    });
    let rest = later(&d, theme, &p, at_once);
    // The prerendered masthead stays (see `still`); without one, the app draws its own.
    let masthead = if crate::still::has_masthead() {
        let (title, lede) = (p.title.clone(), p.lede.clone());
        let s = use_locale().strings;
        Effect::new(move |_| crate::still::fill_masthead(&title, &lede, s.switch_label, s.switch_lang, &switch_href.get()));
        ().into_any()
    } else {
        // A file being checked (no dataset path) is switched by the check page's own buttons: a link would leave the
        // page, and the file with it.
        let switch = use_context::<DatasetPath>().map(|_| crate::components::shared::edition_switch(switch_href));
        view! {
            <header class="masthead">
                {switch}
                <h1>{p.title}</h1>
                <p class="lede">{p.lede}</p>
            </header>
        }
        .into_any()
    };
    view! {
        {masthead}
        <Summary dataset=d.clone() />
        <Story dataset=d.clone() theme=theme />
        <section class="chart-section" aria-labelledby="chart-heading">
            <h2 id="chart-heading">{p.chart_heading}</h2>
            <p class="intro">{p.chart_intro}</p>
            <Explorer dataset=d.clone() raw=raw theme=theme />
        </section>
        {rest}
    }
    .into_any()
}

/// The sections below the chart, one more per task once the first screen is the app's (its masthead, summary, story
/// and chart come at once, so nothing on screen blinks): the takeover then holds the reader's main thread for one
/// section at a time, never for the whole page (each is appended below the last, so nothing on screen moves).
fn later(d: &Arc<Dataset>, theme: Signal<Theme>, p: &page::Page, at_once: bool) -> impl IntoView {
    type Section = Box<dyn Fn() -> AnyView + Send + Sync>;
    let section = |f: fn(Arc<Dataset>, Signal<Theme>) -> AnyView| -> Section {
        let d = d.clone();
        Box::new(move || f(d.clone(), theme))
    };
    let mut sections: Vec<Section> = vec![
        section(|d, theme| view! { <KnownOn dataset=d theme=theme /> }.into_any()),
        section(|d, _| view! { <Method dataset=d /> }.into_any()),
        section(|d, _| view! { <Compare dataset=d /> }.into_any()),
        section(|d, _| view! { <Blackout dataset=d /> }.into_any()),
        section(|d, _| view! { <Verification dataset=d /> }.into_any()),
        section(|d, _| view! { <Disagreements dataset=d /> }.into_any()),
        section(|d, _| view! { <History dataset=d /> }.into_any()),
        section(|d, _| view! { <Context dataset=d /> }.into_any()),
        section(|d, _| view! { <Sources dataset=d /> }.into_any()),
        // A local file (the offline edition) has no address a newsroom could embed; nor has a file being checked
        // (`check`: no dataset path).
        section(|d, _| {
            let embeddable = !crate::address::is_local_file() && use_context::<DatasetPath>().is_some();
            embeddable.then(|| view! { <EmbedCodes dataset=d /> }).into_any()
        }),
    ];
    let p = p.clone();
    sections.push(Box::new(move || footer(&p)));
    let n = sections.len();
    let stage = RwSignal::new(if at_once { n } else { 0 });
    if !at_once {
        advance(stage, n);
    }
    sections
        .into_iter()
        .enumerate()
        .map(|(i, f)| {
            let shown = Memo::new(move |_| stage.get() > i);
            move || shown.get().then(&f)
        })
        .collect_view()
}

/// Shows one more section in a task of its own, until all `n` are shown. Stops when the explainer is gone (the
/// check page draws it again when the edition or the file changes): its signal is disposed then, and reading it
/// would panic.
fn advance(stage: RwSignal<usize>, n: usize) {
    set_timeout(
        move || {
            if stage.try_update(|s| *s += 1).is_some() && stage.try_get_untracked().is_some_and(|s| s < n) {
                advance(stage, n);
            }
        },
        std::time::Duration::ZERO,
    );
}

fn footer(p: &page::Page) -> AnyView {
    let corrections = if p.corrections.is_empty() {
        view! { <p data-testid="corrections">{p.no_corrections.clone()}</p> }.into_any()
    } else {
        let items = p
            .corrections
            .iter()
            .cloned()
            .map(|(iso, date, text)| view! { <li><time datetime=iso>{date}</time>{use_locale().strings.label_sep}{text}</li> })
            .collect_view();
        view! { <ul data-testid="corrections">{items}</ul> }.into_any()
    };
    view! {
        <footer class="footer">
            <p data-testid="updated">{p.updated.clone()}</p>
            <h2 class="small">{p.corrections_heading.clone()}</h2>
            {corrections}
            <p>{p.footer_method.clone()}</p>
        </footer>
    }
    .into_any()
}

/// One view alone, for an iframe: no page chrome, a source line, links opening in a new tab.
fn embedded(d: Arc<Dataset>, raw: Arc<String>, theme: Signal<Theme>, view: EmbedView, params: Params) -> impl IntoView {
    let params = RwSignal::new(params);
    provide_context(params);
    let full = crate::address::full_page_href();
    let p = use_locale().with(|f, s| page::page(&d, f, s));
    let body = match view {
        EmbedView::Story => view! { <Story dataset=d.clone() theme=theme /> }.into_any(),
        EmbedView::Chart | EmbedView::Table => view! {
            <section class="chart-section"><Explorer dataset=d.clone() raw=raw theme=theme /></section>
        }
        .into_any(),
        EmbedView::Blackout => view! { <Blackout dataset=d.clone() /> }.into_any(),
        EmbedView::Summary => view! { <Summary dataset=d.clone() /> }.into_any(),
    };
    view! {
        <div class="embedded" data-testid="embedded" data-view=view.name()>
            {body}
            <p class="embed-source">
                {p.embed_source}" "
                <a href=full target="_blank" rel="noopener">{p.embed_open_full}</a>
            </p>
        </div>
    }
}
