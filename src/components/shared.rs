//! Pieces that several sections place the same way: source links and dated notes, and a part with nothing to
//! answer.

use explainer_core::describe::Link;
use explainer_core::view::records::NoteItem;
use leptos::either::Either;
use leptos::prelude::*;
use leptos::tachys::html::InertElement;

/// A part of the page with nothing to answer (no handler, no reactive value), made by `part`: one element. The built
/// page renders it like any other; taking that page over adopts its element as it stands instead of walking every
/// node in it, and does not make it again. The records, notes and sources are about half of a page's 3,000
/// elements, and walking them was about half of the longest task while a page was taken over (Lighthouse's Total
/// Blocking Time). Drawn afresh (a changed dataset, the check page's preview), it is made like any other.
pub fn inert<V: IntoView>(part: impl FnOnce() -> V) -> impl IntoView {
    if crate::context::taking_over() {
        Either::Left(InertElement::new(""))
    } else {
        Either::Right(part())
    }
}

/// Source links, each opening in a new tab. Each is isolated (`dir="auto"`): a Latin publisher's name inside
/// right-to-left text keeps its own direction and does not pull its neighbours' numbers across it.
pub fn source_links(links: Vec<Link>) -> impl IntoView {
    links.into_iter().map(|l| view! { <a href=l.url rel="noopener" target="_blank" dir="auto">{l.label}</a> }).collect_view()
}

/// The link to the same page in the other edition («فارسی» / «English»), in that edition's language. `href` is
/// the address with its `lang` changed.
pub fn edition_switch(href: Signal<String>) -> impl IntoView {
    let s = crate::locale::use_locale().strings;
    view! {
        <p class="edition-switch">
            <a href=href lang=s.switch_lang hreflang=s.switch_lang data-testid="edition-switch">{s.switch_label}</a>
        </p>
    }
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
