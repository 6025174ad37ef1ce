//! How numbers and dates become text. The browser formats with `Intl` (any locale and calendar, Persian included)
//! through the app's implementation of [`Formatter`]; on the host, [`PlainEnglish`] prints exactly what Chromium's
//! `Intl` prints for `en-GB` with the same options (checked in Chromium by `e2e/intl.test.mjs`). The core never
//! formats a number, date or list by itself: every one goes through a `Formatter`.

use crate::date::Date;

/// A number's plural category, as `Intl.PluralRules` names them (CLDR).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Plural {
    pub fn parse(s: &str) -> Plural {
        match s {
            "zero" => Plural::Zero,
            "one" => Plural::One,
            "two" => Plural::Two,
            "few" => Plural::Few,
            "many" => Plural::Many,
            _ => Plural::Other,
        }
    }
}

/// The `Intl` options each method stands for, so the browser and the host implementations agree.
pub trait Formatter {
    /// An integer with the locale's digits and grouping, e.g. "7,002" (`NumberFormat`, `maximumFractionDigits: 0`).
    fn integer(&self, n: u64) -> String;
    /// A decimal with at most `max_fraction` digits after the point, e.g. "2.2".
    fn decimal(&self, x: f64, max_fraction: u8) -> String;
    /// A percentage of `x` out of 100, e.g. "1%", "0.01%" (`style: "percent"`, up to 2 fraction digits).
    fn percent(&self, x: f64) -> String;
    /// A year, without grouping, e.g. "2026" (`useGrouping: false`).
    fn year(&self, y: i32) -> String;
    /// A full date, e.g. "12 February 2026" (`day: "numeric", month: "long", year: "numeric"`, UTC).
    fn date(&self, d: Date) -> String;
    /// A short axis label, e.g. "12 Feb" (`day: "numeric", month: "short"`, UTC).
    fn short_date(&self, d: Date) -> String;
    /// A day and month without the year, for dates in prose, e.g. "8 January" (`day: "numeric", month: "long"`, UTC).
    fn day_month(&self, d: Date) -> String;
    /// A day and month in the Gregorian calendar whatever the locale's own, for the bracketed date beside a Solar
    /// Hijri one in prose (`calendar: "gregory"`, otherwise as `day_month`).
    fn gregorian_day_month(&self, d: Date) -> String;
    /// A full date in the Gregorian calendar whatever the locale's own, for the bracketed date beside a Solar Hijri
    /// one (`calendar: "gregory"`, otherwise as `date`). In a Gregorian locale it equals `date`.
    fn gregorian_date(&self, d: Date) -> String;
    /// A list joined in the locale's words, e.g. "Internet, SMS and landlines" (`ListFormat`, conjunction).
    fn list(&self, items: &[String]) -> String;
    /// The plural category of `n` (`PluralRules`, cardinal).
    fn plural(&self, n: u64) -> Plural;
}

/// British English, matching Chromium's `Intl` for `en-GB` with the options above; for host tests, the
/// command line and the build's pages.
#[derive(Debug, Default, Clone, Copy)]
pub struct PlainEnglish;

const MONTHS: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/// CLDR's abbreviated months for `en-GB` (September is "Sept", as Chromium prints it).
const SHORT_MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"];

fn group(digits: &str) -> String {
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

impl Formatter for PlainEnglish {
    fn integer(&self, n: u64) -> String {
        group(&n.to_string())
    }

    fn decimal(&self, x: f64, max_fraction: u8) -> String {
        // As Intl does: the shortest decimal that reads back as `x`, rounded half away from zero ("halfExpand":
        // 0.5 → 1, 2.25 → 2.3, 1.005 → 1.01), trailing zeros dropped, the sign kept.
        let shortest = format!("{}", x.abs());
        let (int, frac) = shortest.split_once('.').unwrap_or((&shortest, ""));
        let keep = max_fraction as usize;
        let mut digits: Vec<u8> = int.bytes().chain(frac.bytes().chain(std::iter::repeat(b'0')).take(keep)).map(|b| b - b'0').collect();
        if frac.as_bytes().get(keep).is_some_and(|d| *d >= b'5') {
            let mut i = digits.len();
            loop {
                if i == 0 {
                    digits.insert(0, 1);
                    break;
                }
                i -= 1;
                if digits[i] == 9 {
                    digits[i] = 0;
                } else {
                    digits[i] += 1;
                    break;
                }
            }
        }
        let split = digits.len() - keep;
        let int: String = digits[..split].iter().map(|d| char::from(b'0' + d)).collect();
        let frac: String = digits[split..].iter().map(|d| char::from(b'0' + d)).collect();
        let frac = frac.trim_end_matches('0');
        let zero = int.bytes().all(|b| b == b'0') && frac.is_empty();
        let sign = if x < 0.0 && !zero { "-" } else { "" };
        if frac.is_empty() {
            format!("{sign}{}", group(&int))
        } else {
            format!("{sign}{}.{frac}", group(&int))
        }
    }

    fn percent(&self, x: f64) -> String {
        format!("{}%", self.decimal(x, 2))
    }

    fn year(&self, y: i32) -> String {
        y.to_string()
    }

    fn date(&self, d: Date) -> String {
        format!("{} {} {}", d.day(), MONTHS[d.month() as usize - 1], d.year())
    }

    fn short_date(&self, d: Date) -> String {
        format!("{} {}", d.day(), SHORT_MONTHS[d.month() as usize - 1])
    }

    fn gregorian_date(&self, d: Date) -> String {
        self.date(d)
    }

    fn day_month(&self, d: Date) -> String {
        format!("{} {}", d.day(), MONTHS[d.month() as usize - 1])
    }

    fn gregorian_day_month(&self, d: Date) -> String {
        self.day_month(d)
    }

    fn list(&self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
        }
    }

    fn plural(&self, n: u64) -> Plural {
        if n == 1 {
            Plural::One
        } else {
            Plural::Other
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_english() {
        let f = PlainEnglish;
        assert_eq!(f.integer(7002), "7,002");
        assert_eq!(f.integer(36500), "36,500");
        assert_eq!(f.integer(999), "999");
        assert_eq!(f.decimal(2.2463, 1), "2.2");
        assert_eq!(f.decimal(2.0, 1), "2");
        assert_eq!(f.decimal(1234.5, 1), "1,234.5");
        // Ties round half away from zero, as Intl's default "halfExpand" does; negatives keep their sign.
        assert_eq!(
            (f.decimal(0.5, 0), f.decimal(2.25, 1), f.decimal(1.005, 2), f.decimal(0.125, 2)),
            ("1".into(), "2.3".into(), "1.01".into(), "0.13".into())
        );
        assert_eq!(
            (f.decimal(-1234.5, 1), f.decimal(-5.0, 1), f.decimal(9.96, 1), f.decimal(999.95, 1)),
            ("-1,234.5".into(), "-5".into(), "10".into(), "1,000".into())
        );
        assert_eq!(f.percent(0.01), "0.01%");
        assert_eq!(f.percent(100.0), "100%");
        assert_eq!(f.short_date(Date::parse("2026-02-12").unwrap()), "12 Feb");
        assert_eq!(f.short_date(Date::parse("2022-09-15").unwrap()), "15 Sept");
        assert_eq!(f.list(&["a".into(), "b".into(), "c".into()]), "a, b and c");
        assert_eq!(f.list(&["a".into(), "b".into()]), "a and b");
        assert_eq!(f.plural(1), Plural::One);
        assert_eq!(f.plural(0), Plural::Other);
    }
}
