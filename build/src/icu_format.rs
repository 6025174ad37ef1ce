//! A host [`Formatter`] for any locale ICU4X has data for, Persian (`fa-IR`) above all: it prints what Chromium's
//! `Intl` prints with the options `src/intl.rs` gives it (checked byte for byte in Chromium by `e2e/intl.test.mjs`),
//! for host tests and the build's pages (`build/`). Host only: the wasm formats with the browser's own `Intl`.
//!
//! Dates are in the locale's default calendar, as `Intl.DateTimeFormat` picks it (the Solar Hijri calendar for
//! `fa-IR`). ICU4X computes it with the 33-year rule and an override table (since 1.5), as ICU4C does; the
//! 2820-year rule it used before is a day late from 20 March 2025 to 20 March 2026.

use explainer_core::date::Date;
use explainer_core::format::{Formatter, Plural};
use fixed_decimal::{Decimal, FloatPrecision, SignedRoundingMode, UnsignedRoundingMode};
use icu_calendar::{Gregorian, Iso};
use icu_datetime::fieldsets::{MD, YMD};
use icu_datetime::{DateTimeFormatter, FixedCalendarDateTimeFormatter};
use icu_decimal::options::{DecimalFormatterOptions, GroupingStrategy};
use icu_decimal::DecimalFormatter;
use icu_list::options::{ListFormatterOptions, ListLength};
use icu_list::ListFormatter;
use icu_locale_core::Locale;
use icu_plurals::{PluralCategory, PluralRules};

/// `Intl`'s formatters for one locale, built with ICU4X's compiled data.
pub struct IcuFormatter {
    /// `useGrouping` as given, for counts, decimals and percentages.
    grouped: DecimalFormatter,
    /// `useGrouping: false`, for years.
    ungrouped: DecimalFormatter,
    /// The locale's percent pattern around the number, e.g. `("", "٪")` for Persian.
    percent_affixes: (String, String),
    date: DateTimeFormatter<YMD>,
    short_date: DateTimeFormatter<MD>,
    gregorian_date: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    day_month: DateTimeFormatter<MD>,
    gregorian_day_month: FixedCalendarDateTimeFormatter<Gregorian, MD>,
    list: ListFormatter,
    plural: PluralRules,
}

impl std::fmt::Debug for IcuFormatter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("IcuFormatter").finish_non_exhaustive()
    }
}

/// The percent sign and where it stands, per locale, as CLDR's percent pattern and the locale's default numbering
/// system give them to ICU4C (ICU4X 2.x has no stable percent formatter). Only the locales checked in Chromium.
fn percent_affixes(locale: &Locale) -> Option<(&'static str, &'static str)> {
    match locale.id.language.as_str() {
        "fa" => Some(("", "\u{066A}")),
        "en" => Some(("", "%")),
        _ => None,
    }
}

impl IcuFormatter {
    /// The formatters for the BCP-47 `tag` (e.g. `"fa-IR"`), with `grouping` as `NumberFormat`'s `useGrouping` for
    /// counts, decimals and percentages: `"auto"`, `"min2"` (no separator in four-digit numbers), `"always"` or
    /// `"false"`. An error for a tag that does not parse, a grouping it does not know, or a locale whose percent
    /// pattern has not been checked against Chromium.
    pub fn new(tag: &str, grouping: &str) -> Result<IcuFormatter, String> {
        let locale = Locale::try_from_str(tag).map_err(|e| format!("IcuFormatter: locale {tag:?} does not parse: {e}"))?;
        let strategy = match grouping {
            "auto" => GroupingStrategy::Auto,
            "min2" => GroupingStrategy::Min2,
            "always" => GroupingStrategy::Always,
            "false" => GroupingStrategy::Never,
            _ => return Err(format!("IcuFormatter: unknown grouping {grouping:?} (auto, min2, always, false)")),
        };
        let (prefix, suffix) = percent_affixes(&locale).ok_or_else(|| format!("IcuFormatter: no percent pattern known for {tag:?}"))?;
        let load = |what: &str, e: &dyn std::fmt::Display| format!("IcuFormatter: no {what} data for {tag:?}: {e}");
        let decimal = |g: GroupingStrategy| {
            let mut options = DecimalFormatterOptions::default();
            options.grouping_strategy = Some(g);
            DecimalFormatter::try_new((&locale).into(), options).map_err(|e| load("number", &e))
        };
        Ok(IcuFormatter {
            grouped: decimal(strategy)?,
            ungrouped: decimal(GroupingStrategy::Never)?,
            percent_affixes: (prefix.to_string(), suffix.to_string()),
            date: DateTimeFormatter::try_new((&locale).into(), YMD::long()).map_err(|e| load("date", &e))?,
            short_date: DateTimeFormatter::try_new((&locale).into(), MD::medium()).map_err(|e| load("date", &e))?,
            gregorian_date: FixedCalendarDateTimeFormatter::try_new((&locale).into(), YMD::long())
                .map_err(|e| load("Gregorian date", &e))?,
            day_month: DateTimeFormatter::try_new((&locale).into(), MD::long()).map_err(|e| load("date", &e))?,
            gregorian_day_month: FixedCalendarDateTimeFormatter::try_new((&locale).into(), MD::long())
                .map_err(|e| load("Gregorian date", &e))?,
            list: ListFormatter::try_new_and((&locale).into(), ListFormatterOptions::default().with_length(ListLength::Wide))
                .map_err(|e| load("list", &e))?,
            plural: PluralRules::try_new_cardinal((&locale).into()).map_err(|e| load("plural", &e))?,
        })
    }

    /// `x` as `NumberFormat` rounds it: the shortest decimal that reads back as the same double, then half away
    /// from zero at `max_fraction` digits, trailing zeros dropped.
    fn rounded(x: f64, max_fraction: u8, pow10: i16) -> Decimal {
        let mut d = Decimal::try_from_f64(x, FloatPrecision::RoundTrip).unwrap_or_default();
        d.multiply_pow10(pow10);
        d.round_with_mode(-(max_fraction as i16), SignedRoundingMode::Unsigned(UnsignedRoundingMode::HalfExpand));
        d.absolute.trim_start();
        d.absolute.trim_end();
        d
    }

    fn iso(d: Date) -> icu_calendar::Date<Iso> {
        icu_calendar::Date::try_new_iso(d.year(), d.month() as u8, d.day() as u8).expect("a valid Date is a valid ISO date")
    }
}

impl Formatter for IcuFormatter {
    fn integer(&self, n: u64) -> String {
        self.grouped.format(&Decimal::from(n)).to_string()
    }

    fn decimal(&self, x: f64, max_fraction: u8) -> String {
        self.grouped.format(&Self::rounded(x, max_fraction, 0)).to_string()
    }

    fn percent(&self, x: f64) -> String {
        // The browser is given x / 100 and multiplies the decimal it reads by 100: do the same, so that a value
        // such as 0.07 rounds as it does there.
        let n = self.grouped.format(&Self::rounded(x / 100.0, 2, 2)).to_string();
        format!("{}{n}{}", self.percent_affixes.0, self.percent_affixes.1)
    }

    fn year(&self, y: i32) -> String {
        self.ungrouped.format(&Decimal::from(y)).to_string()
    }

    fn date(&self, d: Date) -> String {
        self.date.format(&Self::iso(d)).to_string()
    }

    fn short_date(&self, d: Date) -> String {
        self.short_date.format(&Self::iso(d)).to_string()
    }

    fn gregorian_date(&self, d: Date) -> String {
        self.gregorian_date.format(&Self::iso(d).to_calendar(Gregorian)).to_string()
    }

    fn day_month(&self, d: Date) -> String {
        self.day_month.format(&Self::iso(d)).to_string()
    }

    fn gregorian_day_month(&self, d: Date) -> String {
        self.gregorian_day_month.format(&Self::iso(d).to_calendar(Gregorian)).to_string()
    }

    fn list(&self, items: &[String]) -> String {
        self.list.format(items.iter()).to_string()
    }

    fn plural(&self, n: u64) -> Plural {
        match self.plural.category_for(n) {
            PluralCategory::Zero => Plural::Zero,
            PluralCategory::One => Plural::One,
            PluralCategory::Two => Plural::Two,
            PluralCategory::Few => Plural::Few,
            PluralCategory::Many => Plural::Many,
            PluralCategory::Other => Plural::Other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fa() -> IcuFormatter {
        IcuFormatter::new("fa-IR", "min2").unwrap()
    }

    fn day(iso: &str) -> Date {
        Date::parse(iso).unwrap()
    }

    /// The University of Tehran's official table (§6b of the Persian research note); a 2820-year calendar gets
    /// every one of 20 Mar 2025 – 20 Mar 2026 a day late.
    #[test]
    fn solar_hijri_dates_match_the_official_table() {
        let f = fa();
        for (iso, want) in [
            ("2025-03-20", "۳۰ اسفند ۱۴۰۳"),
            ("2025-03-21", "۱ فروردین ۱۴۰۴"),
            ("2025-12-28", "۷ دی ۱۴۰۴"),
            ("2026-01-08", "۱۸ دی ۱۴۰۴"),
            ("2026-01-09", "۱۹ دی ۱۴۰۴"),
            ("2026-01-13", "۲۳ دی ۱۴۰۴"),
            ("2026-01-17", "۲۷ دی ۱۴۰۴"),
            ("2026-01-21", "۱ بهمن ۱۴۰۴"),
            ("2026-02-01", "۱۲ بهمن ۱۴۰۴"),
            ("2026-02-12", "۲۳ بهمن ۱۴۰۴"),
            ("2026-03-20", "۲۹ اسفند ۱۴۰۴"),
            ("2026-03-21", "۱ فروردین ۱۴۰۵"),
        ] {
            assert_eq!(f.date(day(iso)), want, "{iso}");
        }
        assert_eq!(f.short_date(day("2026-01-08")), "۱۸ دی");
    }

    #[test]
    fn persian_numbers_lists_and_gregorian_dates() {
        let f = fa();
        assert_eq!(f.integer(3117), "۳۱۱۷");
        assert_eq!(f.integer(36500), "۳۶٬۵۰۰");
        assert_eq!(f.integer(1234567), "۱٬۲۳۴٬۵۶۷");
        assert_eq!(f.decimal(2.2463, 1), "۲٫۲");
        assert_eq!(f.decimal(2.0, 1), "۲");
        assert_eq!(f.percent(0.01), "۰٫۰۱٪");
        assert_eq!(f.year(2026), "۲۰۲۶");
        assert_eq!(f.year(1404), "۱۴۰۴");
        assert_eq!(f.gregorian_date(day("2026-01-08")), "۸ ژانویهٔ ۲۰۲۶");
        assert_eq!(f.list(&["a".into(), "b".into(), "c".into()]), "a،\u{200F} b، و c");
        assert_eq!(f.plural(0), Plural::One);
        assert_eq!(f.plural(2), Plural::Other);
        let g = IcuFormatter::new("fa-IR", "auto").unwrap();
        assert_eq!(g.integer(3117), "۳٬۱۱۷");
    }

    #[test]
    fn bad_tags_and_groupings_are_errors() {
        assert!(IcuFormatter::new("not a tag!", "min2").is_err());
        assert!(IcuFormatter::new("fa-IR", "sometimes").is_err());
    }
}
