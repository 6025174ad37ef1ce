//! The details of one data point: who said it, when, what it counts, and where to check it.

use std::sync::Arc;

use explainer_core::chart::Target;
use explainer_core::describe::{self, Link};
use explainer_core::model::Dataset;
use explainer_core::strings::EN;
use leptos::prelude::*;

use crate::intl;

fn links(sources: Vec<Link>) -> impl IntoView {
    sources
        .into_iter()
        .map(|l| view! { <li><a href=l.url rel="noopener" target="_blank">{l.label}</a></li> })
        .collect_view()
}

#[component]
pub fn Tooltip(
    dataset: Arc<Dataset>,
    selected: RwSignal<Option<Target>>,
    /// Pixel position of the point and the chart width.
    position: Signal<Option<(i32, i32, u32)>>,
) -> impl IntoView {
    let body = move || {
        let t = selected.get()?;
        let d = &dataset;
        Some(intl::with(|f| match t {
            Target::Claim(i) => {
                let v = describe::claim_view(d, &d.claims[i], f, &EN);
                view! {
                    <p class="tip-who" data-method=v.method_key.clone()>{v.claimant.clone()}<span class="tip-full">{v.claimant_full.clone()}</span></p>
                    <p class="tip-figure">{v.figure.clone()}</p>
                    <dl>
                        <dt>{EN.tip_published}</dt><dd>{v.published.clone()}</dd>
                        {v.as_of.clone().map(|a| view! { <dt>{EN.tip_as_of}</dt><dd>{a}</dd> })}
                        <dt>{EN.tip_counts}</dt><dd>{v.counts.clone()}</dd>
                        <dt>{EN.tip_method}</dt><dd class="tip-method" data-method=v.method_key.clone()>{v.method.clone()}</dd>
                        {(!v.shared_origin.is_empty()).then(|| view! { <dt>{EN.tip_shared_origin}</dt><dd class="tip-origin">{v.shared_origin.join(" ")}</dd> })}
                        {v.scope.clone().map(|s| view! { <dt>{EN.tip_scope}</dt><dd>{s}</dd> })}
                        {(!v.breakdown.is_empty()).then(|| view! { <dt>{v.breakdown_label.clone()}</dt><dd>{v.breakdown.join("; ")}</dd> })}
                        {v.under_investigation.clone().map(|u| view! { <dt>{EN.tip_under_investigation}</dt><dd>{u}</dd> })}
                        <dt>{EN.tip_reliability}</dt><dd>{format!("{} — {}", v.reliability, v.reliability_note)}</dd>
                    </dl>
                    {v.date_note.clone().map(|n| view! { <p class="tip-note">{n}</p> })}
                    <p class="tip-summary">{v.summary.clone()}</p>
                    <p class="tip-sources-label">{EN.tip_sources}</p>
                    <ul class="tip-sources">{links(v.sources)}</ul>
                }
                .into_any()
            }
            Target::Observation(i) => {
                let v = describe::observation_view(d, &d.connectivity[i], f, &EN);
                view! {
                    <p class="tip-who">{v.metric.clone()}</p>
                    <p class="tip-figure">{v.value.clone()}</p>
                    <dl>
                        <dt>{EN.tip_published}</dt><dd>{v.date.clone()}</dd>
                        <dt>{EN.tip_reliability}</dt><dd>{v.reliability.clone()}</dd>
                    </dl>
                    <p class="tip-summary">{v.summary.clone()}</p>
                    <p class="tip-sources-label">{EN.tip_sources}</p>
                    <ul class="tip-sources">{links(v.sources)}</ul>
                }
                .into_any()
            }
        }))
    };
    // On wide charts the tooltip floats beside the point; on narrow ones CSS pins it below the chart. Positions are
    // set through the CSSOM (not a style attribute), which a strict Content-Security-Policy allows.
    let side = move |want_left: bool| {
        position.get().and_then(|(x, _, w)| {
            let left = (x as u32) < w / 2;
            match (want_left, left) {
                (true, true) => Some(format!("{}px", x + 14)),
                (false, false) => Some(format!("{}px", w as i32 - x + 14)),
                _ => None,
            }
        })
    };
    let top = move || position.get().map(|(_, y, _)| format!("{}px", (y - 20).max(0)));
    move || {
        let content = body()?;
        Some(view! {
            <div class="tooltip" data-testid="tooltip" role="dialog" aria-live="polite"
                style:left=move || side(true) style:right=move || side(false) style:top=top>
                <button type="button" class="tip-close" aria-label=EN.tip_close on:click=move |_| selected.set(None)>"×"</button>
                {content}
            </div>
        })
    }
}
