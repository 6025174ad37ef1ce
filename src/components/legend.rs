//! The legend, which is also the filter: a button per claimant (its colour and dash) and per kind of figure
//! toggles it in the chart and the table; a sentence explains each kind of mark.

use std::sync::Arc;

use explainer_core::chart::geometry::{claimant_colour_in, claimant_dash, hex};
use explainer_core::chart::{draw, ChartView};
use explainer_core::model::{Basis, Dataset, Method};
use explainer_core::view::chart;
use leptos::prelude::*;

use crate::locale::use_locale;

/// The chart's own drawing of a mark (the core draws it with the same code as the chart), in the current theme.
fn glyph(view: RwSignal<ChartView>, basis: Basis, method: Method, weak: bool) -> impl IntoView {
    view! { <span class="glyph-box" aria-hidden="true" inner_html=move || draw::glyph(basis, method, weak, view.with(|v| v.theme))></span> }
}

#[component]
pub fn Legend(dataset: Arc<Dataset>, view: RwSignal<ChartView>) -> impl IntoView {
    let l = chart::legend(&dataset, use_locale().strings);
    let claimants = l
        .claimants
        .into_iter()
        .map(|c| {
            let (id, id2) = (c.id.clone(), c.id.clone());
            let shown = move || view.with(|v| !v.hidden_claimants.contains(&id));
            let toggle = move |_| {
                view.update(|v| {
                    if !v.hidden_claimants.remove(&id2) {
                        v.hidden_claimants.insert(id2.clone());
                    }
                })
            };
            let i = c.index;
            let colour = move || hex(claimant_colour_in(i, view.with(|v| v.theme)));
            view! {
                <li>
                    <button type="button" class="toggle" data-claimant=c.id aria-pressed=move || shown().to_string()
                        title=c.name on:click=toggle>
                        <svg class="swatch" viewBox="0 0 28 12" width="28" height="12" aria-hidden="true">
                            <line x1="1" y1="6" x2="27" y2="6" stroke=colour stroke-width="3" stroke-dasharray=claimant_dash(i) />
                            <circle cx="14" cy="6" r="4" fill=colour />
                        </svg>
                        <span>{c.short_name}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    let kinds = l
        .kinds
        .into_iter()
        .map(|(k, key, label)| {
            let shown = move || view.with(|v| !v.hidden_kinds.contains(&k));
            let toggle = move |_| {
                view.update(|v| {
                    if !v.hidden_kinds.remove(&k) {
                        v.hidden_kinds.insert(k);
                    }
                })
            };
            view! { <li><button type="button" class="toggle" data-kind=key aria-pressed=move || shown().to_string() on:click=toggle>{label}</button></li> }
        })
        .collect_view();
    let methods = l
        .methods
        .into_iter()
        .map(|(m, key, label)| view! { <li data-method=key>{glyph(view, Basis::Confirmed, m, false)}<span>{label}</span></li> })
        .collect_view();
    let marks = l
        .marks
        .into_iter()
        .map(|(b, label)| view! { <li>{glyph(view, b, Method::Documented, false)}<span>{label}</span></li> })
        .collect_view();
    let metrics = l
        .metrics
        .into_iter()
        .map(|(mark, label)| view! { <li><span aria-hidden="true" class="metric-mark">{mark}</span>" "{label}</li> })
        .collect_view();
    let reset = move |_| view.update(|v| *v = ChartView { theme: v.theme, ..Default::default() });
    view! {
        <div class="legend" data-testid="legend">
            <div>
                <h3>{l.filter_heading}</h3>
                <ul class="claimants">{claimants}</ul>
                <h3>{l.kinds_heading}</h3>
                <ul class="kinds">{kinds}</ul>
                <button type="button" class="reset" data-testid="reset" disabled=move || !view.with(|v| v.is_filtered())
                    on:click=reset>{l.reset}</button>
            </div>
            <div>
                <h3>{l.methods_heading}</h3>
                <ul class="marks methods">{methods}</ul>
                <h3>{l.marks_heading}</h3>
                <ul class="marks">
                    {marks}
                    <li>{glyph(view, Basis::Confirmed, Method::Documented, true)}<span>{l.low}</span></li>
                    <li><span class="glyph under" aria-hidden="true"></span><span>{l.under_investigation}</span></li>
                    <li><span class="glyph band" aria-hidden="true"></span><span>{l.band}</span></li>
                    <li><span class="glyph step" aria-hidden="true"></span><span>{l.step}</span></li>
                </ul>
                <h3>{l.metrics_heading}</h3>
                <ul class="metrics">{metrics}</ul>
            </div>
        </div>
    }
}
