//! The explorer's time window: two sliders (days after the period's start) that never cross.

use crate::chart::ChartView;
use crate::date::Date;
use crate::format::Formatter;
use crate::model::Dataset;

/// What the two sliders show for a view.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Window {
    /// The sliders' maximum: days in the period.
    pub days: i64,
    pub from: i64,
    pub to: i64,
    pub from_label: String,
    pub to_label: String,
}

pub fn window(d: &Dataset, v: &ChartView, fmt: &dyn Formatter) -> Window {
    let p = d.meta.period;
    let (a, b) = v.days(d);
    Window {
        days: p.start.days_until(p.end).max(0),
        from: p.start.days_until(a),
        to: p.start.days_until(b),
        from_label: fmt.date(a),
        to_label: fmt.date(b),
    }
}

/// The window after a slider moved to `from` or `to` (days after the start, clamped to the period). When the
/// sliders would cross, the other one is pushed along; the whole period is no window at all (`None`).
pub fn moved(d: &Dataset, current: Option<(Date, Date)>, from: Option<i64>, to: Option<i64>) -> Option<(Date, Date)> {
    let p = d.meta.period;
    let days = p.start.days_until(p.end).max(0);
    let day = |n: i64| Date::from_day_number(p.start.day_number() + n.clamp(0, days));
    let (a, b) = current.unwrap_or((p.start, p.end));
    let mut a = from.map(day).unwrap_or(a);
    let mut b = to.map(day).unwrap_or(b);
    if a > b {
        if from.is_some() {
            b = a
        } else {
            a = b
        }
    }
    if a == p.start && b == p.end {
        None
    } else {
        Some((a, b))
    }
}
