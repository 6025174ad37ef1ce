//! "Embed": the snippet an editor pastes into an article, for the chosen view and theme, as the core writes it:
//! an iframe with the self-sizing script, and a plain iframe for CMSs that strip scripts.

use std::sync::Arc;

use explainer_core::model::Dataset;
use explainer_core::params::{EmbedView, ThemeChoice};
use explainer_core::view::{embed, embed_view_name, page};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;

use crate::locale::use_locale;

fn copy(text: &str) {
    let Some(win) = web_sys::window() else { return };
    let Ok(nav) = js_sys::Reflect::get(&win, &JsValue::from_str("navigator")) else { return };
    let Ok(clipboard) = js_sys::Reflect::get(&nav, &JsValue::from_str("clipboard")) else { return };
    if let Ok(f) = js_sys::Reflect::get(&clipboard, &JsValue::from_str("writeText")) {
        if let Ok(f) = f.dyn_into::<js_sys::Function>() {
            // The promise may be refused (no permission); the text stays selectable in the box either way.
            let _ = f.call1(&clipboard, &JsValue::from_str(text));
        }
    }
}

#[component]
pub fn EmbedCodes(dataset: Arc<Dataset>) -> impl IntoView {
    let s = use_locale().strings;
    let open = RwSignal::new(false);
    // Only views with something to show are offered (a dataset may have no story, or no blackout records).
    let offered = embed::offered(&dataset);
    let view = RwSignal::new(offered.first().copied().unwrap_or(EmbedView::Chart));
    let theme = RwSignal::new(ThemeChoice::Auto);
    let copied = RwSignal::new(None::<&'static str>);
    let d = dataset.clone();
    // The page's address is the browser's to tell: the built page holds no codes (they are shown on demand).
    let page_url = RwSignal::new(String::new());
    Effect::new(move |_| page_url.set(crate::address::full_page_href()));
    // A file on the reader's disk (the offline edition) has no address a newsroom could embed.
    let local = RwSignal::new(false);
    Effect::new(move |_| local.set(crate::address::is_local_file()));
    let door = crate::context::use_door();
    let codes = Memo::new(move |_| match &door {
        Some(door) if !page_url.get().is_empty() => embed::snippets(&d, &page_url.get(), door, view.get(), theme.get(), s),
        _ => Default::default(),
    });
    let views = offered
        .into_iter()
        .map(|v| view! { <option value=v.name() selected=move || view.get() == v>{embed_view_name(s, v)}</option> })
        .collect_view();
    let themes = page::themes(s).into_iter().map(|(name, label)| view! { <option value=name>{label}</option> }).collect_view();
    let copy_label = move |which: &'static str| if copied.get() == Some(which) { s.embed_copied } else { s.embed_copy };
    view! {
        <section class="embed-codes" data-testid="embed-codes" hidden=move || local.get()>
            <button type="button" class="embed-toggle" data-testid="embed-button" aria-expanded=move || open.get().to_string()
                on:click=move |_| open.update(|o| *o = !*o)>{s.embed_button}</button>
            <div hidden=move || !open.get()>
                <h2>{s.embed_heading}</h2>
                <p class="intro">{s.embed_intro}</p>
                <div class="embed-options">
                    <label>{s.embed_view}" "
                        <select data-testid="embed-view" on:change=move |e| {
                            if let Some(v) = EmbedView::parse(&event_target_value(&e)) { view.set(v) }
                        }>{views}</select>
                    </label>
                    <label>{s.embed_theme}" "
                        <select data-testid="embed-theme" on:change=move |e| theme.set(ThemeChoice::parse(&event_target_value(&e)))>{themes}</select>
                    </label>
                </div>
                <label class="snippet">
                    <span>{s.embed_with_script}</span>
                    <textarea readonly rows="4" data-testid="embed-snippet" prop:value=move || codes.get().0></textarea>
                </label>
                <button type="button" on:click=move |_| { copy(&codes.get_untracked().0); copied.set(Some("script")) }>{move || copy_label("script")}</button>
                <label class="snippet">
                    <span>{s.embed_plain}</span>
                    <textarea readonly rows="2" data-testid="embed-plain" prop:value=move || codes.get().1></textarea>
                </label>
                <button type="button" on:click=move |_| { copy(&codes.get_untracked().1); copied.set(Some("plain")) }>{move || copy_label("plain")}</button>
            </div>
        </section>
    }
}
