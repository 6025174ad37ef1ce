//! The snippets an editor pastes into an article for a view and theme: an iframe with the self-sizing script, and
//! a plain iframe for systems that strip scripts. Every attribute value is escaped by the one escaper.

use crate::door::Door;
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

/// The snippets for the page at `page` (its address), built for `door`: an iframe of the page built for `view` of
/// the same story and edition (named by its story, so that an embed keeps showing its story when the site's own
/// changes: `door::all`), in `theme`.
pub fn snippets(d: &Dataset, page: &str, door: &Door, view: EmbedView, theme: ThemeChoice, s: &Strings) -> (String, String) {
    let dir = page.split(['?', '#']).next().unwrap_or("").rsplit_once('/').map(|(a, _)| format!("{a}/")).unwrap_or_default();
    let src = if crate::door::story_of(&door.data).is_some() {
        let embed = Door { home: false, view: Some(view), ..door.clone() };
        format!("{dir}{}{}", embed.file(), Params { theme, ..Default::default() }.query())
    } else {
        // A dataset the build gives no pages (one in a subfolder of `data/`): the site's index, which draws it.
        let params = Params { data: Some(door.data.clone()), lang: Some(s.lang), embed: Some(view), theme, ..Default::default() };
        format!("{dir}{}", params.query())
    };
    let src = escape(&src);
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
