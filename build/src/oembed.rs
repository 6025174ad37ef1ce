//! oEmbed (oembed.com): a link to any door, pasted into a CMS that embeds links (WordPress, for every role; Ghost;
//! Medium, through Embedly; Iframely), becomes the explainer in a frame. Each page announces its document with a
//! discovery link in its head; the documents are static JSON that the build writes beside the pages
//! (`oembed/<page>.json`, `Door::oembed_file`).
//!
//! A consumer adds `maxwidth`, `maxheight`, `url` and `format` to the document's address; a static file ignores them.
//! So the frame takes its column's width (`width="100%"`, which WordPress keeps while it drops `style`), and the page
//! reports its own height to the consumers that listen (WordPress's `#?secret=` protocol among them, `src/embed.rs`).
//! The blockquote before the frame is WordPress's fallback: it shows the link until the frame says its height, then
//! WordPress hides it; consumers that do not know it show it as the link to the whole explainer.

use explainer_core::door::Door;
use explainer_core::markup::escape;
use explainer_core::params::EmbedView;

use crate::preview;

/// The discovery link's type.
pub const TYPE: &str = "application/json+oembed";

/// The width the document states: WordPress's default column (it asks for `maxwidth=500` when the theme sets no
/// content width). The frame itself is as wide as the column.
pub const WIDTH: u32 = 500;

/// The frame's height before the page reports its own. The headline figures are 640–760 px tall at 500 px in both
/// editions (`e2e/oembed.test.mjs` measures them); every other view is taller than WordPress's tallest frame,
/// 1,000 px, and scrolls inside it.
pub fn height(view: EmbedView) -> u32 {
    match view {
        EmbedView::Summary => 700,
        _ => 1000,
    }
}

/// The discovery link a door's page carries in its head.
pub fn discovery(site: &str, door: &Door, title: &str) -> String {
    format!(
        "<link rel=\"alternate\" type=\"{TYPE}\" href=\"{}\" title=\"{}\" />",
        escape(&format!("{site}{}", door.oembed_file())),
        escape(title)
    )
}

/// The oEmbed document of `door`, whose story is titled `title` in its edition; `image` is the story's link preview
/// in that edition (`preview-fa.png`), its thumbnail.
pub fn document(site: &str, door: &Door, title: &str, image: &str) -> String {
    let frame = door.pasted();
    let view = frame.view.unwrap_or(EmbedView::Summary);
    let page = door.with_view(None).address(site);
    let html = format!(
        "<blockquote><a href=\"{page}\">{title}</a></blockquote><iframe src=\"{src}\" width=\"100%\" height=\"{height}\" \
         title=\"{title}\" frameborder=\"0\"></iframe>",
        page = escape(&page),
        title = escape(title),
        src = escape(&frame.address(site)),
        height = height(view),
    );
    let host = site.split("://").nth(1).and_then(|rest| rest.split('/').next()).unwrap_or(site);
    let doc = serde_json::json!({
        "version": "1.0",
        "type": "rich",
        "title": title,
        "provider_name": host,
        "provider_url": site,
        "html": html,
        "width": WIDTH,
        "height": height(view),
        "thumbnail_url": format!("{site}{image}"),
        "thumbnail_width": preview::WIDTH,
        "thumbnail_height": preview::HEIGHT,
    });
    let mut text = serde_json::to_string_pretty(&doc).expect("a document is JSON");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use explainer_core::strings::EN;
    use explainer_core::strings_fa::FA;

    #[test]
    fn a_pasted_page_embeds_its_headline_figures_and_links_to_itself() {
        let site = "https://example.org/explainer/";
        let door = Door::page("data/iran-2026.json", true, &FA);
        let doc: serde_json::Value = serde_json::from_str(&document(site, &door, "A <b>title</b>", "preview-fa.png")).unwrap();
        let html = doc["html"].as_str().unwrap();
        assert!(html.starts_with("<blockquote><a href=\"https://example.org/explainer/fa.html\">A &lt;b&gt;title&lt;/b&gt;</a>"), "{html}");
        assert!(html.contains("src=\"https://example.org/explainer/embed-summary.fa.html\""), "{html}");
        assert_eq!((doc["type"].as_str(), doc["width"].as_u64(), doc["height"].as_u64()), (Some("rich"), Some(500), Some(700)));
        assert_eq!(doc["thumbnail_url"].as_str(), Some("https://example.org/explainer/preview-fa.png"));
        assert_eq!(doc["provider_name"].as_str(), Some("example.org"));
        let chart = Door::page("data/iran-2019.json", false, &EN).with_view(Some(EmbedView::Chart));
        let doc: serde_json::Value = serde_json::from_str(&document(site, &chart, "t", "p.png")).unwrap();
        assert!(doc["html"].as_str().unwrap().contains("src=\"https://example.org/explainer/iran-2019.embed-chart.html\""));
        assert!(doc["html"].as_str().unwrap().contains("href=\"https://example.org/explainer/iran-2019.html\""));
        assert_eq!(doc["height"].as_u64(), Some(1000));
        assert_eq!(
            discovery(site, &chart, "t"),
            "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"https://example.org/explainer/oembed/iran-2019.embed-chart.json\" title=\"t\" />"
        );
    }
}
