//! The chart: the SVG that the core draws with plotters, and over it a layer of focusable hit targets placed with
//! the same geometry. The pointer picks the nearest point; the keyboard enters the chart once (Tab) and moves
//! between points with the arrow keys, Home and End; Escape closes the tooltip.

use std::sync::Arc;

use explainer_core::chart::navigate::{step, Step};
use explainer_core::chart::{self, ChartView, Drawn, Target};
use explainer_core::model::Dataset;
use explainer_core::view::chart::point_label;
use leptos::html::Div;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::tooltip::Tooltip;
use crate::locale::use_locale;

/// The widths a chart is drawn at for the built page, before its own width is known: one for phones (shown below
/// 560 px, `style/main.css`, `.still-wide`), one for wider screens. The SVG scales to its column, so each stays
/// sharp around its width.
const STILL_WIDTHS: [(u32, &str); 2] = [(360, "still-narrow"), (880, "still-wide")];

/// Radius of a focus ring around a point, in pixels.
const HIT_RADIUS: i32 = 11;
/// How far from a point a pointer (mouse, finger) may be and still pick it, in chart pixels.
const POINTER_REACH: f64 = 24.0;

/// Calls `f` whenever `el` changes size (ResizeObserver) until the current reactive owner is cleaned up (the chart
/// unmounts, or the effect that called this re-runs): then the observer is disconnected and its closure dropped, so
/// it can never run against disposed signals.
fn on_resize(el: &web_sys::Element, f: impl Fn() + 'static) {
    let cb = Closure::<dyn Fn(js_sys::Array)>::new(move |_| f());
    if let Ok(ro) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()) {
        ro.observe(el);
        let alive = SendWrapper::new((ro, cb));
        on_cleanup(move || {
            let (observer, closure) = alive.take();
            observer.disconnect();
            drop(closure);
        });
    }
}

#[component]
pub fn TollChart(
    dataset: Arc<Dataset>,
    view: Signal<ChartView>,
    /// The last drawing, shared with the download buttons.
    drawn_out: RwSignal<Option<Drawn>>,
    /// `data-testid` of the chart's container (one chart per page has the default).
    #[prop(default = "toll-chart")]
    testid: &'static str,
    /// The built page shows this chart as stills until it is measured (`context::Stills`); else its place is empty
    /// until then (a chart that needs the reader's choice of a day, which a page without JavaScript cannot offer).
    #[prop(default = true)]
    still: bool,
) -> impl IntoView {
    let keys_id = format!("{}-keys", view.with_untracked(|v| if v.id.is_empty() { "chart".to_string() } else { v.id.clone() }));
    let container = NodeRef::<Div>::new();
    let width = RwSignal::new(0u32);
    let selected = RwSignal::new(None::<Target>);
    // Index (into the hit points) of the point that holds keyboard focus.
    let cursor = RwSignal::new(None::<usize>);

    let measure = move || {
        if let Some(el) = container.get_untracked() {
            let w = el.client_width().max(0) as u32;
            if w > 0 && w != width.get_untracked() {
                width.set(w);
            }
        }
    };
    Effect::new(move |_| {
        if let Some(el) = container.get() {
            measure();
            on_resize(&el, measure);
        }
    });

    let locale = use_locale();
    let s = locale.strings;
    let d = dataset.clone();
    let drawn = Memo::new(move |_| {
        let w = width.get();
        let v = view.get();
        (w > 0).then(|| locale.with(|f, s| chart::draw(&d, f, s, w, &v)))
    });
    Effect::new(move |_| drawn_out.set(drawn.get()));
    // A new view may hide the selected point.
    Effect::new(move |_| {
        view.track();
        selected.set(None);
        cursor.set(None);
    });

    let d = dataset.clone();
    let points = Memo::new(move |_| drawn.get().map(|dr| chart::hit_points(&d, &dr.frame, &view.get_untracked())).unwrap_or_default());

    // The pointer picks the nearest point (core hit-testing), so marks that overlap can all be reached.
    let pick = move |e: &web_sys::MouseEvent| {
        let (Some(dr), Some(svg)) = (drawn.get_untracked(), e.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok())) else {
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

    // Arrow keys move the cursor; the focused circle follows.
    let layer = NodeRef::<leptos::svg::Svg>::new();
    let on_key = move |e: web_sys::KeyboardEvent| {
        if e.key() == "Escape" {
            selected.set(None);
            return;
        }
        let Some(s) = Step::from_key(&e.key()) else { return };
        e.prevent_default();
        let next = points.with_untracked(|ps| step(ps, cursor.get_untracked(), s));
        if let Some(i) = next {
            cursor.set(Some(i));
            if let Some(p) = points.with_untracked(|ps| ps.get(i).copied()) {
                selected.set(Some(p.target));
            }
            if let Some(svg) = layer.get_untracked() {
                let el: &web_sys::Element = svg.unchecked_ref();
                if let Ok(Some(c)) = el.query_selector(&format!(".hit[data-idx=\"{i}\"]")) {
                    let _ = c.unchecked_ref::<web_sys::SvgElement>().focus();
                }
            }
        }
    };

    let d = dataset.clone();
    let targets = move || {
        let all = points.get();
        // Before any point was visited, the tab stop is the first in time, where Home goes (`navigate::step`).
        let roving = cursor
            .get()
            .or_else(|| explainer_core::chart::navigate::step(&all, None, explainer_core::chart::navigate::Step::First))
            .unwrap_or(0);
        all.into_iter()
            .enumerate()
            .map(|(idx, p)| {
                let label = locale.with(|f, s| point_label(&d, p.target, f, s));
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
                        data-idx=idx
                        cx=p.x
                        cy=p.y
                        r=HIT_RADIUS
                        tabindex=if idx == roving { "0" } else { "-1" }
                        role="img"
                        aria-label=label
                        on:focus=move |_| {
                            cursor.set(Some(idx));
                            selected.set(Some(t));
                        }
                    />
                }
            })
            .collect_view()
    };

    let viewbox = move || drawn.get().map(|d| format!("0 0 {} {}", d.frame.width, d.frame.height));
    // Until the chart is measured: on the host, the stills the built page shows (ids apart from the live chart's);
    // in the browser, nothing (the built page already holds them, and taking it over keeps them).
    let stills: Vec<(String, &str)> = if still && crate::context::draws_stills() {
        let v = view.get_untracked();
        STILL_WIDTHS
            .iter()
            .map(|(w, class)| {
                let still = ChartView { id: format!("{}-still-{w}", if v.id.is_empty() { "chart" } else { v.id.as_str() }), ..v.clone() };
                // Classed a still, not the chart: what reads the page (its tests, a reader's tools) finds the live
                // chart by `svg.chart` once the app has drawn it.
                // Its box keeps the height it was drawn at (the live chart's at the same kind of width), its drawing
                // scaled to the column's width: nothing below moves when the live chart replaces it.
                let svg = locale.with(|f, s| chart::draw(&dataset, f, s, *w, &still)).svg.replacen(
                    "class=\"chart\"",
                    "class=\"chart-still\" preserveAspectRatio=\"xMidYMin meet\"",
                    1,
                );
                (svg, *class)
            })
            .collect()
    } else {
        STILL_WIDTHS.iter().map(|(_, class)| (String::new(), *class)).collect()
    };
    let svg = move || match drawn.get() {
        Some(d) => view! { <div class="chart-svg" inner_html=d.svg></div> }.into_any(),
        None => stills
            .iter()
            .map(|(svg, class)| view! { <div class=format!("chart-svg still {class}") inner_html=svg.clone()></div> })
            .collect_view()
            .into_any(),
    };
    let tooltip_pos = move || {
        let (drawn, t) = (drawn.get()?, selected.get()?);
        let p = points.with(|ps| ps.iter().find(|p| p.target == t).copied())?;
        Some((p.x, p.y, drawn.frame.width))
    };
    let d = dataset.clone();

    view! {
        // The chart's geometry runs left to right in every edition (time goes from left to right); its tooltip
        // reads in the page's direction.
        <div
            class="toll-chart"
            dir="ltr"
            data-testid=testid
            node_ref=container
            on:keydown=move |e| if e.key() == "Escape" { selected.set(None) }
            // A finger lifting also "leaves"; only a mouse leaving the chart closes the tooltip.
            on:pointerleave=move |e| if e.pointer_type() == "mouse" { selected.set(None) }
        >
            {svg}
            <svg
                class="hit-layer"
                node_ref=layer
                viewBox=viewbox
                role="group"
                aria-label=s.chart_points_label
                aria-describedby=keys_id.clone()
                on:pointermove=move |e| pick(&e)
                on:pointerdown=move |e| pick(&e)
                on:keydown=on_key
            >
                {targets}
            </svg>
            <p id=keys_id class="visually-hidden">{s.chart_keys}</p>
            <Tooltip dataset=d selected=selected position=Signal::derive(tooltip_pos) />
        </div>
    }
}
