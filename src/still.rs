//! The page the build prerendered (`<main id="static">`, written by `core/src/prerender.rs`): what the reader sees
//! before the app runs. The app mounts into its own root (`#app`) and removes this page when its own is ready, in
//! the same task as it renders, so nothing is painted in between.

fn element() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id("static")
}

/// Whether the prerendered page is there.
pub fn present() -> bool {
    element().is_some()
}

/// Removes the prerendered page (once; later calls do nothing).
pub fn remove() {
    if let Some(el) = element() {
        el.remove();
    }
}

/// The app's own root (`<div id="app">`), if the page has one.
pub fn root() -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    web_sys::window()?.document()?.get_element_by_id("app")?.dyn_into().ok()
}
