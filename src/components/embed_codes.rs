//! "Embed": the snippet an editor pastes into an article, for the chosen view and theme — an iframe with the
//! self-sizing script, and a plain iframe for CMSs that strip scripts.

use std::sync::Arc;

use explainer_core::model::Dataset;
use explainer_core::params::{EmbedView, Params, ThemeChoice};
use explainer_core::strings::EN;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// A sensible fixed height for a plain iframe (no script to size it).
fn fixed_height(v: EmbedView) -> u32 {
    match v {
        EmbedView::Story => 1500,
        EmbedView::Chart => 1600,
        EmbedView::Blackout => 1400,
        EmbedView::Table => 1600,
        EmbedView::Summary => 480,
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The two snippets for a view and theme.
fn snippets(d: &Dataset, view: EmbedView, theme: ThemeChoice) -> (String, String) {
    let page = crate::address::full_page_href();
    let dir = page.rsplit_once('/').map(|(a, _)| format!("{a}/")).unwrap_or_default();
    let params = Params { embed: Some(view), theme, ..Default::default() };
    let query: Vec<String> = params.to_pairs().into_iter().map(|(k, v)| format!("{k}={v}")).collect();
    let src = format!("{page}?{}", query.join("&amp;"));
    let title = escape(&format!("{}: {}", d.meta.title, explainer_core::view::embed_view_name(&EN, view)));
    let with_script = format!(
        "<iframe src=\"{src}\" title=\"{title}\" loading=\"lazy\" width=\"100%\" height=\"{h}\" frameborder=\"0\" scrolling=\"no\" data-toll-explainer></iframe>\n<script src=\"{dir}embed.js\" async></script>",
        h = fixed_height(view)
    );
    let plain = format!(
        "<iframe src=\"{src}\" title=\"{title}\" loading=\"lazy\" width=\"100%\" height=\"{h}\" frameborder=\"0\"></iframe>",
        h = fixed_height(view)
    );
    (with_script, plain)
}

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

use wasm_bindgen::JsCast;

#[component]
pub fn EmbedCodes(dataset: Arc<Dataset>) -> impl IntoView {
    let open = RwSignal::new(false);
    // Only views with something to show are offered (a dataset may have no story, or no blackout records).
    let offered: Vec<EmbedView> = EmbedView::ALL
        .iter()
        .copied()
        .filter(|v| match v {
            EmbedView::Story => !dataset.story.is_empty(),
            EmbedView::Blackout => !dataset.blackout_events.is_empty() || super::record::has_notes(&dataset, &[explainer_core::model::Topic::Blackout]),
            _ => true,
        })
        .collect();
    let view = RwSignal::new(offered.first().copied().unwrap_or(EmbedView::Chart));
    let theme = RwSignal::new(ThemeChoice::Auto);
    let copied = RwSignal::new(None::<&'static str>);
    let d = dataset.clone();
    let codes = Memo::new(move |_| snippets(&d, view.get(), theme.get()));
    let views = offered
        .into_iter()
        .map(|v| view! { <option value=v.name() selected=move || view.get() == v>{explainer_core::view::embed_view_name(&EN, v)}</option> })
        .collect_view();
    view! {
        <section class="embed-codes" data-testid="embed-codes">
            <button type="button" class="embed-toggle" data-testid="embed-button" aria-expanded=move || open.get().to_string()
                on:click=move |_| open.update(|o| *o = !*o)>{EN.embed_button}</button>
            <div hidden=move || !open.get()>
                <h2>{EN.embed_heading}</h2>
                <p class="intro">{EN.embed_intro}</p>
                <div class="embed-options">
                    <label>{EN.embed_view}" "
                        <select data-testid="embed-view" on:change=move |e| {
                            if let Some(v) = EmbedView::parse(&event_target_value(&e)) { view.set(v) }
                        }>{views}</select>
                    </label>
                    <label>{EN.embed_theme}" "
                        <select data-testid="embed-theme" on:change=move |e| theme.set(match event_target_value(&e).as_str() {
                            "light" => ThemeChoice::Light,
                            "dark" => ThemeChoice::Dark,
                            _ => ThemeChoice::Auto,
                        })>
                            <option value="auto">{EN.theme_auto}</option>
                            <option value="light">{EN.theme_light}</option>
                            <option value="dark">{EN.theme_dark}</option>
                        </select>
                    </label>
                </div>
                <label class="snippet">
                    <span>{EN.embed_with_script}</span>
                    <textarea readonly rows="4" data-testid="embed-snippet" prop:value=move || codes.get().0></textarea>
                </label>
                <button type="button" on:click=move |_| { copy(&codes.get_untracked().0); copied.set(Some("script")) }>
                    {move || if copied.get() == Some("script") { EN.embed_copied } else { EN.embed_copy }}
                </button>
                <label class="snippet">
                    <span>{EN.embed_plain}</span>
                    <textarea readonly rows="2" data-testid="embed-plain" prop:value=move || codes.get().1></textarea>
                </label>
                <button type="button" on:click=move |_| { copy(&codes.get_untracked().1); copied.set(Some("plain")) }>
                    {move || if copied.get() == Some("plain") { EN.embed_copied } else { EN.embed_copy }}
                </button>
            </div>
        </section>
    }
}
