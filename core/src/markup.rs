//! The one escaper for text placed inside HTML or SVG markup (element text and quoted attributes). Dataset text is
//! always text: every piece of it that goes into markup the core writes (the chart, captions, embed codes) passes
//! through here.

/// Escapes `&`, `<`, `>` and `"` (enough for text and double-quoted attribute values).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_markup() {
        assert_eq!(super::escape("<b a=\"1\">&</b>"), "&lt;b a=&quot;1&quot;&gt;&amp;&lt;/b&gt;");
    }
}
