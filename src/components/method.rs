//! What each number counts (per claimant and per connectivity metric), and the crackdowns on one scale.

use std::sync::Arc;

use explainer_core::model::Dataset;
use explainer_core::view::{chart, compare};
use leptos::prelude::*;

use super::shared::{inert, source_links};
use crate::locale::use_locale;

#[component]
pub fn Method(dataset: Arc<Dataset>) -> impl IntoView {
    let v = chart::method_section(&dataset, use_locale().strings);
    let claimants = v
        .claimants
        .into_iter()
        .map(|c| {
            view! {
                <div class="method-item" data-claimant=c.claimant>
                    <dt>{c.name}<span class="kind">{c.kind}</span></dt>
                    <dd>{c.text}</dd>
                    <dd class="method-how">{c.how}</dd>
                    {c.origins.into_iter().map(|o| view! { <dd class="method-origin">{o}</dd> }).collect_view()}
                </div>
            }
        })
        .collect_view();
    let metrics = (!v.metrics.is_empty()).then(|| {
        let items = v
            .metrics
            .into_iter()
            .map(|(label, desc)| view! { <div class="method-item"><dt>{label}</dt><dd>{desc}</dd></div> })
            .collect_view();
        view! { <h3>{v.metrics_heading}</h3><dl class="method-list">{items}</dl> }
    });
    inert(move || {
        view! {
            <section class="method" data-testid="method" aria-labelledby="method-heading">
                <h2 id="method-heading">{v.heading}</h2>
                <p class="intro">{v.intro}</p>
                <dl class="method-list">{claimants}</dl>
                {metrics}
            </section>
        }
    })
}

/// A bar per figure, all on one scale (the largest figure shown fills the row).
#[component]
pub fn Compare(dataset: Arc<Dataset>) -> impl IntoView {
    let locale = use_locale();
    let v = locale.with(|f, s| compare::compare(&dataset, f, s))?;
    let groups = v
        .groups
        .into_iter()
        .map(|g| {
            let bars = g
                .bars
                .into_iter()
                .map(|b| {
                    view! {
                        <li data-id=b.id data-value=b.value>
                            <span class="bar-label"><strong>{b.who}</strong>" "{b.figure}</span>
                            // An SVG bar: its length is an attribute, which a strict CSP allows in the built page (a style
                            // attribute it refuses).
                            <svg class="bar-track" aria-hidden="true" viewBox="0 0 100 12" preserveAspectRatio="none">
                                <rect class="bar" class:estimate=b.hollow width=b.percent.max(0.5) height="12" rx="1" />
                            </svg>
                            <span class="links">{source_links(b.sources)}</span>
                        </li>
                    }
                })
                .collect_view();
            view! { <div class="compare-group" data-episode=g.episode><h3>{g.label}</h3><ul>{bars}</ul></div> }
        })
        .collect_view();
    Some(inert(move || {
        view! {
            <section class="compare" data-testid="compare" aria-labelledby="compare-heading">
                <h2 id="compare-heading">{v.heading}</h2>
                <p class="intro">{v.intro}</p>
                {groups}
            </section>
        }
    }))
}
