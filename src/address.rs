//! The page's address, read and written through the browser's URLSearchParams; what it means is decided by the
//! core (`params::Address`, `Params`), which ignores anything unknown or malformed. The only module that reads the
//! query: once when the page starts (`current`), and again only when the reader moves through history.

use explainer_core::model::Dataset;
use explainer_core::params::{Address, Params};
use explainer_core::source::{Chosen, Refusal};
use wasm_bindgen::JsValue;

fn search() -> String {
    web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// The decoded query pairs of the current address.
fn pairs() -> Vec<(String, String)> {
    let Ok(sp) = web_sys::UrlSearchParams::new_with_str(&search()) else { return Vec::new() };
    let mut out = Vec::new();
    let entries = js_sys::try_iter(&sp.entries()).ok().flatten();
    for entry in entries.into_iter().flatten().flatten() {
        let pair = js_sys::Array::from(&entry);
        if let (Some(k), Some(v)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
            out.push((k, v));
        }
    }
    out
}

/// The address the page was opened with, read once when it starts.
pub fn current() -> Address {
    let fragment = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
    Address::new(pairs(), &fragment)
}

/// The dataset to show: the one the address asks for (`?data=`), else the page's own (`page`); or why none.
pub fn dataset(address: &Address, page: &str) -> Result<Chosen, Refusal> {
    explainer_core::source::choose(Some(page), address.data())
}

/// Goes to `file`, beside this page, with the same query and fragment (the reader's history keeps one entry).
pub fn go_to(file: &str) {
    let Some(loc) = web_sys::window().map(|w| w.location()) else { return };
    let _ = loc.replace(&format!("{file}{}{}", loc.search().unwrap_or_default(), loc.hash().unwrap_or_default()));
}

/// The address now, after the reader moved through history (`popstate`), read against the dataset.
pub fn read(d: &Dataset) -> Params {
    current().resolve(d)
}

/// The address for `p` (keeping the path and fragment).
pub fn href(p: &Params) -> String {
    let Some(loc) = web_sys::window().map(|w| w.location()) else { return String::new() };
    // The story, edition and view are the page's file's (`door`): the query holds the reader's state alone.
    format!("{}{}{}", loc.pathname().unwrap_or_default(), p.clone().without_door().query(), loc.hash().unwrap_or_default())
}

/// Writes `p` into the address: `push` adds a history entry (back returns to the previous state), otherwise the
/// current entry is replaced (for continuous changes like dragging a slider). An embedded view always replaces:
/// an iframe's entries join the host page's history, and Back on the host must leave the host's page.
pub fn write(p: &Params, push: bool) {
    let push = push && p.embed.is_none();
    let Some(h) = web_sys::window().and_then(|w| w.history().ok()) else { return };
    let url = href(p);
    let current = web_sys::window().and_then(|w| {
        let l = w.location();
        Some(format!("{}{}{}", l.pathname().ok()?, l.search().ok()?, l.hash().ok()?))
    });
    if current.as_deref() == Some(url.as_str()) {
        return;
    }
    let _ =
        if push { h.push_state_with_url(&JsValue::NULL, "", Some(&url)) } else { h.replace_state_with_url(&JsValue::NULL, "", Some(&url)) };
}

/// The full explainer's address (this page without any query or fragment), for "open the full explainer". Built
/// from the protocol and host, not `origin`, which a file:// page has as "null".
pub fn full_page_href() -> String {
    web_sys::window()
        .and_then(|w| {
            let l = w.location();
            Some(format!("{}//{}{}", l.protocol().ok()?, l.host().ok()?, l.pathname().ok()?))
        })
        .unwrap_or_default()
}

/// Whether the page was opened from a file on the reader's disk (the offline edition), not from a web address.
pub fn is_local_file() -> bool {
    web_sys::window().and_then(|w| w.location().protocol().ok()).is_some_and(|p| p == "file:")
}

/// The page's address to print on what a reader passes on (exported images): none for a local file, whose path
/// is nobody else's address and would give away the reader's folders and user name.
pub fn shareable_href() -> String {
    if is_local_file() {
        return String::new();
    }
    web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default()
}
