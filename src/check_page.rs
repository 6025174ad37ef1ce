//! The check page (`check.html`, `<html data-page="check">`): an editor opens or drops a dataset and its Persian
//! text; the core lists every problem in each (`view::check`) and, when the dataset is valid, the explainer is drawn
//! from it in the edition chosen, exactly as readers will see it. The files are read in the browser; nothing is
//! sent anywhere.

use std::sync::Arc;

use explainer_core::validate::Loaded;
use explainer_core::view::check::{self, Opened, Report};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::locale::{self, use_locale, Locale};

/// Whether this page is the check page.
pub fn is_check_page() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("data-page"))
        .is_some_and(|p| p == "check")
}

/// A valid dataset, ready to draw: in English, in Persian (and whether some of its text stayed untranslated), its
/// file's text (the JSON download) and name.
struct Drawn {
    en: Arc<Loaded>,
    fa: (Arc<Loaded>, bool),
    raw: Arc<String>,
    name: String,
}

async fn read(files: web_sys::FileList) -> Vec<Opened> {
    let mut out = Vec::new();
    for f in (0..files.length()).filter_map(|i| files.get(i)) {
        let text = wasm_bindgen_futures::JsFuture::from(f.text()).await.ok().and_then(|v| v.as_string());
        out.push(Opened { name: f.name(), text });
    }
    out
}

#[component]
pub fn Check() -> impl IntoView {
    let address = crate::address::current();
    locale::provide(locale::check_page_locale(&address));
    let loc = use_locale();
    let s = loc.strings;
    locale::apply_to_document(s);
    let theme = crate::theme::follow(address.theme());
    let intro = check::intro(s);
    let report = RwSignal::new(None::<Arc<Report>>);
    let drawn = StoredValue::new(None::<Arc<Drawn>>);
    let edition = RwSignal::new(s.lang);
    let version = RwSignal::new(0u32);
    let open = move |files: web_sys::FileList| {
        leptos::task::spawn_local(async move {
            let opened = read(files).await;
            let checked = loc.with(|f, s| check::check(&opened, f, s));
            let name = checked.report.files.first().map(|f| f.name.clone()).unwrap_or_default();
            let raw = opened.iter().find(|o| o.name == name).and_then(|o| o.text.clone()).unwrap_or_default();
            let next = match (checked.loaded, checked.persian) {
                (Some(en), Some((fa, incomplete))) => Some(Arc::new(Drawn {
                    fa: (Arc::new(Loaded { dataset: fa, warnings: Vec::new() }), incomplete),
                    en: Arc::new(en),
                    raw: Arc::new(raw),
                    name,
                })),
                _ => None,
            };
            drawn.set_value(next);
            report.set(Some(Arc::new(checked.report)));
            version.update(|v| *v += 1);
        });
    };
    let on_change = move |e: leptos::ev::Event| {
        let input = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(files) = input.and_then(|i| i.files()) {
            open(files);
        }
    };
    let on_drop = move |e: leptos::ev::DragEvent| {
        e.prevent_default();
        if let Some(files) = e.data_transfer().and_then(|d| d.files()) {
            open(files);
        }
    };
    let shown_report = move || {
        report.get().map(|r| {
            let files = r
                .files
                .iter()
                .map(|f| {
                    let lines = f
                        .lines
                        .iter()
                        .map(|l| {
                            view! {
                                <li class=l.severity data-testid="check-problem">
                                    <strong>{l.severity_word.clone()}</strong>" "
                                    <span class="place" dir="ltr">{l.place.clone()}</span>{s.label_sep}
                                    <span dir="ltr">{l.message.clone()}</span>
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <h3 data-testid="check-file">{f.heading.clone()}</h3>
                        <ol class="problems">{lines}</ol>
                    }
                })
                .collect_view();
            view! {
                <section class="check-report" data-testid="check-report" data-valid=r.valid.to_string() role="status">
                    {r.notice.clone().map(|n| view! { <p class="notice">{n}</p> })}
                    {files}
                </section>
            }
        })
    };
    // The explainer from the file, in the chosen edition: drawn again from scratch when either changes.
    let preview = move || {
        version.get();
        let d = drawn.get_value()?;
        let strings = explainer_core::edition::by_lang(edition.get()).unwrap_or(s);
        provide_context(Locale { strings });
        let (loaded, incomplete) = if strings.lang == "en" { (d.en.clone(), false) } else { d.fa.clone() };
        // Its prose dates in the edition's calendar, as the explainer's own page writes them.
        let dataset = Locale { strings }.with(|f, s| explainer_core::prose::in_edition(loaded.dataset.clone(), f, s));
        let loaded = Arc::new(Loaded { dataset, warnings: loaded.warnings.clone() });
        let notice = incomplete
            .then(|| view! { <p class="notice" role="status" data-testid="translation-missing">{strings.translation_missing}</p> });
        Some(view! {
            <div class="check-preview" data-testid="check-preview" lang=strings.lang dir=strings.dir.attr()>
                {notice}
                {crate::page::explainer(loaded, d.raw.clone(), theme, None)}
            </div>
        })
    };
    let editions = check::editions()
        .into_iter()
        .map(|(lang, name)| {
            view! {
                <button type="button" lang=lang data-testid="check-edition" data-lang=lang aria-pressed=move || (edition.get() == lang).to_string()
                    on:click=move |_| edition.set(lang)>{name}</button>
            }
        })
        .collect_view();
    let preview_line = move || {
        version.get();
        drawn.get_value().map(|d| view! { <p class="intro">{check::preview(&d.name, s)}</p> })
    };
    view! {
        <main class="explainer check-page">
            <header class="masthead">
                <h1>{intro.title}</h1>
                <p class="lede">{intro.intro}</p>
            </header>
            <section class="check-open">
                <label class="drop" data-testid="check-drop" on:dragover=move |e: leptos::ev::DragEvent| e.prevent_default() on:drop=on_drop>
                    <span class="button">{intro.choose}</span>" "<span>{intro.drop}</span>
                    <input type="file" accept=".json,application/json" multiple data-testid="check-input" on:change=on_change />
                </label>
                <p class="private">{intro.private}</p>
            </section>
            {shown_report}
            <div hidden=move || version.get() == 0 || drawn.with_value(|d| d.is_none())>
                {preview_line}
                <p class="check-editions" role="group" aria-label=intro.edition.clone()>{intro.edition.clone()}" "{editions}</p>
            </div>
        </main>
        {preview}
    }
}

/// What the check page's built file holds, before its app runs (and all a reader without JavaScript gets): its
/// title, and that it needs JavaScript.
#[component]
pub fn NeedsJs(strings: &'static explainer_core::strings::Strings) -> impl IntoView {
    view! {
        <main class="explainer check">
            <h1>{strings.check_title}</h1>
            <p class="static-needs-js">{strings.check_needs_js}</p>
        </main>
    }
}
