//! The blackout section: what was cut and for how long (durations derived from the events' dates), and the dated
//! notes on the blackout and on verification, each with its sources.

use std::sync::Arc;

use explainer_core::date::order_by_date;
use explainer_core::derive::days_between;
use explainer_core::describe::links;
use explainer_core::format::Formatter;
use explainer_core::model::{Dataset, Reliability, Topic};
use explainer_core::strings::{fill, EN};
use leptos::prelude::*;

use crate::intl;

/// Notes of the given topics, in date order, each with its sources; low-reliability notes flagged.
pub fn note_list(d: &Dataset, topics: &[Topic]) -> impl IntoView {
    let notes: Vec<_> = d.notes.iter().filter(|n| topics.contains(&n.topic)).collect();
    let dates: Vec<_> = notes.iter().map(|n| n.date).collect();
    order_by_date(&dates)
        .into_iter()
        .map(|i| notes[i])
        .map(|n| {
            let date = intl::with(|f| f.date(n.date));
            let low = n.reliability == Reliability::Low;
            view! {
                <li data-note=n.id.clone() class:low=low>
                    <p>
                        <time datetime=n.date.to_string()>{date}</time>" · "<span class="topic">{EN.topic(n.topic)}</span>
                        {low.then(|| view! { " · "<span class="flag">{EN.low_reliability}</span> })}
                    </p>
                    <p>{n.text.clone()}</p>
                    <p class="links">{source_links(d, &n.sources)}</p>
                </li>
            }
        })
        .collect_view()
}

pub fn source_links(d: &Dataset, ids: &[String]) -> impl IntoView {
    links(d, ids)
        .into_iter()
        .map(|l| view! { <a href=l.url rel="noopener" target="_blank">{l.label}</a> })
        .collect_view()
}

#[component]
pub fn Blackout(dataset: Arc<Dataset>) -> impl IntoView {
    let d = dataset;
    let blackout_notes = d.notes.iter().filter(|n| n.topic == Topic::Blackout).count();
    // Without events or notes there is no section; without one of them, no heading for it.
    if d.blackout_events.is_empty() && blackout_notes == 0 {
        return ().into_any();
    }
    let events = d
        .blackout_events
        .iter()
        .map(|e| {
            intl::with(|f| {
                let services: Vec<&str> = e.services.iter().map(|s| EN.service(*s)).collect();
                let from = fill(EN.blackout_since, &[("date", &f.date(e.start.date))]);
                let until = match (e.end, e.end_kind) {
                    (Some(end), Some(kind)) => format!(
                        "{} {} ({})",
                        EN.end_kind(kind),
                        fill(EN.blackout_until, &[("date", &f.date(end.date))]),
                        fill(EN.blackout_duration, &[("duration", &EN.days(days_between(e.start.date, end.date).max(0) as u64, f))])
                    ),
                    _ => fill(EN.blackout_ongoing, &[("date", &f.date(d.meta.period.end))]),
                };
                view! {
                    <li data-event=e.id.clone()>
                        <p class="event-head"><strong>{services.join(", ")}</strong>" · "{e.scope.clone()}" · "{from}", "{until}</p>
                        <p>{e.summary.clone()}</p>
                        {e.start_note.clone().map(|n| view! { <p class="note">{n}</p> })}
                        {e.end_note.clone().map(|n| view! { <p class="note">{n}</p> })}
                        <p class="links">{source_links(&d, &e.sources)}</p>
                    </li>
                }
            })
        })
        .collect_view();
    let notes = note_list(&d, &[Topic::Blackout]);
    view! {
        <section class="blackout" aria-labelledby="blackout-heading">
            <h2 id="blackout-heading">{EN.blackout_heading}</h2>
            <p class="intro">{EN.blackout_intro}</p>
            {(!d.blackout_events.is_empty()).then(|| view! {
                <h3>{EN.blackout_events_heading}</h3>
                <ul class="events" data-testid="blackout-events">{events}</ul>
            })}
            {(blackout_notes > 0).then(|| view! {
                <h3>{EN.notes_heading}</h3>
                <details class="more">
                    <summary>{fill(EN.notes_show, &[("n", &blackout_notes.to_string())])}</summary>
                    <ul class="notes" data-testid="blackout-notes">{notes}</ul>
                </details>
            })}
        </section>
    }
    .into_any()
}
