//! The headline comparison: the latest official toll against the latest independent count, and the gap between
//! them. Everything shown comes from the core's summary view model; this only places it.

use std::sync::Arc;

use explainer_core::model::Dataset;
use explainer_core::view::summary::{self, Card};
use leptos::prelude::*;

use super::shared::inert;
use crate::locale::use_locale;

fn figure_card(c: Card, testid: &'static str) -> impl IntoView {
    view! {
        <div class="card" data-testid=testid data-claim=c.claim>
            <p class="card-label">{c.label}</p>
            <p class="figure">{c.figure}</p>
            <p class="card-when">{c.when}</p>
            <p class="card-counts">{c.counts}</p>
            <p class="card-method">{c.method}</p>
            {c.source.map(|s| view! { <p class="card-source"><a href=s.url rel="noopener" target="_blank">{s.label}</a></p> })}
        </div>
    }
}

#[component]
pub fn Summary(dataset: Arc<Dataset>) -> impl IntoView {
    let Some(v) = use_locale().with(|f, s| summary::summary(&dataset, f, s)) else {
        return view! { <section class="summary" data-testid="summary"></section> }.into_any();
    };
    inert(move || {
        view! {
            <section class="summary" data-testid="summary" aria-labelledby="summary-heading">
                <h2 id="summary-heading" class="visually-hidden">{v.heading}</h2>
                <div class="cards">{figure_card(v.official, "summary-official")}{figure_card(v.independent, "summary-independent")}</div>
                <p class="gap" data-testid="summary-gap"><span class="derived-tag">{v.derived}</span>" "{v.gap}</p>
                <p class="gap-note">{v.note}</p>
            </section>
        }
    })
    .into_any()
}
