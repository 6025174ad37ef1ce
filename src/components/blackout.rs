//! The blackout section: what was cut and for how long (durations derived from the events' dates), and the dated
//! notes on the blackout, each with its sources. Absent when the dataset has neither.

use std::sync::Arc;

use explainer_core::model::Dataset;
use explainer_core::view::records;
use leptos::prelude::*;

use super::shared::{inert, note_list, source_links};
use crate::locale::use_locale;

#[component]
pub fn Blackout(dataset: Arc<Dataset>) -> impl IntoView {
    let Some(v) = use_locale().with(|f, s| records::blackout(&dataset, f, s)) else { return ().into_any() };
    let events = v.events.map(|(heading, events)| {
        let items = events
            .into_iter()
            .map(|e| {
                view! {
                    <li data-event=e.id>
                        <p class="event-head"><strong>{e.head}</strong></p>
                        <p>{e.summary}</p>
                        {e.notes.into_iter().map(|n| view! { <p class="note">{n}</p> }).collect_view()}
                        <p class="links">{source_links(e.sources)}</p>
                    </li>
                }
            })
            .collect_view();
        view! { <h3>{heading}</h3><ul class="events" data-testid="blackout-events">{items}</ul> }
    });
    let notes = v.notes.map(|(heading, show, notes)| {
        view! {
            <h3>{heading}</h3>
            <details class="more">
                <summary>{show}</summary>
                <ul class="notes" data-testid="blackout-notes">{note_list(notes)}</ul>
            </details>
        }
    });
    inert(move || {
        view! {
            <section class="blackout" aria-labelledby="blackout-heading">
                <h2 id="blackout-heading">{v.heading}</h2>
                <p class="intro">{v.intro}</p>
                {events}
                {notes}
            </section>
        }
    })
    .into_any()
}
