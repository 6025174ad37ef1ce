//! Every claim, grouped by claimant, with its figure, date and source links.

use std::sync::Arc;

use explainer_core::date::order_by_date;
use explainer_core::describe::claim_view;
use explainer_core::model::Dataset;
use explainer_core::strings::{fill, EN};
use leptos::prelude::*;

use crate::intl;

#[component]
pub fn Sources(dataset: Arc<Dataset>) -> impl IntoView {
    let d = dataset;
    let show = fill(
        EN.sources_show,
        &[("n", &d.claims.len().to_string()), ("claimants", &d.plotted_claimants().len().to_string())],
    );
    let groups = d
        .plotted_claimants()
        .into_iter()
        .map(|c| {
            let claims: Vec<_> = d.claims.iter().filter(|k| k.claimant == c.id).collect();
            let dates: Vec<_> = claims.iter().map(|k| k.plot_date()).collect();
            let items = order_by_date(&dates)
                .into_iter()
                .map(|i| claims[i])
                .map(|k| {
                    let v = intl::with(|f| claim_view(&d, k, f, &EN));
                    let links = v
                        .sources
                        .into_iter()
                        .map(|l| view! { <a href=l.url rel="noopener" target="_blank">{l.label}</a> })
                        .collect_view();
                    view! {
                        <li data-claim=v.id>
                            <span class="src-figure">{v.figure}</span>" · "{v.published}" · "
                            <span class="src-links">{links}</span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <li class="src-group" data-claimant=c.id.clone()>
                    <h3>{c.name.clone()}<span class="kind">{EN.claimant_kind(c.kind)}</span></h3>
                    <p class="desc">{c.description.clone()}</p>
                    <ul>{items}</ul>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="sources" data-testid="sources" aria-labelledby="sources-heading">
            <h2 id="sources-heading">{EN.sources_heading}</h2>
            <p class="intro">{EN.sources_intro}</p>
            <details class="more">
                <summary>{show}</summary>
                <ul class="src-groups">{groups}</ul>
            </details>
        </section>
    }
}
