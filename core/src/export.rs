//! Data a reader can take away: the claims as CSV (one row per figure, with its sources), and captions printed on
//! exported chart images so that a picture never travels without its source.
//!
//! CSV quoting (RFC 4180) is a few lines, written here instead of pulling a CSV crate into the WebAssembly that
//! every reader downloads.

use crate::model::{Claim, Dataset};

fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

pub const CSV_HEADER: &str = "id,claimant,claimant_name,published,as_of,basis,qualifier,value,low,high,counts,scope,under_investigation,reliability,summary,source_urls";

fn row(d: &Dataset, c: &Claim) -> String {
    let name = d.claimant(&c.claimant).map(|k| k.name.as_str()).unwrap_or("");
    let urls: Vec<&str> = c.sources.iter().filter_map(|s| d.source(s)).map(|s| s.url.as_str()).collect();
    let enum_name = |v: &dyn erased::Name| v.name();
    [
        field(&c.id),
        field(&c.claimant),
        field(name),
        opt(c.published),
        opt(c.as_of),
        enum_name(&c.basis),
        c.qualifier.map(|q| erased::Name::name(&q)).unwrap_or_default(),
        opt(c.value),
        opt(c.low),
        opt(c.high),
        enum_name(&c.counts),
        field(c.scope.as_deref().unwrap_or("")),
        opt(c.under_investigation),
        enum_name(&c.reliability),
        field(&c.summary),
        field(&urls.join(" ")),
    ]
    .join(",")
}

/// Every claim as CSV, in dataset order, with a header row. Figures are written exactly, never rounded.
pub fn claims_csv(d: &Dataset, only: impl Fn(&Claim) -> bool) -> String {
    let mut out = String::from(CSV_HEADER);
    out.push_str("\r\n");
    for c in d.claims.iter().filter(|c| only(c)) {
        out.push_str(&row(d, c));
        out.push_str("\r\n");
    }
    out
}

/// The dataset's own names for enum values, as in the JSON (`at_least`, `protester_deaths`…).
mod erased {
    use crate::model::{Basis, Counts, Hedge, Reliability};

    pub trait Name {
        fn name(&self) -> String;
    }
    impl Name for Basis {
        fn name(&self) -> String {
            match self {
                Basis::Confirmed => "confirmed",
                Basis::AtLeast => "at_least",
                Basis::Official => "official",
                Basis::Estimate => "estimate",
                Basis::Range => "range",
            }
            .into()
        }
    }
    impl Name for Counts {
        fn name(&self) -> String {
            match self {
                Counts::Deaths => "deaths",
                Counts::ProtesterDeaths => "protester_deaths",
                Counts::NamedVictims => "named_victims",
            }
            .into()
        }
    }
    impl Name for Hedge {
        fn name(&self) -> String {
            match self {
                Hedge::About => "about",
                Hedge::MoreThan => "more_than",
                Hedge::AsManyAs => "as_many_as",
                Hedge::UpTo => "up_to",
            }
            .into()
        }
    }
    impl Name for Reliability {
        fn name(&self) -> String {
            match self {
                Reliability::High => "high",
                Reliability::Medium => "medium",
                Reliability::Low => "low",
            }
            .into()
        }
    }
}

/// Adds caption lines (source, date, address) under a chart SVG drawn `width` × `height`, for exported images.
/// Returns the new SVG and its height.
pub fn with_caption(svg: &str, width: u32, height: u32, lines: &[String], ink: &str) -> (String, u32) {
    let line_h = 16;
    let new_h = height + 10 + line_h * lines.len() as u32;
    let esc = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;");
    let mut caption = String::new();
    for (i, l) in lines.iter().enumerate() {
        let y = height + 6 + line_h * (i as u32 + 1);
        caption.push_str(&format!(
            "<text x=\"8\" y=\"{y}\" font-size=\"12\" fill=\"{ink}\" font-family=\"system-ui, sans-serif\">{}</text>\n",
            esc(l)
        ));
    }
    let body_end = svg.rfind("</svg>").unwrap_or(svg.len());
    let out = format!("{}{}</svg>\n", &svg[..body_end], caption)
        .replacen(&format!("viewBox=\"0 0 {width} {height}\""), &format!("viewBox=\"0 0 {width} {new_h}\""), 1)
        .replacen(&format!("height=\"{height}\""), &format!("height=\"{new_h}\""), 1);
    (out, new_h)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_when_needed() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
    }

    #[test]
    fn captions_extend_the_image() {
        let svg = "<svg width=\"100\" height=\"50\" viewBox=\"0 0 100 50\">\n<g/>\n</svg>\n";
        let (out, h) = with_caption(svg, 100, 50, &["Source: <HRANA> & co".into()], "#333");
        assert_eq!(h, 76);
        assert!(out.contains("viewBox=\"0 0 100 76\"") && out.contains("height=\"76\""));
        assert!(out.contains("Source: &lt;HRANA&gt; &amp; co"));
        assert!(out.trim_end().ends_with("</svg>"));
    }
}
