//! Every claim, grouped by claimant, with its figure, date and source links.

use std::sync::Arc;

use explainer_core::model::Dataset;
use explainer_core::view::records;
use leptos::prelude::*;

use super::shared::{inert, source_links};
use crate::locale::use_locale;

#[component]
pub fn Sources(dataset: Arc<Dataset>) -> impl IntoView {
    let v = use_locale().with(|f, s| records::sources(&dataset, f, s));
    let groups = v
        .groups
        .into_iter()
        .map(|g| {
            let items = g
                .items
                .into_iter()
                .map(|k| view! { <li data-claim=k.claim><span class="src-figure">{k.line}</span>" "<span class="src-links">{source_links(k.sources)}</span></li> })
                .collect_view();
            view! {
                <li class="src-group" data-claimant=g.claimant>
                    <h3>{g.name}<span class="kind">{g.kind}</span></h3>
                    <p class="desc">{g.description}</p>
                    <ul>{items}</ul>
                </li>
            }
        })
        .collect_view();
    inert(move || {
        view! {
            <section class="sources" data-testid="sources" aria-labelledby="sources-heading">
                <h2 id="sources-heading">{v.heading}</h2>
                <p class="intro">{v.intro}</p>
                <details class="more">
                    <summary>{v.show}</summary>
                    <ul class="src-groups">{groups}</ul>
                </details>
            </section>
        }
    })
}
