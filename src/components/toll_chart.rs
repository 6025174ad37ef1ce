//! The chart: the SVG that the core draws with plotters, and over it a layer of focusable hit targets placed with
//! the same geometry. Hovering, tapping or focusing a target opens the tooltip; Escape closes it.

use std::sync::Arc;

use explainer_core::chart::{self, Target};
use explainer_core::describe;
use explainer_core::model::Dataset;
use explainer_core::strings::{fill, EN};
use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;

use super::tooltip::Tooltip;
use crate::intl;

/// Radius of a hit target in pixels: larger than the mark, for fingers.
const HIT_RADIUS: i32 = 11;

#[component]
pub fn TollChart(dataset: Arc<Dataset>) -> impl IntoView {
    let container = NodeRef::<Div>::new();
    let width = RwSignal::new(0u32);
    let selected = RwSignal::new(None::<Target>);

    let measure = move || {
        if let Some(el) = container.get_untracked() {
            let w = el.client_width().max(0) as u32;
            if w > 0 && w != width.get_untracked() {
                width.set(w);
            }
        }
    };
    Effect::new(move |_| measure());
    let handle = window_event_listener(ev::resize, move |_| measure());
    on_cleanup(move || handle.remove());

    let d = dataset.clone();
    let drawn = Memo::new(move |_| {
        let w = width.get();
        (w > 0).then(|| intl::with(|f| chart::draw(&d, f, &EN, w)))
    });

    let d = dataset.clone();
    let targets = move || {
        let Some(drawn) = drawn.get() else { return Vec::new() };
        let points = chart::hit_points(&d, &drawn.frame);
        points
            .into_iter()
            .map(|p| {
                let label = intl::with(|f| match p.target {
                    Target::Claim(i) => {
                        let v = describe::claim_view(&d, &d.claims[i], f, &EN);
                        fill(EN.point_hint, &[("claimant", &v.claimant), ("figure", &v.figure), ("date", &v.published)])
                    }
                    Target::Observation(i) => {
                        let v = describe::observation_view(&d, &d.connectivity[i], f, &EN);
                        format!("{}: {}, {}", v.metric, v.value, v.date)
                    }
                });
                let (kind, id) = match p.target {
                    Target::Claim(i) => ("claim", d.claims[i].id.clone()),
                    Target::Observation(i) => ("observation", d.connectivity[i].id.clone()),
                };
                let t = p.target;
                view! {
                    <circle
                        class="hit"
                        class:active=move || selected.get() == Some(t)
                        data-kind=kind
                        data-id=id
                        cx=p.x
                        cy=p.y
                        r=HIT_RADIUS
                        tabindex="0"
                        role="button"
                        aria-label=label
                        on:pointerenter=move |_| selected.set(Some(t))
                        on:focus=move |_| selected.set(Some(t))
                        on:click=move |_| selected.set(Some(t))
                    />
                }
            })
            .collect_view()
    };

    let viewbox = move || drawn.get().map(|d| format!("0 0 {} {}", d.frame.width, d.frame.height));
    let svg = move || drawn.get().map(|d| d.svg).unwrap_or_default();
    let d_tip = dataset.clone();
    let tooltip_pos = move || {
        let (drawn, t) = (drawn.get()?, selected.get()?);
        let p = chart::hit_points(&d_tip, &drawn.frame).into_iter().find(|p| p.target == t)?;
        Some((p.x, p.y, drawn.frame.width))
    };
    let d = dataset.clone();

    view! {
        <div
            class="toll-chart"
            data-testid="toll-chart"
            node_ref=container
            on:keydown=move |e| if e.key() == "Escape" { selected.set(None) }
            on:pointerleave=move |_| selected.set(None)
        >
            <div class="chart-svg" inner_html=svg></div>
            <svg class="hit-layer" viewBox=viewbox aria-label=EN.chart_title role="group">{targets}</svg>
            <Tooltip dataset=d selected=selected position=Signal::derive(tooltip_pos) />
        </div>
    }
}
