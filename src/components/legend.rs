//! The legend: a swatch per claimant (the chart's colours) and a sentence per kind of mark.

use std::sync::Arc;

use explainer_core::chart::geometry::{claimant_colour, hex};
use explainer_core::model::{Basis, Dataset};
use explainer_core::strings::EN;
use leptos::prelude::*;

/// A small drawing of the mark used for `basis`, matching the chart.
fn glyph(basis: Basis) -> impl IntoView {
    let shape = match basis {
        Basis::Confirmed => view! { <circle cx="9" cy="11" r="5" class="g-fill" /> }.into_any(),
        Basis::AtLeast => view! {
            <g><path d="M9 11 V2 M5 5 L9 2 L13 5" class="g-stroke" /><circle cx="9" cy="11" r="5" class="g-fill" /></g>
        }
        .into_any(),
        Basis::Official => view! { <rect x="4" y="6" width="10" height="10" class="g-fill" /> }.into_any(),
        Basis::Estimate => view! { <path d="M9 5 L15 11 L9 17 L3 11 Z" class="g-hollow" /> }.into_any(),
        Basis::Range => view! { <path d="M9 3 V17 M5 3 H13 M5 17 H13" class="g-stroke" /> }.into_any(),
    };
    view! { <svg class="glyph" viewBox="0 0 18 20" width="18" height="20" aria-hidden="true">{shape}</svg> }
}

#[component]
pub fn Legend(dataset: Arc<Dataset>) -> impl IntoView {
    let claimants = dataset
        .plotted_claimants()
        .into_iter()
        .enumerate()
        .map(|(i, c)| {
            let colour = format!("background-color: {}", hex(claimant_colour(i)));
            view! {
                <li data-claimant=c.id.clone()>
                    <span class="swatch" style=colour aria-hidden="true"></span>
                    <span title=c.name.clone()>{c.short_name.clone()}</span>
                </li>
            }
        })
        .collect_view();
    let marks = Basis::ALL
        .iter()
        .map(|b| view! { <li>{glyph(*b)}<span>{EN.basis_legend(*b)}</span></li> })
        .collect_view();
    let metrics = dataset
        .metrics
        .iter()
        .enumerate()
        .map(|(i, m)| view! { <li><span aria-hidden="true">{if i % 2 == 0 { "● " } else { "■ " }}</span>{m.label.clone()}</li> })
        .collect_view();
    view! {
        <div class="legend" data-testid="legend">
            <div>
                <h3>{EN.legend_claimants}</h3>
                <ul class="claimants">{claimants}</ul>
            </div>
            <div>
                <h3>{EN.legend_marks}</h3>
                <ul class="marks">
                    {marks}
                    <li><span class="glyph low" aria-hidden="true"></span><span>{EN.legend_low}</span></li>
                    <li><span class="glyph band" aria-hidden="true"></span><span>{EN.legend_band}</span></li>
                    <li><span class="glyph step" aria-hidden="true"></span><span>{EN.legend_step}</span></li>
                </ul>
                <h3>{EN.strip_connectivity}</h3>
                <ul class="metrics">{metrics}</ul>
            </div>
        </div>
    }
}
