//! Calendar dates and date-times as the dataset writes them (`YYYY-MM-DD`, `YYYY-MM-DDTHH:MM` in the dataset's
//! local time), and a continuous day number for the chart.
//!
//! Written here rather than taken from chrono: the page needs only strict parsing of two fixed forms and day
//! arithmetic, and chrono's formatting machinery cost about 30 KB of WebAssembly that every reader downloads.
//! The day-number conversion is Howard Hinnant's `days_from_civil` / `civil_from_days`.

use std::fmt;

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

/// A calendar day (proleptic Gregorian).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    y: i32,
    m: u32,
    d: u32,
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// Parses exactly `n` ASCII digits.
fn digits(s: &str) -> Option<u32> {
    (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
}

impl Date {
    pub fn from_ymd(y: i32, m: u32, d: u32) -> Option<Date> {
        ((1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)).then_some(Date { y, m, d })
    }

    /// Parses exactly `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Result<Date, String> {
        let b = s.as_bytes();
        if s.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(format!("\"{s}\" is not a date written YYYY-MM-DD"));
        }
        let (y, m, d) = match (digits(&s[0..4]), digits(&s[5..7]), digits(&s[8..10])) {
            (Some(y), Some(m), Some(d)) => (y as i32, m, d),
            _ => return Err(format!("\"{s}\" is not a date written YYYY-MM-DD")),
        };
        Date::from_ymd(y, m, d).ok_or_else(|| format!("\"{s}\" is not a real calendar date"))
    }

    /// Days since 1970-01-01.
    pub fn day_number(self) -> i64 {
        let y = self.y as i64 - if self.m <= 2 { 1 } else { 0 };
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = self.m as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.d as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn from_day_number(n: i64) -> Date {
        let z = n + 719_468;
        let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let y = (yoe + era * 400 + if m <= 2 { 1 } else { 0 }) as i32;
        Date { y, m, d }
    }

    pub fn year(self) -> i32 {
        self.y
    }
    pub fn month(self) -> u32 {
        self.m
    }
    pub fn day(self) -> u32 {
        self.d
    }

    /// Whole days from `self` to `other`.
    pub fn days_until(self, other: Date) -> i64 {
        other.day_number() - self.day_number()
    }
}

/// Indices that put `dates` in order, ties kept in their original order. One shared, non-generic sort keeps
/// the WebAssembly small (every sort instantiation costs kilobytes that readers download).
pub fn order_by_date(dates: &[Date]) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..dates.len()).collect();
    sort_indices(&mut idx, &|a, b| dates[a].cmp(&dates[b]));
    idx
}

/// Sorts indices by `cmp`, ties by index (so the result is the same as a stable sort). Every sort in the core that
/// orders records goes through this one function: each `sort_by` with its own closure is its own copy of the sort
/// algorithm in the WebAssembly (2 to 5 KB each).
pub fn sort_indices(idx: &mut [usize], cmp: &dyn Fn(usize, usize) -> std::cmp::Ordering) {
    idx.sort_unstable_by(|&a, &b| cmp(a, b).then(a.cmp(&b)));
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Date::parse(&s).map_err(de::Error::custom)
    }
}

/// A day, optionally with a local time of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Moment {
    pub date: Date,
    pub time: Option<(u32, u32)>,
}

impl Moment {
    pub fn parse(s: &str) -> Result<Moment, String> {
        if s.len() == 10 {
            return Date::parse(s).map(|date| Moment { date, time: None });
        }
        let bad = || format!("\"{s}\" is neither a date (YYYY-MM-DD) nor a local date-time (YYYY-MM-DDTHH:MM)");
        if s.len() != 16 || s.as_bytes()[10] != b'T' || s.as_bytes()[13] != b':' {
            return Err(bad());
        }
        let date = Date::parse(&s[..10])?;
        match (digits(&s[11..13]), digits(&s[14..16])) {
            (Some(h), Some(m)) if h < 24 && m < 60 => Ok(Moment { date, time: Some((h, m)) }),
            (Some(_), Some(_)) => Err(format!("\"{s}\" is not a real time of day")),
            _ => Err(bad()),
        }
    }

    /// Continuous day number: days since 1970-01-01 plus the fraction of the day. A bare date means the start
    /// of that day.
    pub fn day_value(self) -> f64 {
        let frac = self.time.map(|(h, m)| (h * 60 + m) as f64 / 1440.0).unwrap_or(0.0);
        self.date.day_number() as f64 + frac
    }
}

impl fmt::Display for Moment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.time {
            None => write!(f, "{}", self.date),
            Some((h, m)) => write!(f, "{}T{h:02}:{m:02}", self.date),
        }
    }
}

impl Serialize for Moment {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Moment {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Moment::parse(&s).map_err(de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_strict() {
        assert!(Date::parse("2026-01-08").is_ok());
        assert!(Date::parse("2026-02-30").unwrap_err().contains("not a real"));
        assert!(Date::parse("2026-1-8").unwrap_err().contains("YYYY-MM-DD"));
        assert!(Date::parse("8 Jan 2026").is_err());
    }

    #[test]
    fn moments_carry_the_time_of_day() {
        let m = Moment::parse("2026-01-08T20:00").unwrap();
        let d = Moment::parse("2026-01-08").unwrap();
        assert!((m.day_value() - d.day_value() - 20.0 / 24.0).abs() < 1e-9);
        assert_eq!(m.to_string(), "2026-01-08T20:00");
        assert!(Moment::parse("2026-01-08T25:00").is_err());
        assert!(Moment::parse("2026-01-08 20:00").is_err());
    }

    #[test]
    fn day_numbers_round_trip() {
        let d = Date::parse("2025-12-28").unwrap();
        assert_eq!(Date::from_day_number(d.day_number()), d);
        assert_eq!(d.days_until(Date::parse("2026-01-08").unwrap()), 11);
        assert_eq!(Date::parse("1970-01-01").unwrap().day_number(), 0);
        assert_eq!(Date::parse("2000-03-01").unwrap().day_number(), 11_017);
        for n in -800_000..800_000i64 {
            if n % 997 == 0 {
                assert_eq!(Date::from_day_number(n).day_number(), n);
            }
        }
        assert!(Date::parse("2024-02-29").is_ok());
        assert!(Date::parse("2026-02-29").is_err());
        assert!(Date::parse("2026-13-01").is_err());
        assert!(Date::parse("2026-+1-01").is_err());
    }
}
