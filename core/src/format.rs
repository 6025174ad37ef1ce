//! How numbers and dates become text. The browser formats with `Intl` (any locale, Persian included) through the
//! app's implementation of [`Formatter`]; host tests use [`PlainEnglish`]. The core never formats by itself.

use crate::date::Date;

pub trait Formatter {
    /// An integer with the locale's digits and grouping, e.g. "7,002".
    fn integer(&self, n: u64) -> String;
    /// A decimal with at most `max_fraction` digits after the point, e.g. "2.2".
    fn decimal(&self, x: f64, max_fraction: u8) -> String;
    /// A full date, e.g. "12 February 2026".
    fn date(&self, d: Date) -> String;
    /// A short axis label, e.g. "12 Feb".
    fn short_date(&self, d: Date) -> String;
}

/// English with comma grouping, for host tests and the command line.
#[derive(Debug, Default, Clone, Copy)]
pub struct PlainEnglish;

const MONTHS: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

impl Formatter for PlainEnglish {
    fn integer(&self, n: u64) -> String {
        let digits = n.to_string();
        let mut out = String::new();
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(ch);
        }
        out
    }

    fn decimal(&self, x: f64, max_fraction: u8) -> String {
        let s = format!("{:.*}", max_fraction as usize, x);
        if s.contains('.') {
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            s
        }
    }

    fn date(&self, d: Date) -> String {
        format!("{} {} {}", d.day(), MONTHS[d.month() as usize - 1], d.year())
    }

    fn short_date(&self, d: Date) -> String {
        format!("{} {}", d.day(), &MONTHS[d.month() as usize - 1][..3])
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
        assert_eq!(f.short_date(Date::parse("2026-02-12").unwrap()), "12 Feb");
    }
}
