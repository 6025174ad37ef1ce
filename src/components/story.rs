//! The guided story: steps from the dataset, each a passage (numbers filled from the data) and a chart state.
//! Readers move with the buttons, the arrow keys or by scrolling; each step has its own URL fragment.

use std::sync::Arc;

use explainer_core::chart::{Drawn, Theme};
use explainer_core::model::Dataset;
use explainer_core::view::story::{self, Piece};
use leptos::html::Div;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::toll_chart::TollChart;
use crate::locale::use_locale;

/// The step named by the page's fragment (`#protests-begin`), if any.
fn step_from_hash(d: &Dataset) -> Option<usize> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let id = hash.trim_start_matches('#');
    d.story.iter().position(|s| s.id == id)
}

fn set_hash(id: &str) {
    if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(&format!("#{id}")));
    }
}

/// Moves keyboard focus to the step (its buttons may have just been hidden) so keys keep working and screen
/// readers announce it.
fn focus_step(id: &str) {
    if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) {
        let _ = el.unchecked_ref::<web_sys::HtmlElement>().focus();
    }
}

/// How long a step chosen by button, key or link stays active whatever its scroll brings to the middle (ms).
const HOLD_MS: f64 = 1000.0;

/// Whether `el` crosses the middle tenth of the window now (the observer's band: root margin -45% above and below).
fn in_middle_now(el: &web_sys::Element) -> bool {
    let Some(h) = web_sys::window().and_then(|w| w.inner_height().ok()).and_then(|h| h.as_f64()) else { return true };
    let r = el.get_bounding_client_rect();
    r.top() < h * 0.55 && r.bottom() > h * 0.45
}

fn scroll_to(id: &str) {
    if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) {
        el.scroll_into_view_with_bool(true);
    }
}

#[component]
pub fn Story(dataset: Arc<Dataset>, theme: Signal<Theme>) -> impl IntoView {
    // A dataset without a story has no story section (every view, every width).
    let params = use_context::<RwSignal<explainer_core::params::Params>>().map(|p| p.get_untracked());
    // Embedded, the page is as tall as its content: one step at a time (style/main.css), nothing to scroll through.
    let embedded = params.as_ref().is_some_and(|p| p.embed.is_some());
    let Some(v) = use_locale().with(|f, s| story::story(&dataset, f, s, embedded)) else { return ().into_any() };
    let n = v.steps.len();
    // The fragment names a step (#what-the-state-said); an embed may name it as ?step= instead.
    let from_param = params.and_then(|p| p.step).and_then(|id| dataset.story.iter().position(|s| s.id == id));
    let active = RwSignal::new(from_param.unwrap_or(0));
    let steps_box = NodeRef::<Div>::new();

    // Until when (ms since the epoch) the scroll observer leaves the active step alone: a step chosen by button, key
    // or link is scrolled to the top of the window, and a short one may leave the next step in the middle.
    let held_until = StoredValue::new(0.0f64);

    let go = {
        let d = dataset.clone();
        move |i: usize| {
            let i = i.min(n.saturating_sub(1));
            held_until.set_value(js_sys::Date::now() + HOLD_MS);
            active.set(i);
            set_hash(&d.story[i].id);
            // Wide screens scroll to the step beside the sticky chart; phones show one step under the chart.
            let wide = web_sys::window().and_then(|w| w.inner_width().ok()).and_then(|w| w.as_f64()).is_some_and(|w| w >= 860.0);
            let id = d.story[i].id.clone();
            // After the step is shown (the DOM updates asynchronously), focus it and bring it into view.
            gloo_timers::callback::Timeout::new(30, move || {
                focus_step(&id);
                scroll_to(if wide { &id } else { "story-heading" });
            })
            .forget();
        }
    };

    // A link to another step on the same page (or back and forward) changes only the fragment; the page opened at
    // a step's fragment is brought there the same way once it is the app's (`app::apply_address`).
    {
        let d = dataset.clone();
        let handle = window_event_listener(leptos::ev::hashchange, move |_| {
            if let Some(i) = step_from_hash(&d) {
                held_until.set_value(js_sys::Date::now() + HOLD_MS);
                active.set(i);
                let wide = web_sys::window().and_then(|w| w.inner_width().ok()).and_then(|w| w.as_f64()).is_some_and(|w| w >= 860.0);
                scroll_to(if wide { &d.story[i].id } else { "story-heading" });
            }
        });
        on_cleanup(move || handle.remove());
        // An embed's `?step=`, applied once the page is the app's (`app::apply_address`), and on Back and Forward.
        let d = dataset.clone();
        let handle = window_event_listener(leptos::ev::popstate, move |_| {
            let step = crate::address::read(&d).step.and_then(|id| d.story.iter().position(|s| s.id == id));
            if let Some(i) = step.filter(|i| *i != active.get_untracked()) {
                active.set(i);
            }
        });
        on_cleanup(move || handle.remove());
    }

    // Scrolling: the step crossing the middle of the screen becomes the active one. Not in an embed, whose
    // "screen" is the whole iframe. The observer is disconnected when the story goes (or the effect re-runs).
    if !embedded {
        let d = dataset.clone();
        Effect::new(move |_| {
            let Some(container) = steps_box.get() else { return };
            let cb = Closure::<dyn Fn(js_sys::Array)>::new({
                let d = d.clone();
                move |entries: js_sys::Array| {
                    for e in entries.iter() {
                        let e: web_sys::IntersectionObserverEntry = e.unchecked_into();
                        // An entry is delivered a frame or more after the scroll it reports: a step a click moved
                        // away from can still arrive as crossing the middle. Only a step that is there now counts.
                        if e.is_intersecting() && in_middle_now(&e.target()) && js_sys::Date::now() >= held_until.get_value() {
                            if let Some(i) = e.target().get_attribute("data-step").and_then(|s| s.parse::<usize>().ok()) {
                                if active.get_untracked() != i {
                                    active.set(i);
                                    set_hash(&d.story[i].id);
                                }
                            }
                        }
                    }
                }
            });
            let opts = web_sys::IntersectionObserverInit::new();
            opts.set_root_margin("-45% 0px -45% 0px");
            if let Ok(io) = web_sys::IntersectionObserver::new_with_options(cb.as_ref().unchecked_ref(), &opts) {
                let el: &web_sys::Element = container.unchecked_ref();
                if let Ok(list) = el.query_selector_all("article[data-step]") {
                    for k in 0..list.length() {
                        if let Some(node) = list.item(k) {
                            io.observe(node.unchecked_ref());
                        }
                    }
                }
                // The closure lives exactly as long as its observer.
                let alive = SendWrapper::new((io, cb));
                on_cleanup(move || {
                    let (observer, closure) = alive.take();
                    observer.disconnect();
                    drop(closure);
                });
            }
        });
    }

    let d = dataset.clone();
    let view = Signal::derive(move || story::chart_view(&d, active.get(), theme.get()));
    let drawn = RwSignal::new(None::<Drawn>);

    let (previous, next) = (v.previous.clone(), v.next.clone());
    let steps = v
        .steps
        .into_iter()
        .enumerate()
        .map(|(i, step)| {
            let text = step
                .text
                .into_iter()
                .map(|p| match p {
                    Piece::Text(t) => view! { <span>{t}</span> }.into_any(),
                    Piece::Ref { kind, id, shown, value, derived } => view! {
                        <span class="ref" data-kind=kind data-id=id data-value=value>{shown}</span>
                        {derived.map(|note| view! { <span class="derived-note">{note}</span> })}
                    }
                    .into_any(),
                })
                .collect_view();
            let (go_prev, go_next) = (go.clone(), go.clone());
            let (previous, next) = (previous.clone(), next.clone());
            view! {
                <article id=step.id data-step=i class="step" tabindex="-1" class:active=move || active.get() == i
                    aria-current=move || (active.get() == i).then_some("step")>
                    <p class="step-pos">{step.position}</p>
                    <h3>{step.title}</h3>
                    <p class="step-text">{text}</p>
                    <div class="step-nav">
                        <button type="button" data-testid="story-prev" disabled={i == 0} on:click=move |_| go_prev(i.saturating_sub(1))>{previous}</button>
                        <button type="button" data-testid="story-next" disabled={i + 1 >= n} on:click=move |_| go_next(i + 1)>{next}</button>
                    </div>
                </article>
            }
        })
        .collect_view();

    let dir = use_locale().strings.dir;
    let on_key = move |e: web_sys::KeyboardEvent| {
        let cur = active.get_untracked();
        let next = explainer_core::story::key_step(&e.key(), dir, cur);
        if let Some(i) = next {
            // Inside the chart the arrows move between points instead.
            let in_chart = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|t| t.closest(".hit-layer").ok().flatten().is_some());
            if !in_chart {
                e.prevent_default();
                go(i);
            }
        }
    };

    view! {
        <section class="story" data-testid="story" aria-labelledby="story-heading" on:keydown=on_key>
            <h2 id="story-heading">{v.heading}</h2>
            <p class="intro">{v.intro}</p>
            <div class="story-body">
                <div class="story-chart">
                    <TollChart dataset=dataset.clone() view=view drawn_out=drawn testid="story-chart" />
                </div>
                <div class="story-steps" node_ref=steps_box>{steps}</div>
            </div>
        </section>
    }
    .into_any()
}
