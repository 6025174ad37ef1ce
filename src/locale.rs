//! The reader's locale as a value: its strings and its `Intl` formatter. It reaches every component through
//! context (`use_locale`), so a second edition is a second value, never a code change.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use explainer_core::format::Formatter;
use explainer_core::strings::Strings;
#[cfg(feature = "pseudo-locale")]
use explainer_core::strings::EN;
use leptos::prelude::*;

use crate::intl::IntlFormatter;

#[derive(Clone, Copy)]
pub struct Locale {
    pub strings: &'static Strings,
}

/// Makes a locale's formatter: the browser's `Intl` by default; the build's renderer gives ICU4X (`use_formatters`),
/// which prints the same (`e2e/intl.test.mjs`).
pub type MakeFormatter = fn(&'static Strings) -> Rc<dyn Formatter>;

fn intl(s: &'static Strings) -> Rc<dyn Formatter> {
    Rc::new(IntlFormatter::new(s.intl_locale, s.number_grouping))
}

thread_local! {
    static MAKE: Cell<MakeFormatter> = const { Cell::new(intl) };
    /// One formatter per locale, built on first use (the browser's hold browser objects, which are not `Send`).
    static FORMATTERS: RefCell<Vec<(&'static str, Rc<dyn Formatter>)>> = const { RefCell::new(Vec::new()) };
}

/// Formats with `make` from now on, on this thread (the build's renderer, on the host, where there is no `Intl`).
pub fn use_formatters(make: MakeFormatter) {
    MAKE.with(|m| m.set(make));
    FORMATTERS.with(|f| f.borrow_mut().clear());
}

impl Locale {
    /// Runs `f` with this locale's formatter and strings.
    pub fn with<R>(&self, f: impl FnOnce(&dyn Formatter, &'static Strings) -> R) -> R {
        let fmt = self.formatter();
        #[cfg(feature = "pseudo-locale")]
        let fmt: Rc<dyn Formatter> = Rc::new(pseudo::Marked(fmt));
        f(fmt.as_ref(), self.strings)
    }

    fn formatter(&self) -> Rc<dyn Formatter> {
        let tag = self.strings.intl_locale;
        FORMATTERS.with(|m| {
            let mut m = m.borrow_mut();
            match m.iter().find(|(t, _)| *t == tag) {
                Some((_, f)) => f.clone(),
                None => {
                    let f = MAKE.with(|make| make.get())(self.strings);
                    m.push((tag, f.clone()));
                    f
                }
            }
        })
    }
}

/// The check page's edition: the address's `lang`, else English. (Every page of the explainer is built in its
/// edition: its door says which.) In a `pseudo-locale` test build, every English string bracketed.
pub fn check_page_locale(address: &explainer_core::params::Address) -> Locale {
    let asked = address.lang().and_then(explainer_core::edition::by_lang).unwrap_or(&explainer_core::strings::EN);
    #[cfg(feature = "pseudo-locale")]
    let _ = asked;
    #[cfg(feature = "pseudo-locale")]
    return Locale { strings: pseudo::strings() };
    #[cfg(not(feature = "pseudo-locale"))]
    Locale { strings: asked }
}

/// The locale of a built page's edition (in a `pseudo-locale` test build, every English string bracketed).
pub fn of_edition(strings: &'static Strings) -> Locale {
    #[cfg(feature = "pseudo-locale")]
    let strings = {
        let _ = strings;
        pseudo::strings()
    };
    Locale { strings }
}

/// Sets the document's language and direction to the edition's (`<html lang dir>`), so that the whole page,
/// scrollbars and form controls included, is laid out right to left in Persian.
pub fn apply_to_document(s: &Strings) {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", s.lang);
        let _ = root.set_attribute("dir", s.dir.attr());
    }
}

/// The document's title and description, from the dataset's (translated) title and lede.
pub fn set_document_text(title: &str, description: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    doc.set_title(title);
    if let Ok(Some(meta)) = doc.query_selector("meta[name=description]") {
        let _ = meta.set_attribute("content", description);
    }
}

#[cfg(feature = "pseudo-locale")]
mod pseudo {
    use super::*;
    use explainer_core::date::Date;
    use explainer_core::format::Plural;

    /// `EN` with every string wrapped in ⟦…⟧ (the locale's codes kept).
    pub fn strings() -> &'static Strings {
        fn wrap(v: &mut serde_json::Value) {
            match v {
                serde_json::Value::String(s) if !s.is_empty() => *s = format!("⟦{s}⟧"),
                serde_json::Value::Array(a) => a.iter_mut().for_each(wrap),
                serde_json::Value::Object(o) => o.values_mut().for_each(wrap),
                _ => {}
            }
        }
        let mut v = serde_json::to_value(&EN).unwrap_or_default();
        let keep = ["lang", "intl_locale", "dir"].map(|k| (k, v[k].clone()));
        wrap(&mut v);
        for (k, x) in keep {
            v[k] = x;
        }
        let text: &'static str = Box::leak(v.to_string().into_boxed_str());
        match serde_json::from_str::<Strings>(text) {
            Ok(s) => Box::leak(Box::new(s)),
            Err(_) => &EN,
        }
    }

    /// The page's formatter, its every output wrapped in ⟪…⟫.
    pub struct Marked(pub Rc<dyn Formatter>);

    fn m(s: String) -> String {
        format!("⟪{s}⟫")
    }

    impl Formatter for Marked {
        fn integer(&self, n: u64) -> String {
            m(self.0.integer(n))
        }
        fn decimal(&self, x: f64, d: u8) -> String {
            m(self.0.decimal(x, d))
        }
        fn percent(&self, x: f64) -> String {
            m(self.0.percent(x))
        }
        fn year(&self, y: i32) -> String {
            m(self.0.year(y))
        }
        fn date(&self, d: Date) -> String {
            m(self.0.date(d))
        }
        fn short_date(&self, d: Date) -> String {
            m(self.0.short_date(d))
        }
        fn gregorian_date(&self, d: Date) -> String {
            m(self.0.gregorian_date(d))
        }
        fn day_month(&self, d: Date) -> String {
            m(self.0.day_month(d))
        }
        fn gregorian_day_month(&self, d: Date) -> String {
            m(self.0.gregorian_day_month(d))
        }
        fn list(&self, items: &[String]) -> String {
            m(self.0.list(items))
        }
        fn plural(&self, n: u64) -> Plural {
            self.0.plural(n)
        }
    }
}

/// The page's locale (English until a second edition is chosen).
pub fn use_locale() -> Locale {
    use_context::<Locale>().unwrap_or(Locale { strings: &explainer_core::strings::EN })
}

/// Makes `locale` the one the components below use.
pub fn provide(locale: Locale) {
    provide_context(locale);
}
