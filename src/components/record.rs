//! The record beyond the chart: verification statements, disagreements between sources, earlier crackdowns,
//! and context. All of it straight from the dataset, each item with its sources.

use std::sync::Arc;

use explainer_core::describe;
use explainer_core::format::Formatter;
use explainer_core::model::{Dataset, Reliability, Topic};
use explainer_core::strings::{fill, EN};
use leptos::prelude::*;

use super::blackout::{note_list, source_links};
use crate::intl;

#[component]
pub fn Verification(dataset: Arc<Dataset>) -> impl IntoView {
    if !has_notes(&dataset, &[Topic::Verification]) {
        return ().into_any();
    }
    view! {
        <section class="verification" data-testid="verification" aria-labelledby="verification-heading">
            <h2 id="verification-heading">{EN.verification_heading}</h2>
            <p class="intro">{EN.verification_intro}</p>
            <ul class="notes">{note_list(&dataset, &[Topic::Verification])}</ul>
        </section>
    }
    .into_any()
}

#[component]
pub fn Disagreements(dataset: Arc<Dataset>) -> impl IntoView {
    let d = dataset;
    if d.disagreements.is_empty() {
        return ().into_any();
    }
    let items = d
        .disagreements
        .iter()
        .map(|x| {
            let claims = x
                .claims
                .iter()
                .filter_map(|id| d.claim(id))
                .map(|c| {
                    let v = intl::with(|f| describe::claim_view(&d, c, f, &EN));
                    view! { <li>{format!("{}: {}, {}", v.claimant, v.figure, v.published)}</li> }
                })
                .collect_view();
            view! {
                <li data-disagreement=x.id.clone()>
                    <p class="topic">{EN.disagreement_kind(x.kind)}</p>
                    <p>{x.summary.clone()}</p>
                    <ul class="involved">{claims}</ul>
                    <p class="links">{source_links(&d, &x.sources)}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="disagreements" data-testid="disagreements" aria-labelledby="disagreements-heading">
            <h2 id="disagreements-heading">{EN.disagreements_heading}</h2>
            <p class="intro">{EN.disagreements_intro}</p>
            <details class="more">
                <summary>{fill(EN.notes_show, &[("n", &d.disagreements.len().to_string())])}</summary>
                <ul class="notes">{items}</ul>
            </details>
        </section>
    }
    .into_any()
}

#[component]
pub fn History(dataset: Arc<Dataset>) -> impl IntoView {
    let d = dataset;
    let notes = has_notes(&d, &[Topic::History]);
    if d.history.is_empty() && !notes {
        return ().into_any();
    }
    let figures = d
        .history
        .iter()
        .map(|h| {
            let (figure, date) = intl::with(|f| {
                let v = h.value.map(|v| f.integer(v));
                let lo = h.low.map(|v| f.integer(v));
                let hi = h.high.map(|v| f.integer(v));
                (EN.figure(h.basis, h.qualifier, v.as_deref(), lo.as_deref(), hi.as_deref()), f.date(h.published))
            });
            let who = d.claimant(&h.claimant).map(|c| c.short_name.clone()).unwrap_or_default();
            let low = h.reliability == Reliability::Low;
            view! {
                <li data-history=h.id.clone() class:low=low>
                    <p><span class="episode">{h.episode.clone()}</span>" · "<strong>{who}</strong>": "<span class="src-figure">{figure}</span>" · "{date}</p>
                    <p>{h.summary.clone()}</p>
                    <p class="links">{source_links(&d, &h.sources)}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="history" data-testid="history" aria-labelledby="history-heading">
            <h2 id="history-heading">{EN.history_heading}</h2>
            <p class="intro">{EN.history_intro}</p>
            {(!d.history.is_empty()).then(|| view! { <ul class="notes">{figures}</ul> })}
            {notes.then(|| view! { <ul class="notes">{note_list(&d, &[Topic::History])}</ul> })}
        </section>
    }
    .into_any()
}

#[component]
pub fn Context(dataset: Arc<Dataset>) -> impl IntoView {
    let n = dataset.notes.iter().filter(|n| matches!(n.topic, Topic::Context | Topic::Statement)).count();
    if n == 0 {
        return ().into_any();
    }
    view! {
        <section class="context" aria-labelledby="context-heading">
            <h2 id="context-heading">{EN.context_heading}</h2>
            <details class="more">
                <summary>{fill(EN.context_show, &[("n", &n.to_string())])}</summary>
                <ul class="notes">{note_list(&dataset, &[Topic::Context, Topic::Statement])}</ul>
            </details>
        </section>
    }
    .into_any()
}

/// Whether the dataset has a note on any of `topics` (a section with nothing to show is left out).
pub fn has_notes(d: &Dataset, topics: &[Topic]) -> bool {
    d.notes.iter().any(|n| topics.contains(&n.topic))
}
