//! Pieces that several sections place the same way: source links and dated notes.

use explainer_core::describe::Link;
use explainer_core::view::records::NoteItem;
use leptos::prelude::*;

/// Source links, each opening in a new tab.
pub fn source_links(links: Vec<Link>) -> impl IntoView {
    links.into_iter().map(|l| view! { <a href=l.url rel="noopener" target="_blank">{l.label}</a> }).collect_view()
}

/// Dated notes, each with its sources; low-reliability notes flagged.
pub fn note_list(notes: Vec<NoteItem>) -> impl IntoView {
    notes
        .into_iter()
        .map(|n| {
            view! {
                <li data-note=n.id class:low=n.low>
                    <p><time datetime=n.datetime>{n.date}</time><span class="topic">{n.tail}</span></p>
                    <p>{n.text}</p>
                    <p class="links">{source_links(n.sources)}</p>
                </li>
            }
        })
        .collect_view()
}
