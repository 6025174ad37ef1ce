//! CSS values the components set through the CSSOM (never a style attribute, which a strict
//! Content-Security-Policy refuses). Units only: these are not text a reader sees.

/// A percentage length, e.g. `"42.50%"`.
pub fn percent(p: f64) -> String {
    format!("{p:.2}%")
}

/// A pixel length, e.g. `"14px"`.
pub fn px(n: i32) -> String {
    format!("{n}px")
}
