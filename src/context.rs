//! What the page gives its components through context, typed: the door it was built for, and whether charts are
//! drawn as stills for the built page; and whether the built page is being taken over. (The locale has its own pair, `locale::provide` / `use_locale`; the address's
//! state is an `RwSignal<Params>`.)

use explainer_core::door::Door;
use leptos::prelude::*;

/// The built page the explainer is on: its story, edition and view. Absent on the check page, whose preview is no
/// page of the site (nothing there links to another door or offers embed codes).
#[derive(Clone)]
pub struct PageDoor(pub Door);

pub fn provide_door(door: Door) {
    provide_context(PageDoor(door));
}

pub fn use_door() -> Option<Door> {
    use_context::<PageDoor>().map(|d| d.0)
}

/// Charts are drawn as stills (at a phone and a wide width, the stylesheet showing one) until their width is
/// measured: on the host, for the built page. In the browser the built page already holds them, so nothing is
/// drawn until the chart is measured.
#[derive(Clone, Copy)]
pub struct Stills;

pub fn provide_stills() {
    provide_context(Stills);
}

pub fn draws_stills() -> bool {
    use_context::<Stills>().is_some()
}

thread_local! {
    static TAKING_OVER: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `hydrate` (the browser taking the built page over) with [`taking_over`] true. A flag for that moment only,
/// not a context: a part made later (the reader's doing) is made in full.
pub fn while_taking_over<T>(hydrate: impl FnOnce() -> T) -> T {
    TAKING_OVER.set(true);
    let taken = hydrate();
    TAKING_OVER.set(false);
    taken
}

/// Whether the page being made is the built one, taken over: its parts are already in the document.
pub fn taking_over() -> bool {
    TAKING_OVER.get()
}
