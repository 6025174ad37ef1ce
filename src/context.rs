//! What the page gives its components through context, typed: the door it was built for, and whether charts are
//! drawn as stills for the built page. (The locale has its own pair, `locale::provide` / `use_locale`; the address's
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
