//! The reader's locale as a value: its strings and its `Intl` formatter. It reaches every component through
//! context (`use_locale`), so a second edition is a second value, never a code change.

use std::cell::RefCell;
use std::rc::Rc;

use explainer_core::format::Formatter;
use explainer_core::strings::{Strings, EN};
use leptos::prelude::*;

use crate::intl::IntlFormatter;

#[derive(Clone, Copy)]
pub struct Locale {
    pub strings: &'static Strings,
}

thread_local! {
    /// One `Intl` formatter per locale, built on first use (they hold browser objects, which are not `Send`).
    static FORMATTERS: RefCell<Vec<(&'static str, Rc<IntlFormatter>)>> = const { RefCell::new(Vec::new()) };
}

impl Locale {
    /// Runs `f` with this locale's formatter and strings.
    pub fn with<R>(&self, f: impl FnOnce(&dyn Formatter, &'static Strings) -> R) -> R {
        let tag = self.strings.intl_locale;
        let fmt = FORMATTERS.with(|m| {
            let mut m = m.borrow_mut();
            match m.iter().find(|(t, _)| *t == tag) {
                Some((_, f)) => f.clone(),
                None => {
                    let f = Rc::new(IntlFormatter::new(tag));
                    m.push((tag, f.clone()));
                    f
                }
            }
        });
        f(fmt.as_ref(), self.strings)
    }
}

/// The page's locale (English until a second edition is chosen).
pub fn use_locale() -> Locale {
    use_context::<Locale>().unwrap_or(Locale { strings: &EN })
}

/// Makes `locale` the one the components below use.
pub fn provide(locale: Locale) {
    provide_context(locale);
}
