//! The page the build prerendered (`<header id="masthead">` and `<main id="static">`, written by
//! `core/src/prerender.rs`): what the reader sees before the app runs. The app mounts into its own root (`#app`)
//! and removes the main part when its own is ready, in the same task as it renders, so nothing is painted in
//! between; it keeps the masthead, filling in its own text where it differs.

fn element() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id("static")
}

/// Whether the prerendered page is there.
pub fn present() -> bool {
    element().is_some()
}

/// Removes the prerendered page but its masthead (once; later calls do nothing).
pub fn remove() {
    if let Some(el) = element() {
        el.remove();
    }
}

/// Where a reader who has scrolled into the prerendered page is: the section at the top of the window (the id of its
/// heading, which is the app's heading id with `static-` before it) and how far above the window's top it starts.
/// `None` at the top of the page (no section starts above the window). Read before the page changes, while its
/// layout is clean.
pub struct Place {
    heading: String,
    top: f64,
}

pub fn place() -> Option<Place> {
    use wasm_bindgen::JsCast;
    let sections = element()?.query_selector_all("[data-static-section][aria-labelledby]").ok()?;
    let mut found = None;
    for i in 0..sections.length() {
        let Some(section) = sections.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
        let top = section.get_bounding_client_rect().top();
        if top > 0.0 {
            break;
        }
        found = section.get_attribute("aria-labelledby").map(|heading| Place { heading, top });
    }
    found
}

/// Scrolls the app's page to put the section at `place` where the prerendered one was.
pub fn restore(place: &Place) {
    let Some(win) = web_sys::window() else { return };
    let id = place.heading.strip_prefix("static-").unwrap_or(&place.heading);
    let section = win.document().and_then(|d| d.get_element_by_id(id)).and_then(|h| h.closest("section").ok().flatten());
    if let Some(section) = section {
        win.scroll_by_with_x_and_y(0.0, section.get_bounding_client_rect().top() - place.top);
    }
}

fn masthead() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id("masthead")
}

/// Removes the prerendered page and its masthead (an embed, or a page showing only a dataset's problems).
pub fn remove_all() {
    remove();
    if let Some(el) = masthead() {
        el.remove();
    }
}

/// Whether the prerendered masthead is there (the app then keeps it instead of drawing its own).
pub fn has_masthead() -> bool {
    masthead().is_some()
}

/// Gives the kept masthead the app's title, lede and switch (label, language, address), changing only what differs:
/// unchanged text is not painted again.
pub fn fill_masthead(title: &str, lede: &str, switch_label: &str, switch_lang: &str, switch_href: &str) {
    let Some(m) = masthead() else { return };
    let set_text = |sel: &str, text: &str| {
        if let Ok(Some(el)) = m.query_selector(sel) {
            if el.text_content().as_deref() != Some(text) {
                el.set_text_content(Some(text));
            }
        }
    };
    set_text("h1", title);
    set_text(".lede", lede);
    set_text(".edition-switch a", switch_label);
    if let Ok(Some(a)) = m.query_selector(".edition-switch a") {
        for (name, value) in [("lang", switch_lang), ("hreflang", switch_lang), ("href", switch_href)] {
            if a.get_attribute(name).as_deref() != Some(value) {
                let _ = a.set_attribute(name, value);
            }
        }
    }
}

/// The app's own root (`<div id="app">`), if the page has one.
pub fn root() -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    web_sys::window()?.document()?.get_element_by_id("app")?.dyn_into().ok()
}
