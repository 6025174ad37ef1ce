//! The page's address as state: which view is embedded, the theme, the story step, the explorer's filters and
//! time window, the day for "what was known on". Parsing never fails: a parameter that is unknown or malformed is
//! ignored and its default used, so a mangled link still opens the page.

use std::collections::BTreeSet;

use crate::chart::ChartView;
use crate::date::Date;
use crate::model::Dataset;
use crate::model::{wire_name, Method};

/// What an embedded page shows (`?embed=…`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmbedView {
    Story,
    Chart,
    Blackout,
    Table,
    Summary,
}

impl EmbedView {
    pub const ALL: [EmbedView; 5] = [EmbedView::Story, EmbedView::Chart, EmbedView::Blackout, EmbedView::Table, EmbedView::Summary];

    pub fn name(self) -> &'static str {
        match self {
            EmbedView::Story => "story",
            EmbedView::Chart => "chart",
            EmbedView::Blackout => "blackout",
            EmbedView::Table => "table",
            EmbedView::Summary => "summary",
        }
    }

    pub fn parse(s: &str) -> Option<EmbedView> {
        EmbedView::ALL.into_iter().find(|v| v.name() == s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeChoice {
    #[default]
    Auto,
    Light,
    Dark,
}

impl ThemeChoice {
    pub const ALL: [ThemeChoice; 3] = [ThemeChoice::Auto, ThemeChoice::Light, ThemeChoice::Dark];

    /// The one reading of a theme's name (address, embed form): anything but light or dark follows the reader.
    pub fn parse(s: &str) -> ThemeChoice {
        match s {
            "light" => ThemeChoice::Light,
            "dark" => ThemeChoice::Dark,
            _ => ThemeChoice::Auto,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            ThemeChoice::Auto => "auto",
            ThemeChoice::Light => "light",
            ThemeChoice::Dark => "dark",
        }
    }
}

/// Everything the address can say.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Params {
    /// The dataset the link asked for (`data=data/<name>.json`, `source::choose`), carried on by links made from
    /// the page; `None` for the page's own.
    pub data: Option<String>,
    /// The edition asked for (`lang=en|fa`); the page writes its own edition here, so links carry it.
    pub lang: Option<&'static str>,
    pub embed: Option<EmbedView>,
    pub theme: ThemeChoice,
    pub transparent: bool,
    pub step: Option<String>,
    pub table: bool,
    pub hidden_claimants: BTreeSet<String>,
    pub hidden_kinds: BTreeSet<Method>,
    pub window: Option<(Date, Date)>,
    pub known_on: Option<Date>,
    /// pym.js child id, sent by a pym parent.
    pub child_id: Option<String>,
    /// Id used in the Datawrapper and own resize messages.
    pub frame_id: Option<String>,
    /// The secret WordPress gives the frame of a pasted link (`#?secret=…`), which its height messages carry.
    pub wordpress_secret: Option<String>,
}

fn safe_id(s: &str) -> Option<String> {
    let ok = !s.is_empty() && s.len() <= 64 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    ok.then(|| s.to_string())
}

/// The pym.js child id and the frame id from the address, which the page needs before (or without) a dataset.
pub fn frame_ids<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> (Option<String>, Option<String>) {
    let (mut child, mut id) = (None, None);
    for (k, v) in pairs {
        match k {
            "childId" => child = safe_id(v),
            "id" => id = safe_id(v),
            _ => {}
        }
    }
    (child, id)
}

/// The page's address as the browser gave it, read once when the page starts, before any dataset: its decoded
/// query pairs, and what they say without a dataset (the dataset asked for, the theme, the frame's ids, the
/// background). `resolve` reads the rest against the dataset once it has loaded.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Address {
    pairs: Vec<(String, String)>,
    wordpress_secret: Option<String>,
}

impl Address {
    /// The query's decoded pairs, and the fragment (`#…`, or empty).
    pub fn new(pairs: Vec<(String, String)>, fragment: &str) -> Address {
        // WordPress embeds a pasted link's page at its address plus `#?secret=<10 letters and digits>`.
        let secret = fragment.trim_start_matches('#').strip_prefix('?').into_iter().flat_map(|q| q.split('&'));
        let wordpress_secret = secret.filter_map(|kv| kv.strip_prefix("secret=")).find_map(safe_id);
        Address { pairs, wordpress_secret }
    }

    /// The secret of WordPress's frame, when the page is a link pasted into a WordPress post.
    pub fn wordpress_secret(&self) -> Option<&str> {
        self.wordpress_secret.as_deref()
    }

    /// The decoded pairs, in order.
    pub fn pairs(&self) -> impl Iterator<Item = (&str, &str)> {
        self.pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    fn first(&self, key: &str) -> Option<&str> {
        self.pairs().find(|(k, _)| *k == key).map(|(_, v)| v)
    }

    /// The dataset the link asks for (`?data=`; the first one counts), to be checked by `source::choose`.
    pub fn data(&self) -> Option<&str> {
        self.first("data")
    }

    /// The edition asked for (`?lang=`): the check page's only door into Persian.
    pub fn lang(&self) -> Option<&'static str> {
        self.first("lang").and_then(crate::edition::by_lang).map(|s| s.lang)
    }

    /// `?theme=`; anything but "light" or "dark" follows the reader's system.
    pub fn theme(&self) -> ThemeChoice {
        self.first("theme").map(ThemeChoice::parse).unwrap_or_default()
    }

    /// `?bg=transparent`: a newsroom's page shows through the frame.
    pub fn transparent(&self) -> bool {
        self.pairs().any(|(k, v)| k == "bg" && v == "transparent")
    }

    /// The pym.js child id and the frame id (`frame_ids`).
    pub fn frame_ids(&self) -> (Option<String>, Option<String>) {
        frame_ids(self.pairs())
    }

    /// Whether the address holds any of the reader's state (filters, window, table, step, day), beyond what names
    /// the door and the frame.
    pub fn has_state(&self) -> bool {
        self.pairs().any(|(k, _)| !matches!(k, "data" | "lang" | "embed" | "id" | "childId" | "bg"))
    }

    /// Everything the address says, checked against the dataset (`Params::from_pairs`).
    pub fn resolve(&self, d: &Dataset) -> Params {
        Params::from_pairs(self.pairs(), d)
    }
}

impl Params {
    /// Reads decoded key/value pairs (the browser's URLSearchParams does the decoding), checking each against
    /// the dataset: unknown claimants, steps or dates outside the period are dropped.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>, d: &Dataset) -> Params {
        let mut p = Params::default();
        let in_period = |day: Date| day >= d.meta.period.start && day <= d.meta.period.end;
        let day = |v: &str| Date::parse(v).ok().filter(|x| in_period(*x));
        let (mut from, mut to) = (None, None);
        for (k, v) in pairs {
            match k {
                // The first one counts, as for the page's choice of dataset.
                "data" if p.data.is_none() => p.data = crate::source::is_data_path(v).then(|| v.to_string()),
                "lang" => p.lang = crate::edition::by_lang(v).map(|s| s.lang),
                "embed" => p.embed = EmbedView::parse(v),
                "theme" => p.theme = ThemeChoice::parse(v),
                "bg" => p.transparent = v == "transparent",
                "step" => p.step = d.story.iter().find(|s| s.id == v).map(|s| s.id.clone()),
                "view" => p.table = v == "table",
                "hide" => {
                    p.hidden_claimants = v.split(',').filter(|id| d.claimants.iter().any(|c| c.id == *id)).map(str::to_string).collect()
                }
                "kinds" => {
                    // The kinds that are hidden.
                    p.hidden_kinds = v.split(',').filter_map(|n| Method::ALL.into_iter().find(|k| wire_name(k) == n)).collect()
                }
                "from" => from = day(v),
                "to" => to = day(v),
                "date" => p.known_on = day(v),
                "childId" => p.child_id = safe_id(v),
                "id" => p.frame_id = safe_id(v),
                _ => {}
            }
        }
        if from.is_some() || to.is_some() {
            let (a, b) = (from.unwrap_or(d.meta.period.start), to.unwrap_or(d.meta.period.end));
            if a <= b && (a, b) != (d.meta.period.start, d.meta.period.end) {
                p.window = Some((a, b));
            }
        }
        p
    }

    /// The pairs that describe this state, defaults left out, in a stable order.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if let Some(d) = &self.data {
            out.push(("data", d.clone()));
        }
        if let Some(l) = self.lang {
            out.push(("lang", l.to_string()));
        }
        if let Some(e) = self.embed {
            out.push(("embed", e.name().to_string()));
        }
        if self.theme != ThemeChoice::Auto {
            out.push(("theme", self.theme.name().into()));
        }
        if self.transparent {
            out.push(("bg", "transparent".into()));
        }
        if let Some(s) = &self.step {
            out.push(("step", s.clone()));
        }
        if self.table {
            out.push(("view", "table".into()));
        }
        if !self.hidden_claimants.is_empty() {
            out.push(("hide", self.hidden_claimants.iter().cloned().collect::<Vec<_>>().join(",")));
        }
        if !self.hidden_kinds.is_empty() {
            out.push(("kinds", self.hidden_kinds.iter().map(wire_name).collect::<Vec<_>>().join(",")));
        }
        if let Some((a, b)) = self.window {
            out.push(("from", a.to_string()));
            out.push(("to", b.to_string()));
        }
        if let Some(d) = self.known_on {
            out.push(("date", d.to_string()));
        }
        if let Some(c) = &self.child_id {
            out.push(("childId", c.clone()));
        }
        if let Some(i) = &self.frame_id {
            out.push(("id", i.clone()));
        }
        out
    }

    /// This state as a query (`?k=v&…`, or nothing for the defaults). Every value is a dataset id, a date, a
    /// name or a data path, none of which needs escaping.
    pub fn query(&self) -> String {
        let pairs: Vec<String> = self.to_pairs().into_iter().map(|(k, v)| format!("{k}={v}")).collect();
        if pairs.is_empty() {
            String::new()
        } else {
            format!("?{}", pairs.join("&"))
        }
    }

    /// The reader's state alone: the story, edition and view are the built page's (its file names them,
    /// `door::Door`), so links made from a page do not repeat them.
    pub fn without_door(mut self) -> Params {
        self.data = None;
        self.lang = None;
        self.embed = None;
        self
    }

    /// The explorer's chart view this address asks for.
    pub fn chart_view(&self) -> ChartView {
        ChartView {
            hidden_claimants: self.hidden_claimants.clone(),
            hidden_kinds: self.hidden_kinds.clone(),
            window: self.window,
            ..Default::default()
        }
    }

    /// Copies the explorer's state into the address state.
    pub fn set_chart_view(&mut self, v: &ChartView) {
        self.hidden_claimants = v.hidden_claimants.clone();
        self.hidden_kinds = v.hidden_kinds.clone();
        self.window = v.window;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_says_what_it_can_before_the_dataset_and_the_rest_after() {
        let pairs = |q: &[(&str, &str)]| q.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect::<Vec<_>>();
        let a = Address::new(
            pairs(&[
                ("data", "data/iran-2019.json"),
                ("data", "data/x.json"),
                ("theme", "dark"),
                ("bg", "transparent"),
                ("id", "f1"),
                ("lang", "fa"),
            ]),
            "",
        );
        assert_eq!((a.data(), a.theme(), a.transparent(), a.lang()), (Some("data/iran-2019.json"), ThemeChoice::Dark, true, Some("fa")));
        assert_eq!(a.frame_ids(), (None, Some("f1".to_string())));
        let framed = |fragment: &str| Address::new(Vec::new(), fragment).wordpress_secret().map(String::from);
        assert_eq!(framed("#?secret=Ab3dE6gH9j"), Some("Ab3dE6gH9j".to_string()));
        assert_eq!(framed("#step-3?secret=x"), None, "only a fragment that is WordPress's");
        assert_eq!((framed("#?secret=<script>"), framed(""), framed("#?secret=")), (None, None, None));
        assert!(a.has_state(), "the theme is the reader's state too");
        assert!(!Address::new(
            pairs(&[("data", "data/x.json"), ("lang", "fa"), ("embed", "chart"), ("id", "f"), ("bg", "transparent")]),
            ""
        )
        .has_state());
        let none = Address::new(pairs(&[("theme", "purple"), ("lang", "xx"), ("bg", "red")]), "");
        assert_eq!((none.data(), none.theme(), none.transparent(), none.lang()), (None, ThemeChoice::Auto, false, None));
        let d = crate::validate::load(include_str!("../../public/data/iran-2026.json")).unwrap().dataset;
        let step = d.story.first().map(|s| s.id.clone()).expect("the shipped story has steps");
        let with_state = Address::new(pairs(&[("step", &step), ("view", "table")]), "");
        assert!(with_state.has_state());
        assert_eq!(with_state.resolve(&d), Params::from_pairs([("step", step.as_str()), ("view", "table")], &d));
        assert_eq!((with_state.resolve(&d).step.as_deref(), with_state.resolve(&d).table), (Some(step.as_str()), true));
    }

    fn dataset() -> Dataset {
        crate::validate::load(include_str!("../tests/fixtures/small.json")).unwrap().dataset
    }

    #[test]
    fn round_trip() {
        let d = dataset();
        let p = Params::from_pairs(
            [
                ("embed", "chart"),
                ("theme", "dark"),
                ("hide", "ngo,nobody"),
                ("kinds", "unverified,bogus"),
                ("from", "2026-01-05"),
                ("to", "2026-01-20"),
                ("childId", "x1"),
                ("data", "data/other.json"),
                ("data", "data/second.json"),
            ],
            &d,
        );
        assert_eq!(p.data.as_deref(), Some("data/other.json"));
        assert_eq!(p.embed, Some(EmbedView::Chart));
        assert_eq!(p.theme, ThemeChoice::Dark);
        assert_eq!(p.hidden_claimants.iter().collect::<Vec<_>>(), vec!["ngo"]);
        assert_eq!(p.hidden_kinds.len(), 1);
        let pairs = p.to_pairs();
        let back = Params::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())), &d);
        assert_eq!(back, p);
    }

    #[test]
    fn malformed_values_fall_back_to_defaults() {
        let d = dataset();
        let p = Params::from_pairs(
            [
                ("embed", "everything"),
                ("theme", "purple"),
                ("from", "2026-13-01"),
                ("to", "1999-01-01"),
                ("date", "yesterday"),
                ("childId", "<script>"),
                ("data", "https://evil.example/data/x.json"),
                ("zzz", "1"),
            ],
            &d,
        );
        assert_eq!(p, Params::default());
    }
}
