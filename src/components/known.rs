//! "What was known on…": pick a day; see each claimant's latest figure published by then, what was cut that day,
//! and the chart as it stood (only what had been published), with the day marked.

use std::sync::Arc;

use explainer_core::chart::{ChartView, Drawn, Theme};
use explainer_core::date::Date;
use explainer_core::derive::{cut_state, latest_per_claimant};
use explainer_core::describe;
use explainer_core::format::Formatter;
use explainer_core::model::Dataset;
use explainer_core::strings::EN;
use leptos::prelude::*;

use super::toll_chart::TollChart;
use crate::intl;

#[component]
pub fn KnownOn(dataset: Arc<Dataset>, theme: Signal<Theme>) -> impl IntoView {
    let p = dataset.meta.period;
    let days = p.start.days_until(p.end).max(0);
    // Start on the day the official toll came out: the moment the gap is widest in the story.
    let initial = dataset
        .claims
        .iter()
        .find(|c| c.claimant == dataset.meta.headline.official && c.basis == explainer_core::model::Basis::Official)
        .map(|c| p.start.days_until(c.plot_date()))
        .unwrap_or(days / 2);
    let params = use_context::<RwSignal<explainer_core::params::Params>>();
    let initial = params
        .and_then(|p| p.get_untracked().known_on)
        .map(|d| p.start.days_until(d))
        .unwrap_or(initial);
    let offset = RwSignal::new(initial);
    let day = Memo::new(move |_| Date::from_day_number(p.start.day_number() + offset.get().clamp(0, days)));
    if let Some(params) = params {
        Effect::new(move |first: Option<()>| {
            let d = day.get();
            if first.is_some() {
                params.update(|q| q.known_on = Some(d));
                crate::address::write(&params.get_untracked(), false);
            }
        });
    }

    let d = dataset.clone();
    let rows = move || {
        let day = day.get();
        let latest = latest_per_claimant(&d, day);
        if latest.is_empty() {
            return view! { <li>{EN.as_of_none}</li> }.into_any();
        }
        latest
            .into_iter()
            .map(|c| {
                let v = intl::with(|f| describe::claim_view(&d, c, f, &EN));
                view! {
                    <li data-claimant=c.claimant.clone() data-claim=c.id.clone()>
                        <strong>{v.claimant}</strong>": "<span class="src-figure">{v.figure}</span>" · "{v.published}
                    </li>
                }
            })
            .collect_view()
            .into_any()
    };
    let d = dataset.clone();
    let cuts = move || {
        let day = day.get();
        d.blackout_events
            .iter()
            .map(|e| {
                let services: Vec<&str> = e.services.iter().map(|s| EN.service(*s)).collect();
                let state = cut_state(e, day);
                view! { <li data-event=e.id.clone() data-state=format!("{state:?}").to_lowercase()>{services.join(", ")}": "<strong>{explainer_core::view::cut_state_word(&EN, state)}</strong></li> }
            })
            .collect_view()
    };
    let view = Signal::derive(move || ChartView {
        window: Some((p.start, day.get())),
        as_of: Some(day.get()),
        theme: theme.get(),
        id: "known".into(),
        ..Default::default()
    });
    let drawn = RwSignal::new(None::<Drawn>);
    view! {
        <section class="known" data-testid="known-on" aria-labelledby="known-heading">
            <h2 id="known-heading">{EN.as_of_heading}</h2>
            <p class="intro">{EN.as_of_intro}</p>
            <label class="known-day">
                <span>{EN.as_of_day}" "<output data-testid="known-date">{move || intl::with(|f| f.date(day.get()))}</output></span>
                <input type="range" min="0" max=days step="1" data-testid="known-slider"
                    prop:value=move || offset.get().to_string()
                    on:input=move |e| { if let Ok(v) = event_target_value(&e).parse::<i64>() { offset.set(v) } } />
            </label>
            <div class="known-body">
                <div>
                    <h3>{EN.as_of_latest}</h3>
                    <ul class="known-list" data-testid="known-list">{rows}</ul>
                    {(!dataset.blackout_events.is_empty()).then(|| view! {
                        <h3>{EN.as_of_blackout}</h3>
                        <ul class="known-cuts" data-testid="known-cuts">{cuts}</ul>
                    })}
                </div>
                <TollChart dataset=dataset.clone() view=view drawn_out=drawn testid="known-chart" />
            </div>
        </section>
    }
}
