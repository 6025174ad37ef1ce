//! The browser's `Intl` as the core's [`Formatter`]: numbers, dates, lists and plural rules in the page's locale
//! (Persian digits and the Solar Hijri calendar come with `fa-IR`). The options are those the trait documents,
//! so the host's formatter prints the same text (checked in Chromium by `e2e/intl.test.mjs`).

use std::cell::RefCell;

use explainer_core::date::Date;
use explainer_core::format::{Formatter, Plural};
use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::JsValue;

/// Which of the formatter's functions wrote a text (the cache's key, with the value).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Integer,
    Decimal(u8),
    Percent,
    Year,
    Date,
    ShortDate,
    GregorianDate,
    DayMonth,
    GregorianDayMonth,
}

/// At most this many texts are kept; then the cache starts again (a reader moving the time window through every
/// day of a long series writes a few thousand).
const CACHE_LIMIT: usize = 4096;

pub struct IntlFormatter {
    /// Texts already written, by function and value (the bits of the number, or the day). The page writes the same
    /// dates and counts many times (the dataset's prose, the table, the chart's labels and points), and each call
    /// into `Intl` costs a date object and a string copied into wasm: a Persian page made ~500 date calls while it
    /// was taken over, most of them repeats (measured in a Chromium profile).
    /// Sorted by key, found by halving: a few hundred texts (a `HashMap` costs the app about 1 KB).
    cache: RefCell<Vec<((Kind, u64), String)>>,
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
            cache: RefCell::default(),
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

impl IntlFormatter {
    /// The text `format` writes for `(kind, key)`, from the cache when it was written before.
    fn cached(&self, kind: Kind, key: u64, format: impl FnOnce() -> String) -> String {
        let at = match self.cache.borrow().binary_search_by(|(k, _)| k.cmp(&(kind, key))) {
            Ok(found) => return self.cache.borrow()[found].1.clone(),
            Err(at) => at,
        };
        let text = format();
        let mut cache = self.cache.borrow_mut();
        if cache.len() >= CACHE_LIMIT {
            cache.clear();
            cache.push(((kind, key), text.clone()));
        } else {
            cache.insert(at, ((kind, key), text.clone()));
        }
        text
    }

    fn number(&self, kind: Kind, f: &Function, x: f64) -> String {
        self.cached(kind, x.to_bits(), || call(f, &JsValue::from_f64(x)))
    }

    fn day(&self, kind: Kind, f: &Function, d: Date) -> String {
        self.cached(kind, d.day_number() as u64, || call(f, &js_date(d)))
    }
}

impl Formatter for IntlFormatter {
    fn integer(&self, n: u64) -> String {
        self.number(Kind::Integer, &self.integer, n as f64)
    }

    fn decimal(&self, x: f64, max_fraction: u8) -> String {
        let k = max_fraction.min(2);
        self.number(Kind::Decimal(k), &self.decimal[k as usize], x)
    }

    fn percent(&self, x: f64) -> String {
        self.number(Kind::Percent, &self.percent, x / 100.0)
    }

    fn year(&self, y: i32) -> String {
        self.number(Kind::Year, &self.year, y as f64)
    }

    fn date(&self, d: Date) -> String {
        self.day(Kind::Date, &self.date, d)
    }

    fn short_date(&self, d: Date) -> String {
        self.day(Kind::ShortDate, &self.short_date, d)
    }

    fn gregorian_date(&self, d: Date) -> String {
        self.day(Kind::GregorianDate, &self.gregorian_date, d)
    }

    fn day_month(&self, d: Date) -> String {
        self.day(Kind::DayMonth, &self.day_month, d)
    }

    fn gregorian_day_month(&self, d: Date) -> String {
        self.day(Kind::GregorianDayMonth, &self.gregorian_day_month, d)
    }

    fn list(&self, items: &[String]) -> String {
        let a: Array = items.iter().map(|i| JsValue::from_str(i)).collect();
        call(&self.list, &a)
    }

    fn plural(&self, n: u64) -> Plural {
        Plural::parse(&call(&self.plural, &JsValue::from_f64(n as f64)))
    }
}
