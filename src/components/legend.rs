//! The legend, which is also the filter: a button per claimant (its colour and dash) and per kind of figure
//! toggles it in the chart and the table; a sentence explains each kind of mark.

use std::sync::Arc;

use explainer_core::chart::geometry::{claimant_colour_in, claimant_dash, hex};
use explainer_core::chart::draw::UNVERIFIED_DASH;
use explainer_core::chart::ChartView;
use explainer_core::model::{wire_name, Basis, Dataset, Method};
use explainer_core::strings::EN;
use leptos::prelude::*;

/// A small drawing of how a method is marked: filled, or hollow with the chart's dashed outline.
fn method_glyph(m: Method) -> impl IntoView {
    let shape = match m {
        Method::Unverified => view! { <circle cx="9" cy="11" r="5" class="g-hollow" stroke-dasharray=UNVERIFIED_DASH /> }.into_any(),
        _ => view! { <circle cx="9" cy="11" r="5" class="g-fill" /> }.into_any(),
    };
    view! { <svg class="glyph" viewBox="0 0 18 20" width="18" height="20" aria-hidden="true">{shape}</svg> }
}

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
pub fn Legend(dataset: Arc<Dataset>, view: RwSignal<ChartView>) -> impl IntoView {
    let claimants = dataset
        .plotted_claimants()
        .into_iter()
        .enumerate()
        .map(|(i, c)| {
            let id = c.id.clone();
            let id2 = c.id.clone();
            let shown = move || view.with(|v| !v.hidden_claimants.contains(&id));
            let toggle = move |_| {
                view.update(|v| {
                    if !v.hidden_claimants.remove(&id2) {
                        v.hidden_claimants.insert(id2.clone());
                    }
                })
            };
            let colour = move || hex(claimant_colour_in(i, view.with(|v| v.theme)));
            view! {
                <li>
                    <button type="button" class="toggle" data-claimant=c.id.clone() aria-pressed=move || shown().to_string()
                        title=c.name.clone() on:click=toggle>
                        <svg class="swatch" viewBox="0 0 28 12" width="28" height="12" aria-hidden="true">
                            <line x1="1" y1="6" x2="27" y2="6" stroke=colour stroke-width="3" stroke-dasharray=claimant_dash(i) />
                            <circle cx="14" cy="6" r="4" fill=colour />
                        </svg>
                        <span>{c.short_name.clone()}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    let kinds = Method::ALL
        .iter()
        .map(|&k| {
            let shown = move || view.with(|v| !v.hidden_kinds.contains(&k));
            let toggle = move |_| {
                view.update(|v| {
                    if !v.hidden_kinds.remove(&k) {
                        v.hidden_kinds.insert(k);
                    }
                })
            };
            view! {
                <li><button type="button" class="toggle" data-kind=wire_name(&k)
                    aria-pressed=move || shown().to_string() on:click=toggle>{EN.kind(k)}</button></li>
            }
        })
        .collect_view();
    let methods = Method::ALL
        .iter()
        .map(|m| view! { <li data-method=wire_name(m)>{method_glyph(*m)}<span>{EN.method_legend(*m)}</span></li> })
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
    let reset = move |_| view.update(|v| *v = ChartView { theme: v.theme, ..Default::default() });
    view! {
        <div class="legend" data-testid="legend">
            <div>
                <h3>{EN.filter_heading}</h3>
                <ul class="claimants">{claimants}</ul>
                <h3>{EN.filter_kinds}</h3>
                <ul class="kinds">{kinds}</ul>
                <button type="button" class="reset" data-testid="reset" disabled=move || !view.with(|v| v.is_filtered())
                    on:click=reset>{EN.reset}</button>
            </div>
            <div>
                <h3>{EN.legend_method_heading}</h3>
                <ul class="marks methods">{methods}</ul>
                <h3>{EN.legend_marks}</h3>
                <ul class="marks">
                    {marks}
                    <li><span class="glyph low" aria-hidden="true"></span><span>{EN.legend_low}</span></li>
                    <li><span class="glyph under" aria-hidden="true"></span><span>{EN.legend_under_investigation}</span></li>
                    <li><span class="glyph band" aria-hidden="true"></span><span>{EN.legend_band}</span></li>
                    <li><span class="glyph step" aria-hidden="true"></span><span>{EN.legend_step}</span></li>
                </ul>
                <h3>{EN.strip_connectivity}</h3>
                <ul class="metrics">{metrics}</ul>
            </div>
        </div>
    }
}
