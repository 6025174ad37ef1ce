//! The details of one data point: who said it, when, what it counts, and where to check it.

use std::sync::Arc;

use explainer_core::chart::Target;
use explainer_core::model::Dataset;
use explainer_core::view::chart;
use leptos::prelude::*;

use super::shared::source_links;
use crate::locale::use_locale;

#[component]
pub fn Tooltip(
    dataset: Arc<Dataset>,
    selected: RwSignal<Option<Target>>,
    /// Pixel position of the point and the chart width.
    position: Signal<Option<(i32, i32, u32)>>,
) -> impl IntoView {
    let locale = use_locale();
    let dir = locale.strings.dir.attr();
    let body = move || {
        let t = selected.get()?;
        let v = locale.with(|f, s| chart::tip(&dataset, t, f, s));
        let rows = v
            .rows
            .into_iter()
            .map(|r| {
                let method = (r.class == "tip-method").then(|| v.method.clone());
                view! { <dt>{r.label}</dt><dd class=r.class data-method=method>{r.value}</dd> }
            })
            .collect_view();
        let full = (!v.full_name.is_empty()).then(|| view! { <span class="tip-full">{v.full_name}</span> });
        Some((
            v.close,
            view! {
                <p class="tip-who" data-method=v.method>{v.who}{full}</p>
                <p class="tip-figure">{v.figure}</p>
                <dl>{rows}</dl>
                {v.note.map(|n| view! { <p class="tip-note">{n}</p> })}
                <p class="tip-summary">{v.summary}</p>
                <p class="tip-sources-label">{v.sources_label}</p>
                <ul class="tip-sources">{v.sources.into_iter().map(|l| view! { <li>{source_links(vec![l])}</li> }).collect_view()}</ul>
            },
        ))
    };
    // On wide charts the tooltip floats beside the point; on narrow ones CSS pins it below the chart. Positions are
    // set through the CSSOM (not a style attribute), which a strict Content-Security-Policy allows.
    let side = move |want_left: bool| {
        position.get().and_then(|(x, _, w)| {
            let left = (x as u32) < w / 2;
            match (want_left, left) {
                (true, true) => Some(crate::css::px(x + 14)),
                (false, false) => Some(crate::css::px(w as i32 - x + 14)),
                _ => None,
            }
        })
    };
    let top = move || position.get().map(|(_, y, _)| crate::css::px((y - 20).max(0)));
    move || {
        let (close, content) = body()?;
        Some(view! {
            <div class="tooltip" data-testid="tooltip" role="dialog" aria-live="polite" dir=dir
                style:left=move || side(true) style:right=move || side(false) style:top=top>
                <button type="button" class="tip-close" aria-label=close on:click=move |_| selected.set(None)>"×"</button>
                {content}
            </div>
        })
    }
}
