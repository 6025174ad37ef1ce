//! The browser's `Intl` as the core's [`Formatter`]: numbers and dates in the page's locale (Persian digits and
//! calendar come for free when the locale is `fa-IR`).

use explainer_core::date::Date;
use explainer_core::format::Formatter;
use js_sys::{Array, Function, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

pub struct IntlFormatter {
    locale: String,
    integer: Function,
    date: Function,
    short_date: Function,
}

fn options(pairs: &[(&str, &str)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &JsValue::from_str(k), &JsValue::from_str(v));
    }
    o
}

fn locales(locale: &str) -> Array {
    Array::of1(&JsValue::from_str(locale))
}

fn call(f: &Function, v: JsValue) -> String {
    f.call1(&JsValue::NULL, &v).ok().and_then(|s| s.as_string()).unwrap_or_default()
}

fn js_date(d: Date) -> JsValue {
    // Midday UTC, formatted in UTC: the calendar day never shifts with the reader's time zone.
    JsValue::from(js_sys::Date::new(&JsValue::from_f64((d.day_number() as f64 + 0.5) * 86_400_000.0)))
}

impl IntlFormatter {
    pub fn new(locale: &str) -> IntlFormatter {
        let l = locales(locale);
        IntlFormatter {
            locale: locale.to_string(),
            integer: Intl::NumberFormat::new(&l, &options(&[("maximumFractionDigits", "0")])).format(),
            date: Intl::DateTimeFormat::new(
                &l,
                &options(&[("day", "numeric"), ("month", "long"), ("year", "numeric"), ("timeZone", "UTC")]),
            )
            .format(),
            short_date: Intl::DateTimeFormat::new(&l, &options(&[("day", "numeric"), ("month", "short"), ("timeZone", "UTC")]))
                .format(),
        }
    }
}

impl Formatter for IntlFormatter {
    fn integer(&self, n: u64) -> String {
        call(&self.integer, JsValue::from_f64(n as f64))
    }

    fn decimal(&self, x: f64, max_fraction: u8) -> String {
        let f = Intl::NumberFormat::new(
            &locales(&self.locale),
            &options(&[("maximumFractionDigits", &max_fraction.to_string())]),
        )
        .format();
        call(&f, JsValue::from_f64(x))
    }

    fn date(&self, d: Date) -> String {
        call(&self.date, js_date(d))
    }

    fn short_date(&self, d: Date) -> String {
        call(&self.short_date, js_date(d))
    }
}

thread_local! {
    static FORMATTER: IntlFormatter = IntlFormatter::new(explainer_core::strings::EN.intl_locale);
}

/// Runs `f` with the page's formatter.
pub fn with<R>(f: impl FnOnce(&IntlFormatter) -> R) -> R {
    FORMATTER.with(f)
}
