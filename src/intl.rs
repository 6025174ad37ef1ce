//! The browser's `Intl` as the core's [`Formatter`]: numbers, dates, lists and plural rules in the page's locale
//! (Persian digits and the Solar Hijri calendar come with `fa-IR`). The options are those the trait documents,
//! so the host's formatter prints the same text (checked in Chromium by `e2e/intl.test.mjs`).

use explainer_core::date::Date;
use explainer_core::format::{Formatter, Plural};
use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::JsValue;

pub struct IntlFormatter {
    integer: Function,
    decimal: [Function; 3],
    percent: Function,
    year: Function,
    date: Function,
    short_date: Function,
    gregorian_date: Function,
    day_month: Function,
    gregorian_day_month: Function,
    list: Function,
    plural: Function,
}

fn options(pairs: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o
}

fn s(v: &str) -> JsValue {
    JsValue::from_str(v)
}

/// `new Intl[name](locale, options)`, then its bound `method` (format, select); a function that returns "" if the
/// constructor is missing, so an old browser shows less rather than failing.
fn intl(name: &str, locale: &str, opts: &Object, method: &str) -> Function {
    let make = || -> Result<Function, JsValue> {
        let intl = Reflect::get(&js_sys::global(), &s("Intl"))?;
        let ctor: Function = Reflect::get(&intl, &s(name))?.into();
        let obj = Reflect::construct(&ctor, &Array::of2(&s(locale), opts))?;
        let f: Function = Reflect::get(&obj, &s(method))?.into();
        Ok(f.bind0(&obj))
    };
    make().unwrap_or_else(|_| Function::new_no_args("return ''"))
}

fn call(f: &Function, v: &JsValue) -> String {
    f.call1(&JsValue::NULL, v).ok().and_then(|s| s.as_string()).unwrap_or_default()
}

fn js_date(d: Date) -> JsValue {
    // Midday UTC, formatted in UTC: the calendar day never shifts with the reader's time zone.
    JsValue::from(js_sys::Date::new(&JsValue::from_f64((d.day_number() as f64 + 0.5) * 86_400_000.0)))
}

impl IntlFormatter {
    /// `grouping` is `NumberFormat`'s `useGrouping` for counts and decimals: `"auto"`, or `"min2"` (no separator in
    /// four-digit numbers, as Persian outlets write them).
    pub fn new(locale: &str, grouping: &str) -> IntlFormatter {
        let n = |v: f64| JsValue::from_f64(v);
        let number = |pairs: &[(&str, JsValue)]| intl("NumberFormat", locale, &options(pairs), "format");
        let utc = ("timeZone", s("UTC"));
        let g = ("useGrouping", s(grouping));
        IntlFormatter {
            integer: number(&[("maximumFractionDigits", n(0.0)), g.clone()]),
            decimal: [0.0, 1.0, 2.0].map(|k| number(&[("maximumFractionDigits", n(k)), g.clone()])),
            percent: number(&[("style", s("percent")), ("maximumFractionDigits", n(2.0)), g.clone()]),
            year: number(&[("useGrouping", JsValue::FALSE)]),
            date: intl(
                "DateTimeFormat",
                locale,
                &options(&[("day", s("numeric")), ("month", s("long")), ("year", s("numeric")), utc.clone()]),
                "format",
            ),
            short_date: intl("DateTimeFormat", locale, &options(&[("day", s("numeric")), ("month", s("short")), utc.clone()]), "format"),
            gregorian_date: intl(
                "DateTimeFormat",
                locale,
                &options(&[("day", s("numeric")), ("month", s("long")), ("year", s("numeric")), ("calendar", s("gregory")), utc.clone()]),
                "format",
            ),
            day_month: intl("DateTimeFormat", locale, &options(&[("day", s("numeric")), ("month", s("long")), utc.clone()]), "format"),
            gregorian_day_month: intl(
                "DateTimeFormat",
                locale,
                &options(&[("day", s("numeric")), ("month", s("long")), ("calendar", s("gregory")), utc]),
                "format",
            ),
            list: intl("ListFormat", locale, &options(&[("type", s("conjunction"))]), "format"),
            plural: intl("PluralRules", locale, &options(&[]), "select"),
        }
    }
}

impl Formatter for IntlFormatter {
    fn integer(&self, n: u64) -> String {
        call(&self.integer, &JsValue::from_f64(n as f64))
    }

    fn decimal(&self, x: f64, max_fraction: u8) -> String {
        call(&self.decimal[(max_fraction as usize).min(2)], &JsValue::from_f64(x))
    }

    fn percent(&self, x: f64) -> String {
        call(&self.percent, &JsValue::from_f64(x / 100.0))
    }

    fn year(&self, y: i32) -> String {
        call(&self.year, &JsValue::from_f64(y as f64))
    }

    fn date(&self, d: Date) -> String {
        call(&self.date, &js_date(d))
    }

    fn short_date(&self, d: Date) -> String {
        call(&self.short_date, &js_date(d))
    }

    fn gregorian_date(&self, d: Date) -> String {
        call(&self.gregorian_date, &js_date(d))
    }

    fn day_month(&self, d: Date) -> String {
        call(&self.day_month, &js_date(d))
    }

    fn gregorian_day_month(&self, d: Date) -> String {
        call(&self.gregorian_day_month, &js_date(d))
    }

    fn list(&self, items: &[String]) -> String {
        let a: Array = items.iter().map(|i| JsValue::from_str(i)).collect();
        call(&self.list, &a)
    }

    fn plural(&self, n: u64) -> Plural {
        Plural::parse(&call(&self.plural, &JsValue::from_f64(n as f64)))
    }
}
