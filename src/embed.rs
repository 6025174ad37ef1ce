//! Inside an iframe, the page tells its host how tall it is, in every format newsrooms use, whenever its height
//! changes: Datawrapper's `{"datawrapper-height": {id: px}}`, pym.js's `pymxPYMx<id>xPYMxheightxPYMx<px>` (and an
//! answer to a pym parent's width message), AMP's `{sentinel: "amp", type: "embed-size", height}`, the
//! Medium/Embedly JSON string with `context: "iframe.resize"`, its own versioned message for `embed.js`, and, in
//! the frame of a link pasted into WordPress (`#?secret=…`), WordPress's `{secret, message: "height", value}`.
//! It posts heights and ids only (never its address), and ignores every incoming message except three from its
//! parent: `embed.js`'s ask (`{type: "toll-explainer:ask", version: 1}`, for a script that loaded after the page
//! settled), a pym parent's width, and WordPress's `{message: "ready", secret}` with this frame's secret; each is
//! answered with the height, even if unchanged.
//!
//! WordPress's frame is sandboxed without `allow-popups`, so a link cannot open a tab from it. There, a reader's click
//! on the link to the whole explainer asks WordPress to go to it (`{secret, message: "link", value}`; its host
//! script follows only a link to the frame's own site, and only while the frame has the focus). That message carries
//! the public address of the explainer's page, which the post itself already holds in its fallback link: nothing
//! about the reader, nothing the host does not know.

use std::cell::Cell;

use explainer_core::params::Params;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The message type `embed.js` listens for; bump the version if its shape ever changes.
pub const MESSAGE_TYPE: &str = "toll-explainer:height";
pub const MESSAGE_VERSION: u32 = 1;
/// The message `embed.js` sends to ask for the height (same version).
pub const ASK_TYPE: &str = "toll-explainer:ask";

thread_local! {
    static LAST: Cell<i32> = const { Cell::new(-1) };
    /// The secret of WordPress's frame, when the page is in one.
    static WORDPRESS_SECRET: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// A click on the link to the whole explainer: in WordPress's frame, where the link cannot open, WordPress is asked
/// to go to it; anywhere else the link opens as it says (a new tab).
pub fn open_whole_page(e: &web_sys::MouseEvent) {
    let Some(secret) = WORDPRESS_SECRET.with(|s| s.borrow().clone()) else { return };
    let Some(link) = e.current_target().and_then(|t| t.dyn_into::<web_sys::HtmlAnchorElement>().ok()) else { return };
    let Ok(Some(parent)) = web_sys::window().map(|w| w.parent()).transpose().map(Option::flatten) else { return };
    e.prevent_default();
    let message = obj(&[("secret", secret.as_str().into()), ("message", "link".into()), ("value", link.href().into())]);
    let _ = parent.post_message(&message, "*");
}

fn obj(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = js_sys::Object::new();
    for (k, v) in pairs {
        let _ = js_sys::Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o.into()
}

fn height() -> i32 {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return 0 };
    let body = doc.body().map(|b| b.scroll_height()).unwrap_or(0);
    let root = doc.document_element().map(|e| e.get_bounding_client_rect().height().ceil() as i32).unwrap_or(0);
    body.max(root)
}

fn post_all(p: &Params, h: i32, force: bool) {
    if !force && LAST.with(|l| l.replace(h)) == h {
        return;
    }
    LAST.with(|l| l.set(h));
    let Some(win) = web_sys::window() else { return };
    let Ok(Some(parent)) = win.parent() else { return };
    let id = p.frame_id.clone().unwrap_or_else(|| "toll-explainer".to_string());
    let send = |m: JsValue| {
        let _ = parent.post_message(&m, "*");
    };
    let hv = JsValue::from_f64(h as f64);
    send(obj(&[("datawrapper-height", obj(&[(id.as_str(), hv.clone())]))]));
    send(obj(&[("sentinel", "amp".into()), ("type", "embed-size".into()), ("height", hv.clone())]));
    // Embedly's format also allows "src" (the frame's address): left out, the host learns nothing but the height.
    send(JsValue::from_str(&format!("{{\"context\":\"iframe.resize\",\"height\":{h}}}")));
    if let Some(child) = &p.child_id {
        send(JsValue::from_str(&format!("pymxPYMx{child}xPYMxheightxPYMx{h}")));
    }
    if let Some(secret) = &p.wordpress_secret {
        // WordPress's host script (wp-embed.js) matches the secret to the frame and clamps the height to 200–1,000 px.
        send(obj(&[("secret", secret.as_str().into()), ("message", "height".into()), ("value", hv.clone())]));
    }
    send(obj(&[("type", MESSAGE_TYPE.into()), ("version", MESSAGE_VERSION.into()), ("id", id.as_str().into()), ("height", hv)]));
}

/// Starts reporting the page's height to its parent, if it has one. Call once.
pub fn start(p: Params) {
    let Some(win) = web_sys::window() else { return };
    let framed = win.parent().ok().flatten().is_some_and(|parent| parent != win);
    if !framed {
        return;
    }
    let Some(root) = win.document().and_then(|d| d.document_element()) else { return };
    if let Some(secret) = &p.wordpress_secret {
        WORDPRESS_SECRET.with(|s| *s.borrow_mut() = Some(secret.clone()));
        // WordPress's frame is at most 1,000 px tall: the line with the link to the whole explainer stays in sight
        // while a taller view scrolls inside it (`style/main.css`).
        let _ = root.set_attribute("data-framed", "wordpress");
    }
    {
        let p = p.clone();
        let cb = Closure::<dyn Fn(js_sys::Array)>::new(move |_| post_all(&p, height(), false));
        if let Ok(ro) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()) {
            ro.observe(&root);
            if let Some(body) = win.document().and_then(|d| d.body()) {
                ro.observe(&body);
            }
        }
        cb.forget(); // lives as long as the page
    }
    // Content that overflows without resizing the page's box (an absolutely placed tooltip near the bottom)
    // changes the scroll height only: check it twice a second too; unchanged heights are not re-sent.
    {
        let p = p.clone();
        gloo_timers::callback::Interval::new(500, move || post_all(&p, height(), false)).forget();
    }
    // embed.js asks for the height; a pym.js parent sends its width; WordPress says it is ready: each is answered
    // with the height. Every other message, and any message not from the parent, is ignored.
    let pym = p.child_id.as_ref().map(|child| format!("pymxPYMx{child}xPYMxwidthxPYMx"));
    let parent = win.parent().ok().flatten();
    let cb = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
        let from_parent = match (e.source(), &parent) {
            (Some(s), Some(w)) => JsValue::from(s) == *AsRef::<JsValue>::as_ref(w),
            _ => false,
        };
        let data = e.data();
        let field = |k: &str| js_sys::Reflect::get(&data, &JsValue::from_str(k)).unwrap_or_default();
        let ask = data.is_object()
            && field("type").as_string().as_deref() == Some(ASK_TYPE)
            && field("version").as_f64() == Some(MESSAGE_VERSION as f64);
        let width = pym.as_ref().is_some_and(|prefix| data.as_string().is_some_and(|s| s.starts_with(prefix)));
        let ready = data.is_object()
            && field("message").as_string().as_deref() == Some("ready")
            && p.wordpress_secret.is_some()
            && field("secret").as_string() == p.wordpress_secret;
        if from_parent && (ask || width || ready) {
            post_all(&p, height(), true);
        }
    });
    let _ = win.add_event_listener_with_callback("message", cb.as_ref().unchecked_ref());
    cb.forget(); // lives as long as the page
}
