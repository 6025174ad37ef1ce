//! Test data only, for benchmarks: never shown to readers, never written to a dataset file.

use crate::date::{Date, Moment};
use crate::model::Dataset;

/// `d` with its connectivity replaced by `n` made-up observations spread over the period (copies of its first
/// observation with new ids, dates and values). Benchmarks use it to time drawing a dense series.
pub fn dense_connectivity(d: &Dataset, n: usize) -> Dataset {
    let mut dense = d.clone();
    let Some(template) = dense.connectivity.first().cloned() else { return dense };
    let (start, days) = (d.meta.period.start.day_number(), d.meta.period.start.days_until(d.meta.period.end));
    dense.connectivity = (0..n)
        .map(|i| {
            let mut o = template.clone();
            o.id = format!("synthetic-{i}");
            o.date = Moment { date: Date::from_day_number(start + (i as i64 * days) / n as i64), time: Some(((i % 24) as u32, 0)) };
            o.value = ((i * 7919) % 1000) as f64 / 10.0;
            o
        })
        .collect();
    dense
}
