//! The record beyond the chart: verification statements, disagreements between sources, earlier crackdowns,
//! and context, each item with its sources. A section without data is absent.

use std::sync::Arc;

use explainer_core::model::Dataset;
use explainer_core::view::records::{self, NotesSection};
use leptos::prelude::*;

use super::shared::{inert, note_list, source_links};
use crate::locale::use_locale;

fn notes_section(v: NotesSection, class: &'static str, testid: &'static str) -> impl IntoView {
    let id = format!("{class}-heading");
    let labelled = id.clone();
    let list = view! { <ul class="notes">{note_list(v.notes)}</ul> };
    let body = match v.show {
        Some(show) => view! { <details class="more"><summary>{show}</summary>{list}</details> }.into_any(),
        None => list.into_any(),
    };
    inert(move || {
        view! {
            <section class=class data-testid=testid aria-labelledby=labelled>
                <h2 id=id>{v.heading}</h2>
                {v.intro.map(|i| view! { <p class="intro">{i}</p> })}
                {body}
            </section>
        }
    })
}

#[component]
pub fn Verification(dataset: Arc<Dataset>) -> impl IntoView {
    use_locale().with(|f, s| records::verification(&dataset, f, s)).map(|v| notes_section(v, "verification", "verification"))
}

#[component]
pub fn Context(dataset: Arc<Dataset>) -> impl IntoView {
    use_locale().with(|f, s| records::context(&dataset, f, s)).map(|v| notes_section(v, "context", "context"))
}

#[component]
pub fn Disagreements(dataset: Arc<Dataset>) -> impl IntoView {
    let v = use_locale().with(|f, s| records::disagreements(&dataset, f, s))?;
    let items = v
        .items
        .into_iter()
        .map(|x| {
            view! {
                <li data-disagreement=x.id>
                    <p class="topic">{x.kind}</p>
                    <p>{x.summary}</p>
                    <ul class="involved">{x.involved.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul>
                    <p class="links">{source_links(x.sources)}</p>
                </li>
            }
        })
        .collect_view();
    Some(inert(move || {
        view! {
            <section class="disagreements" data-testid="disagreements" aria-labelledby="disagreements-heading">
                <h2 id="disagreements-heading">{v.heading}</h2>
                <p class="intro">{v.intro}</p>
                <details class="more">
                    <summary>{v.show}</summary>
                    <ul class="notes">{items}</ul>
                </details>
            </section>
        }
    }))
}

#[component]
pub fn History(dataset: Arc<Dataset>) -> impl IntoView {
    let v = use_locale().with(|f, s| records::history(&dataset, f, s))?;
    let figures = (!v.figures.is_empty()).then(|| {
        let items = v
            .figures
            .into_iter()
            .map(|h| {
                view! {
                    <li data-history=h.id class:low=h.low>
                        <p class="src-figure">{h.line}</p>
                        <p>{h.summary}</p>
                        <p class="links">{source_links(h.sources)}</p>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="notes">{items}</ul> }
    });
    let notes = (!v.notes.is_empty()).then(|| view! { <ul class="notes">{note_list(v.notes)}</ul> });
    Some(inert(move || {
        view! {
            <section class="history" data-testid="history" aria-labelledby="history-heading">
                <h2 id="history-heading">{v.heading}</h2>
                <p class="intro">{v.intro}</p>
                {figures}
                {notes}
            </section>
        }
    }))
}
