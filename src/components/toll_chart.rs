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
use wasm_bindgen::JsCast;

use super::tooltip::Tooltip;
use crate::intl;

/// Radius of a focus ring around a point, in pixels.
const HIT_RADIUS: i32 = 11;
/// How far from a point a pointer (mouse, finger) may be and still pick it, in chart pixels.
const POINTER_REACH: f64 = 24.0;

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
    let points = Memo::new(move |_| drawn.get().map(|dr| chart::hit_points(&d, &dr.frame)).unwrap_or_default());

    // The pointer picks the nearest point (core hit-testing), so marks that overlap can all be reached;
    // the circles below are for keyboard focus and screen readers.
    let pick = move |e: &web_sys::MouseEvent| {
        let (Some(dr), Some(svg)) = (drawn.get_untracked(), e.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()))
        else {
            return;
        };
        let rect = svg.get_bounding_client_rect();
        if rect.width() <= 0.0 || rect.height() <= 0.0 {
            return;
        }
        let x = (e.client_x() as f64 - rect.left()) * dr.frame.width as f64 / rect.width();
        let y = (e.client_y() as f64 - rect.top()) * dr.frame.height as f64 / rect.height();
        if let Some(p) = points.with_untracked(|ps| chart::nearest(ps, x, y, POINTER_REACH)) {
            selected.set(Some(p.target));
        }
    };

    let d = dataset.clone();
    let targets = move || {
        points
            .get()
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
                        on:focus=move |_| selected.set(Some(t))
                    />
                }
            })
            .collect_view()
    };

    let viewbox = move || drawn.get().map(|d| format!("0 0 {} {}", d.frame.width, d.frame.height));
    let svg = move || drawn.get().map(|d| d.svg).unwrap_or_default();
    let tooltip_pos = move || {
        let (drawn, t) = (drawn.get()?, selected.get()?);
        let p = points.with(|ps| ps.iter().find(|p| p.target == t).copied())?;
        Some((p.x, p.y, drawn.frame.width))
    };
    let d = dataset.clone();

    view! {
        <div
            class="toll-chart"
            data-testid="toll-chart"
            node_ref=container
            on:keydown=move |e| if e.key() == "Escape" { selected.set(None) }
            // A finger lifting also "leaves"; only a mouse leaving the chart closes the tooltip.
            on:pointerleave=move |e| if e.pointer_type() == "mouse" { selected.set(None) }
        >
            <div class="chart-svg" inner_html=svg></div>
            <svg
                class="hit-layer"
                viewBox=viewbox
                aria-label=EN.chart_title
                role="group"
                on:pointermove=move |e| pick(&e)
                on:pointerdown=move |e| pick(&e)
            >
                {targets}
            </svg>
            <Tooltip dataset=d selected=selected position=Signal::derive(tooltip_pos) />
        </div>
    }
}
