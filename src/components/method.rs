//! What each number counts (per claimant and per connectivity metric), and 2019, 2022 and 2026 on one scale.

use std::sync::Arc;

use explainer_core::derive;
use explainer_core::describe;
use explainer_core::format::Formatter;
use explainer_core::model::{Dataset, Method as How};
use explainer_core::strings::EN;
use leptos::prelude::*;

use super::blackout::source_links;
use crate::intl;

#[component]
pub fn Method(dataset: Arc<Dataset>) -> impl IntoView {
    let d = dataset;
    let claimants = d
        .plotted_claimants()
        .into_iter()
        .map(|c| {
            let (how, origins) = explainer_core::describe::claimant_methods(&d, &c.id, &EN);
            view! {
                <div class="method-item" data-claimant=c.id.clone()>
                    <dt>{c.name.clone()}<span class="kind">{EN.claimant_kind(c.kind)}</span></dt>
                    <dd>{c.method.clone().unwrap_or_else(|| c.description.clone())}</dd>
                    <dd class="method-how">{how}</dd>
                    {origins.into_iter().map(|o| view! { <dd class="method-origin">{o}</dd> }).collect_view()}
                </div>
            }
        })
        .collect_view();
    let metrics = d
        .metrics
        .iter()
        .map(|m| view! { <div class="method-item"><dt>{m.label.clone()}</dt><dd>{m.description.clone()}</dd></div> })
        .collect_view();
    view! {
        <section class="method" data-testid="method" aria-labelledby="method-heading">
            <h2 id="method-heading">{EN.method_heading}</h2>
            <p class="intro">{EN.method_intro}</p>
            <dl class="method-list">{claimants}</dl>
            <h3>{EN.method_metrics}</h3>
            <dl class="method-list">{metrics}</dl>
        </section>
    }
}

/// A bar per figure, all on one scale (the largest figure shown fills the row).
#[component]
pub fn Compare(dataset: Arc<Dataset>) -> impl IntoView {
    let d = dataset;
    // Every history figure (estimates drawn hollow), grouped by episode, then 2026's headline pair.
    let mut rows: Vec<(String, String, String, u64, Vec<String>, String, bool)> = Vec::new(); // episode, who, figure, value, sources, id, estimate
    for h in &d.history {
        let Some(v) = h.value.or(h.high) else { continue };
        let who = d.claimant(&h.claimant).map(|c| c.short_name.clone()).unwrap_or_default();
        let figure = intl::with(|f| {
            let (lo, hi) = (h.low.map(|x| f.integer(x)), h.high.map(|x| f.integer(x)));
            EN.figure(h.basis, h.qualifier, h.value.map(|x| f.integer(x)).as_deref(), lo.as_deref(), hi.as_deref())
        });
        let estimate = h.method == How::Unverified;
        rows.push((h.episode.clone(), who, figure, v, h.sources.clone(), h.id.clone(), estimate));
    }
    if let Some(hl) = derive::headline(&d) {
        for fig in [&hl.official, &hl.independent] {
            let c = fig.claim;
            let who = d.claimant(&c.claimant).map(|k| k.short_name.clone()).unwrap_or_default();
            let figure = intl::with(|f| describe::figure(c, f, &EN));
            let label = explainer_core::strings::fill(EN.compare_2026, &[("year", &d.meta.period.end.year().to_string())]);
            rows.push((label.clone(), who, figure, c.value.unwrap_or(0), c.sources.clone(), c.id.clone(), false));
        }
    }
    let max = rows.iter().map(|r| r.3).max().unwrap_or(1).max(1);
    let mut years: Vec<String> = d.history.iter().map(|h| h.episode.clone()).collect();
    years.dedup();
    years.push(d.meta.period.end.year().to_string());
    let heading = match years.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => years.join(""),
    };
    let heading = explainer_core::strings::fill(EN.compare_heading, &[("years", &heading)]);
    let mut episodes: Vec<String> = rows.iter().map(|r| r.0.clone()).collect();
    episodes.dedup();
    let groups = episodes
        .into_iter()
        .map(|ep| {
            let bars = rows
                .iter()
                .filter(|r| r.0 == ep)
                .map(|(_, who, figure, v, sources, id, estimate)| {
                    let pct = (*v as f64 / max as f64 * 100.0).max(0.4);
                    view! {
                        <li data-id=id.clone() data-value=v.to_string()>
                            <span class="bar-label"><strong>{who.clone()}</strong>" "{figure.clone()}</span>
                            <span class="bar-track" aria-hidden="true"><span class="bar" class:estimate=*estimate style:inline-size=format!("{pct:.2}%")></span></span>
                            <span class="links">{source_links(&d, sources)}</span>
                        </li>
                    }
                })
                .collect_view();
            view! { <div class="compare-group" data-episode=ep.clone()><h3>{ep.clone()}</h3><ul>{bars}</ul></div> }
        })
        .collect_view();
    view! {
        <section class="compare" data-testid="compare" aria-labelledby="compare-heading">
            <h2 id="compare-heading">{heading}</h2>
            <p class="intro">{EN.compare_intro}</p>
            {groups}
        </section>
    }
}
