//! What the page shows when its data cannot be fetched, and when it is invalid: panels the core words, placed here.

use std::sync::Arc;

use explainer_core::validate::Problem;
use explainer_core::view::page::{self, Panel};
use leptos::prelude::*;

use crate::fetch::FetchError;
use crate::locale::use_locale;

fn panel(p: Panel, testid: &'static str, retry: impl Fn() + 'static) -> impl IntoView {
    let problems = (!p.problems.is_empty()).then(|| {
        view! { <ul class="problems">{p.problems.into_iter().map(|x| view! { <li>{x}</li> }).collect_view()}</ul> }
    });
    view! {
        <section class="status error" data-testid=testid role="alert">
            <h2>{p.title}</h2>
            <p>{p.text}</p>
            {problems}
            {p.more.map(|m| view! { <p>{m}</p> })}
            {p.retry.map(|label| view! { <button type="button" data-testid="retry" on:click=move |_| retry()>{label}</button> })}
        </section>
    }
}

pub fn failed(e: FetchError, retry: impl Fn() + 'static) -> impl IntoView {
    panel(use_locale().with(|f, s| page::failed(e.into(), f, s)), "load-error", retry)
}

/// The page's frame while there is no dataset to take a title from; `switch`: the other edition's page.
pub fn frame(switch: String) -> impl IntoView {
    let s = use_locale().strings;
    view! {
        <header class="masthead">
            {crate::components::shared::edition_switch(Signal::stored(switch))}
            <h1>{s.frame_title}</h1>
        </header>
    }
}

pub fn invalid(problems: Arc<Vec<Problem>>, retry: impl Fn() + 'static) -> impl IntoView {
    panel(use_locale().with(|f, s| page::invalid(&problems, f, s)), "data-error", retry)
}
