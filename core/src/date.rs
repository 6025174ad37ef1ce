//! Calendar dates and date-times as the dataset writes them (`YYYY-MM-DD`, `YYYY-MM-DDTHH:MM` in the dataset's
//! local time). Parsing is chrono's; these wrappers only make the accepted forms strict and give the chart a
//! continuous day number.

use std::fmt;

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

/// A calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(NaiveDate);

impl Date {
    pub fn from_ymd(y: i32, m: u32, d: u32) -> Option<Date> {
        NaiveDate::from_ymd_opt(y, m, d).map(Date)
    }

    /// Parses exactly `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Result<Date, String> {
        if s.len() != 10 || s.as_bytes()[4] != b'-' || s.as_bytes()[7] != b'-' {
            return Err(format!("\"{s}\" is not a date written YYYY-MM-DD"));
        }
        NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .map(Date)
            .map_err(|_| format!("\"{s}\" is not a real calendar date"))
    }

    /// Days since 1970-01-01.
    pub fn day_number(self) -> i64 {
        self.0.signed_duration_since(NaiveDate::from_ymd_opt(1970, 1, 1).unwrap()).num_days()
    }

    pub fn from_day_number(n: i64) -> Date {
        Date(NaiveDate::from_ymd_opt(1970, 1, 1).unwrap() + chrono::Duration::days(n))
    }

    pub fn year(self) -> i32 {
        self.0.year()
    }
    pub fn month(self) -> u32 {
        self.0.month()
    }
    pub fn day(self) -> u32 {
        self.0.day()
    }

    /// Whole days from `self` to `other`.
    pub fn days_until(self, other: Date) -> i64 {
        other.day_number() - self.day_number()
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
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
        if s.len() != 16 || s.as_bytes()[10] != b'T' {
            return Err(format!("\"{s}\" is neither a date (YYYY-MM-DD) nor a local date-time (YYYY-MM-DDTHH:MM)"));
        }
        let dt = NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M")
            .map_err(|_| format!("\"{s}\" is not a real date and time"))?;
        Ok(Moment { date: Date(dt.date()), time: Some((dt.time().hour(), dt.time().minute())) })
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
            Some((h, m)) => {
                let t = NaiveTime::from_hms_opt(h, m, 0).unwrap();
                write!(f, "{}T{}", self.date, t.format("%H:%M"))
            }
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
    }
}
