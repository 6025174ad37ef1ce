//! Light or dark: `?theme=dark` or `?theme=light` in the page's address wins; otherwise the reader's system
//! setting (`prefers-color-scheme`), followed live. The root element gets `data-theme` for the stylesheet.

use explainer_core::chart::Theme;
use explainer_core::params::ThemeChoice;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn forced(choice: ThemeChoice) -> Option<Theme> {
    match choice {
        ThemeChoice::Dark => Some(Theme::Dark),
        ThemeChoice::Light => Some(Theme::Light),
        ThemeChoice::Auto => None,
    }
}

fn system_query() -> Option<web_sys::MediaQueryList> {
    web_sys::window()?.match_media("(prefers-color-scheme: dark)").ok().flatten()
}

fn apply(t: Theme) {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-theme", if t == Theme::Dark { "dark" } else { "light" });
    }
}

/// The page's theme as a signal, kept in step with the system setting unless the address (`choice`) forces one.
pub fn follow(choice: ThemeChoice) -> Signal<Theme> {
    let query = system_query();
    let from_system = |q: &Option<web_sys::MediaQueryList>| {
        if q.as_ref().is_some_and(|q| q.matches()) {
            Theme::Dark
        } else {
            Theme::Light
        }
    };
    let theme = RwSignal::new(forced(choice).unwrap_or_else(|| from_system(&query)));
    if forced(choice).is_none() {
        if let Some(q) = query {
            let q2 = q.clone();
            let cb = Closure::<dyn Fn()>::new(move || theme.set(if q2.matches() { Theme::Dark } else { Theme::Light }));
            let _ = q.add_event_listener_with_callback("change", cb.as_ref().unchecked_ref());
            cb.forget(); // lives as long as the page
        }
    }
    Effect::new(move |_| apply(theme.get()));
    theme.into()
}
