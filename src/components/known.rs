//! "What was known on…": pick a day; see each claimant's latest figure published by then, what was cut that day,
//! and the chart as it stood (only what had been published), with the day marked.

use std::sync::Arc;

use explainer_core::chart::{ChartView, Drawn, Theme};
use explainer_core::model::Dataset;
use explainer_core::view::known;
use leptos::prelude::*;

use super::toll_chart::TollChart;
use crate::locale::use_locale;

#[component]
pub fn KnownOn(dataset: Arc<Dataset>, theme: Signal<Theme>) -> impl IntoView {
    let locale = use_locale();
    let s = locale.strings;
    let params = use_context::<RwSignal<explainer_core::params::Params>>();
    let slider = known::slider(&dataset, params.and_then(|p| p.get_untracked().known_on));
    let offset = RwSignal::new(slider.initial);
    let d = dataset.clone();
    let day = Memo::new(move |_| known::day_at(&d, offset.get()));
    if let Some(params) = params {
        Effect::new(move |first: Option<()>| {
            let d = day.get();
            if first.is_some() {
                params.update(|q| q.known_on = Some(d));
                crate::address::write(&params.get_untracked(), false);
            }
        });
        // The day in the address, applied once the page is the app's (`app::apply_address`), and on Back and Forward.
        let d = dataset.clone();
        let handle = window_event_listener(leptos::ev::popstate, move |_| {
            if let Some(on) = crate::address::read(&d).known_on {
                let at = known::slider(&d, Some(on)).initial;
                if at != offset.get_untracked() {
                    offset.set(at);
                }
            }
        });
        on_cleanup(move || handle.remove());
    }
    let d = dataset.clone();
    let shown = Memo::new(move |_| locale.with(|f, s| known::day(&d, day.get(), f, s)));
    let rows = move || {
        let v = shown.get();
        if let Some(none) = v.none {
            return view! { <li>{none}</li> }.into_any();
        }
        v.rows
            .into_iter()
            .map(|r| view! { <li data-claimant=r.claimant data-claim=r.claim><strong>{r.name}</strong>{s.label_sep}<span class="src-figure">{r.figure}</span>{s.dot_sep}{r.published}</li> })
            .collect_view()
            .into_any()
    };
    let cuts = move || {
        shown
            .get()
            .cuts
            .into_iter()
            .map(|c| view! { <li data-event=c.event data-state=c.state_key>{c.services}{s.label_sep}<strong>{c.state}</strong></li> })
            .collect_view()
    };
    let start = dataset.meta.period.start;
    let view = Signal::derive(move || ChartView {
        window: Some((start, day.get())),
        as_of: Some(day.get()),
        theme: theme.get(),
        id: "known".into(),
        ..Default::default()
    });
    let drawn = RwSignal::new(None::<Drawn>);
    let has_cuts = !dataset.blackout_events.is_empty();
    view! {
        <section class="known" data-testid="known-on" aria-labelledby="known-heading">
            <h2 id="known-heading">{s.as_of_heading}</h2>
            <p class="intro">{s.as_of_intro}</p>
            <label class="known-day">
                <span>{s.as_of_day}" "<output data-testid="known-date">{move || shown.get().date}</output></span>
                <input type="range" min="0" max=slider.days step="1" data-testid="known-slider"
                    prop:value=move || offset.get().to_string()
                    on:input=move |e| { if let Ok(v) = event_target_value(&e).parse::<i64>() { offset.set(v) } } />
            </label>
            <div class="known-body">
                <div>
                    <h3>{s.as_of_latest}</h3>
                    <ul class="known-list" data-testid="known-list">{rows}</ul>
                    {has_cuts.then(|| view! {
                        <h3>{s.as_of_blackout}</h3>
                        <ul class="known-cuts" data-testid="known-cuts">{cuts}</ul>
                    })}
                </div>
                <TollChart dataset=dataset.clone() view=view drawn_out=drawn testid="known-chart" still=false />
            </div>
        </section>
    }
}
