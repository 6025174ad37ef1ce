//! Data a reader can take away: the claims as CSV (one row per figure, with its sources), and captions printed on
//! exported chart images so that a picture never travels without its source.
//!
//! CSV quoting (RFC 4180) is a few lines, written here instead of pulling a CSV crate into the WebAssembly that
//! every reader downloads.

use crate::model::{wire_name, Claim, Dataset};

/// One text cell. A cell that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a
/// carriage return) is prefixed with `'`, so it opens as the text it is (OWASP's advice on CSV injection).
fn field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_string() };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// The UTF-8 byte-order mark, first in the file, so that spreadsheets (Excel) read Persian and other non-Latin
/// text as UTF-8.
pub const BOM: char = '\u{feff}';

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

pub const CSV_HEADER: &str = "id,claimant,claimant_name,published,as_of,basis,method,qualifier,value,low,high,counts,scope,under_investigation,reliability,summary,source_urls";

fn row(d: &Dataset, c: &Claim) -> String {
    let name = d.claimant(&c.claimant).map(|k| k.name.as_str()).unwrap_or("");
    let urls: Vec<&str> = c.sources.iter().filter_map(|s| d.source(s)).map(|s| s.url.as_str()).collect();
    [
        field(&c.id),
        field(&c.claimant),
        field(name),
        opt(c.published),
        opt(c.as_of),
        wire_name(&c.basis),
        wire_name(&c.method),
        c.qualifier.map(|q| wire_name(&q)).unwrap_or_default(),
        opt(c.value),
        opt(c.low),
        opt(c.high),
        wire_name(&c.counts),
        field(c.scope.as_deref().unwrap_or("")),
        opt(c.under_investigation),
        wire_name(&c.reliability),
        field(&c.summary),
        field(&urls.join(" ")),
    ]
    .join(",")
}

/// Every claim as CSV, in dataset order, after a byte-order mark and a header row. Figures are written exactly,
/// never rounded.
pub fn claims_csv(d: &Dataset, only: impl Fn(&Claim) -> bool) -> String {
    let mut out = String::from(BOM);
    out.push_str(CSV_HEADER);
    out.push_str("\r\n");
    for c in d.claims.iter().filter(|c| only(c)) {
        out.push_str(&row(d, c));
        out.push_str("\r\n");
    }
    out
}

/// The lines printed under an exported chart: the source and the data's date, then the window shown and the
/// address it came from.
pub fn caption_lines(
    d: &Dataset,
    view: &crate::chart::ChartView,
    url: &str,
    fmt: &dyn crate::format::Formatter,
    s: &crate::strings::Strings,
) -> Vec<String> {
    use crate::strings::fill;
    let (a, b) = view.days(d);
    vec![
        fill(s.caption_source, &[("title", &d.meta.title), ("date", &fmt.date(d.meta.updated))]),
        fill(s.caption_view, &[("start", &fmt.date(a)), ("end", &fmt.date(b)), ("url", url)]),
    ]
}

/// Adds caption lines (source, date, address) under a chart SVG drawn `width` × `height`, for exported images.
/// Returns the new SVG and its height.
pub fn with_caption(svg: &str, width: u32, height: u32, lines: &[String], ink: &str) -> (String, u32) {
    let line_h = 16;
    let new_h = height + 10 + line_h * lines.len() as u32;
    let mut caption = String::new();
    for (i, l) in lines.iter().enumerate() {
        let y = height + 6 + line_h * (i as u32 + 1);
        caption.push_str(&format!(
            "<text x=\"8\" y=\"{y}\" font-size=\"12\" fill=\"{ink}\" font-family=\"system-ui, sans-serif\">{}</text>\n",
            crate::markup::escape(l)
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
    fn csv_cells_never_run_as_formulas() {
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("+1"), "'+1");
        assert_eq!(field("-1"), "'-1");
        assert_eq!(field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(field("\tx"), "'\tx");
        assert_eq!(field("a=b"), "a=b");
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
