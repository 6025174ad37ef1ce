//! The snippets an editor pastes into an article for a view and theme: an iframe with the self-sizing script, and
//! a plain iframe for systems that strip scripts. Every attribute value is escaped by the one escaper.

use crate::markup::escape;
use crate::model::Dataset;
use crate::params::{EmbedView, Params, ThemeChoice};
use crate::strings::{fill, Strings};

/// A sensible fixed height for a plain iframe (no script to size it), in pixels.
pub fn fixed_height(v: EmbedView) -> u32 {
    match v {
        EmbedView::Story => 1500,
        EmbedView::Chart => 1600,
        EmbedView::Blackout => 1400,
        EmbedView::Table => 1600,
        EmbedView::Summary => 480,
    }
}

/// The views worth offering: those with something to show in this dataset.
pub fn offered(d: &Dataset) -> Vec<EmbedView> {
    EmbedView::ALL
        .into_iter()
        .filter(|v| match v {
            EmbedView::Story => !d.story.is_empty(),
            EmbedView::Blackout => !d.blackout_events.is_empty() || d.notes.iter().any(|n| n.topic == crate::model::Topic::Blackout),
            EmbedView::Summary => crate::derive::headline(d).is_some(),
            _ => true,
        })
        .collect()
}

/// The snippets for `page` (the explainer's address, without query), the dataset at `data` (always named, so that
/// an embed keeps showing its story when the page's own dataset changes), `view` and `theme`.
pub fn snippets(d: &Dataset, page: &str, data: &str, view: EmbedView, theme: ThemeChoice, s: &Strings) -> (String, String) {
    let dir = page.rsplit_once('/').map(|(a, _)| format!("{a}/")).unwrap_or_default();
    let params = Params { data: Some(data.to_string()), lang: Some(s.lang), embed: Some(view), theme, ..Default::default() };
    let query: Vec<String> = params.to_pairs().into_iter().map(|(k, v)| format!("{k}={v}")).collect();
    let src = escape(&format!("{page}?{}", query.join("&")));
    let title = escape(&fill(s.labelled, &[("label", &d.meta.title), ("value", super::embed_view_name(s, view))]));
    let h = fixed_height(view);
    let with_script = format!(
        "<iframe src=\"{src}\" title=\"{title}\" loading=\"lazy\" width=\"100%\" height=\"{h}\" frameborder=\"0\" scrolling=\"no\" data-toll-explainer></iframe>\n<script src=\"{}embed.js\" async></script>",
        escape(&dir)
    );
    let plain =
        format!("<iframe src=\"{src}\" title=\"{title}\" loading=\"lazy\" width=\"100%\" height=\"{h}\" frameborder=\"0\"></iframe>");
    (with_script, plain)
}
