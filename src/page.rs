//! The explainer for a dataset: its masthead and sections, or one of them alone for an embed. The same on the host,
//! where the build renders it for every door, and in the browser, which takes that page over.

use std::sync::Arc;

use explainer_core::chart::Theme;
use explainer_core::door::Door;
use explainer_core::model::Dataset;
use explainer_core::params::{EmbedView, Params};
use explainer_core::validate::Loaded;
use explainer_core::view::page;
use leptos::prelude::*;

use crate::components::blackout::Blackout;
use crate::components::embed_codes::EmbedCodes;
use crate::components::explorer::Explorer;
use crate::components::known::KnownOn;
use crate::components::method::{Compare, Method};
use crate::components::record::{Context, Disagreements, History, Verification};
use crate::components::sources::Sources;
use crate::components::story::Story;
use crate::components::summary::Summary;
use crate::context;
use crate::locale::use_locale;

/// The explainer for `loaded` (its text in the page's edition), on the built page `door` (`None`: the check page's
/// preview, which links to no other page). `raw` is the dataset's file, offered as the JSON download.
pub fn explainer(loaded: Arc<Loaded>, raw: Arc<String>, theme: Signal<Theme>, door: Option<Door>) -> impl IntoView {
    let d = Arc::new(loaded.dataset.clone());
    let view = door.as_ref().and_then(|door| door.view);
    // The reader's state (filters, window, table, step, day): the defaults as built; the browser then applies its
    // address (`app::apply_address`).
    let params = RwSignal::new(Params { embed: view, ..Default::default() });
    provide_context(params);
    if let Some(door) = &door {
        context::provide_door(door.clone());
    }
    let p = use_locale().with(|f, s| page::page(&d, f, s));
    if let Some(view) = view {
        return embedded(d, raw, theme, view, &p, door.map(|door| door.with_view(None).file()).unwrap_or_default()).into_any();
    }
    // The same page in the other edition, keeping the reader's state. A file on the reader's disk (the offline
    // edition) is both editions: its switch stays in the file (`?lang=`, `app::start`).
    let switch = door.map(|door| {
        let lang = use_locale().strings.switch_lang;
        let other = door.switched().file();
        let local = RwSignal::new(false);
        Effect::new(move |_| local.set(crate::address::is_local_file()));
        let href = Signal::derive(move || {
            let state = params.get().without_door();
            if local.get() {
                Params { lang: Some(lang), ..state }.query()
            } else {
                format!("{other}{}", state.query())
            }
        });
        crate::components::shared::edition_switch(href)
    });
    view! {
        <header class="masthead">
            {switch}
            <h1>{p.title.clone()}</h1>
            <p class="lede">{p.lede.clone()}</p>
        </header>
        <Summary dataset=d.clone() />
        <Story dataset=d.clone() theme=theme />
        <section class="chart-section" aria-labelledby="chart-heading">
            <h2 id="chart-heading">{p.chart_heading.clone()}</h2>
            <p class="intro">{p.chart_intro.clone()}</p>
            <Explorer dataset=d.clone() raw=raw theme=theme />
        </section>
        <KnownOn dataset=d.clone() theme=theme />
        <Method dataset=d.clone() />
        <Compare dataset=d.clone() />
        <Blackout dataset=d.clone() />
        <Verification dataset=d.clone() />
        <Disagreements dataset=d.clone() />
        <History dataset=d.clone() />
        <Context dataset=d.clone() />
        <Sources dataset=d.clone() />
        // Only a page of the site can be embedded: not the check page's preview (no door), nor an offline file
        // (its embed codes stay hidden: `EmbedCodes`).
        {context::use_door().map(|_| view! { <EmbedCodes dataset=d.clone() /> })}
        {footer(&p)}
    }
    .into_any()
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
    let (updated, heading, method) = (p.updated.clone(), p.corrections_heading.clone(), p.footer_method.clone());
    crate::components::shared::inert(move || {
        view! {
            <footer class="footer">
                <p data-testid="updated">{updated}</p>
                <h2 class="small">{heading}</h2>
                {corrections}
                <p>{method}</p>
            </footer>
        }
    })
    .into_any()
}

/// One view alone, for an iframe: no page chrome, a source line, links opening in a new tab. `full` is the address
/// of the whole explainer's page, beside this one.
fn embedded(d: Arc<Dataset>, raw: Arc<String>, theme: Signal<Theme>, view: EmbedView, p: &page::Page, full: String) -> impl IntoView {
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
                {p.embed_source.clone()}" "
                <a href=full target="_blank" rel="noopener" on:click=|e| crate::embed::open_whole_page(&e)>
                    {p.embed_open_full.clone()}
                </a>
            </p>
        </div>
    }
}
