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

/// Where the reader is in the prerendered page, read before the page changes (while its layout is clean): the
/// section at the top of the window, if they have scrolled into one (the id of its heading, which is the app's
/// heading id with `static-` before it, and how far above the window's top it starts), the lists they have opened
/// (each section's heading id and the list's summary), and the link that has the keyboard's focus, if one has it.
pub struct Place {
    section: Option<(String, f64)>,
    opened: Vec<(String, String)>,
    focused: Option<String>,
}

impl Place {
    /// Whether there is anything to keep: the reader has scrolled into the prerendered page, opened a list or
    /// focused a link (else the app's page may come a section at a time).
    pub fn to_keep(&self) -> bool {
        self.section.is_some() || !self.opened.is_empty() || self.focused.is_some()
    }
}

fn elements(root: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    use wasm_bindgen::JsCast;
    let Ok(list) = root.query_selector_all(selector) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i).and_then(|n| n.dyn_into().ok())).collect()
}

/// The open lists (`<details open>`) of a section, by their summary's text.
fn summaries(section: &web_sys::Element, open: bool) -> Vec<(String, web_sys::Element)> {
    let selector = if open { "details[open] > summary" } else { "details:not([open]) > summary" };
    elements(section, selector).into_iter().map(|s| (s.text_content().unwrap_or_default(), s)).collect()
}

pub fn place() -> Place {
    let mut place = Place { section: None, opened: Vec::new(), focused: None };
    let Some(root) = element() else { return place };
    for el in elements(&root, "[data-static-section][aria-labelledby]") {
        let Some(heading) = el.get_attribute("aria-labelledby") else { continue };
        place.opened.extend(summaries(&el, true).into_iter().map(|(text, _)| (heading.clone(), text)));
        let top = el.get_bounding_client_rect().top();
        if top <= 0.0 {
            place.section = Some((heading, top));
        }
    }
    let active = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element());
    place.focused = active.filter(|a| root.contains(Some(a))).and_then(|a| a.get_attribute("href"));
    place
}

/// Opens the app's lists that the reader had opened, scrolls its page to put the section at `place` where the
/// prerendered one was, and gives the focus to the app's first link (in view, or else anywhere) to where the focused
/// one led.
pub fn restore(place: &Place) {
    use wasm_bindgen::JsCast;
    let Some(win) = web_sys::window() else { return };
    let Some(doc) = win.document() else { return };
    let live = |heading: &str| {
        let id = heading.strip_prefix("static-").unwrap_or(heading);
        doc.get_element_by_id(id).and_then(|h| h.closest("section").ok().flatten())
    };
    for (heading, text) in &place.opened {
        if let Some((_, summary)) = live(heading).and_then(|s| summaries(&s, false).into_iter().find(|(t, _)| t == text)) {
            if let Some(details) = summary.parent_element() {
                let _ = details.set_attribute("open", "");
            }
        }
    }
    if let Some((heading, top)) = &place.section {
        if let Some(section) = live(heading) {
            win.scroll_by_with_x_and_y(0.0, section.get_bounding_client_rect().top() - top);
        }
    }
    let Some(href) = &place.focused else { return };
    let Some(app) = doc.get_element_by_id("app") else { return };
    let height = win.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    let links: Vec<_> = elements(&app, "a[href]")
        .into_iter()
        .filter(|a| a.get_attribute("href").as_deref() == Some(href.as_str()) && a.get_bounding_client_rect().height() > 0.0)
        .collect();
    let in_view = |a: &web_sys::Element| {
        let r = a.get_bounding_client_rect();
        r.top() >= 0.0 && r.bottom() <= height
    };
    let link = links.iter().find(|a| in_view(a)).or(links.first()).and_then(|a| a.dyn_ref::<web_sys::HtmlElement>());
    // In view, it is focused where it is (a link out of view is scrolled to, as any focus is).
    if let Some(link) = link {
        let _ = link.focus();
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
