//! A door rendered to HTML by the app's components (Leptos `ssr`), from its dataset in its edition, formatted by
//! ICU4X exactly as the browser's `Intl` formats it: the same markup the browser then takes over.

use std::rc::Rc;
use std::sync::Arc;

use crate::icu_format::IcuFormatter;
use explainer_core::chart::Theme;
use explainer_core::door::Door;
use explainer_core::format::Formatter;
use explainer_core::strings::Strings;
use explainer_core::validate::Loaded;
use hydration_context::{SharedContext, SsrSharedContext};
use leptos::prelude::*;
use toll_explainer::app::{App, Shown};

/// ICU4X for the app's locale (`locale::use_formatters`); a locale ICU4X cannot make falls back to plain English
/// numbers (never reached: `IcuFormatter::new` is checked for every edition by the tests).
fn icu(s: &'static Strings) -> Rc<dyn Formatter> {
    match IcuFormatter::new(s.intl_locale, s.number_grouping) {
        Ok(f) => Rc::new(f),
        Err(_) => Rc::new(explainer_core::format::PlainEnglish),
    }
}

/// Prepares this thread to render: the executor Leptos needs, and ICU4X as the formatter.
pub fn init() {
    let _ = any_spawner::Executor::init_futures_executor();
    toll_explainer::locale::use_formatters(icu);
}

/// The HTML of the app on `door`, for the page's root (`<div id="app">`).
/// `app_bytes`: the app's size as served, offered to a reader who saves data (0: not offered).
pub fn door(door: &Door, loaded: Arc<Loaded>, raw: Arc<String>, incomplete: bool, app_bytes: u64) -> String {
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new()) as Arc<dyn SharedContext + Send + Sync>));
    let shown = Shown { door: door.clone(), loaded, raw, incomplete, app_bytes };
    let html = owner.with(|| {
        toll_explainer::context::provide_stills();
        view! { <App shown=shown theme=Signal::stored(Theme::Light) /> }.to_html()
    });
    owner.unset();
    html
}

/// The check page's HTML: what it is, and that it needs JavaScript.
pub fn check_page(s: &'static Strings) -> String {
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new()) as Arc<dyn SharedContext + Send + Sync>));
    let html = owner.with(|| view! { <toll_explainer::check_page::NeedsJs strings=s /> }.to_html());
    owner.unset();
    html
}
