//! Every section's view model, built on the host for the shipped dataset and the small fixture: what each shows
//! is computed from the records (expectations here are computed from the same records, never typed), no
//! placeholder survives, and a section whose data is absent is absent.

use explainer_core::chart::{hit_points, ChartView};
use explainer_core::derive;
use explainer_core::format::{Formatter, PlainEnglish};
use explainer_core::model::{Dataset, Method};
use explainer_core::params::{EmbedView, ThemeChoice};
use explainer_core::strings::EN;
use explainer_core::table::SortKey;
use explainer_core::validate::load;
use explainer_core::view::{self, chart, compare, embed, known, records, story, summary, window};
use serde_json::Value;

const F: PlainEnglish = PlainEnglish;

fn datasets() -> Vec<(&'static str, Dataset)> {
    [("shipped", include_str!("../../public/data/iran-2026.json")), ("fixture", include_str!("fixtures/small.json"))]
        .into_iter()
        .map(|(name, text)| (name, load(text).unwrap().dataset))
        .collect()
}

/// Every string in a view model.
fn strings(v: &impl serde::Serialize) -> Vec<String> {
    fn walk(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::String(s) => out.push(s.clone()),
            Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            Value::Object(o) => o.values().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(&serde_json::to_value(v).unwrap(), &mut out);
    out
}

/// Every view of the page, serialised, for checks that hold across all of them.
fn all_views(d: &Dataset) -> Vec<Value> {
    let mut out = vec![
        serde_json::to_value(summary::summary(d, &F, &EN)).unwrap(),
        serde_json::to_value(known::day(d, d.meta.period.end, &F, &EN)).unwrap(),
        serde_json::to_value(records::blackout(d, &F, &EN)).unwrap(),
        serde_json::to_value(records::verification(d, &F, &EN)).unwrap(),
        serde_json::to_value(records::context(d, &F, &EN)).unwrap(),
        serde_json::to_value(records::disagreements(d, &F, &EN)).unwrap(),
        serde_json::to_value(records::history(d, &F, &EN)).unwrap(),
        serde_json::to_value(records::sources(d, &F, &EN)).unwrap(),
        serde_json::to_value(compare::compare(d, &F, &EN)).unwrap(),
        serde_json::to_value(story::story(d, &F, &EN, false)).unwrap(),
        serde_json::to_value(chart::legend(d, &EN)).unwrap(),
        serde_json::to_value(chart::table(d, &ChartView::default(), SortKey::Date, true, &F, &EN)).unwrap(),
        serde_json::to_value(chart::method_section(d, &EN)).unwrap(),
        serde_json::to_value(window::window(d, &ChartView::default(), &F)).unwrap(),
    ];
    let drawn = explainer_core::chart::draw(d, &F, &EN, 800, &ChartView::default());
    for p in hit_points(d, &drawn.frame, &ChartView::default()) {
        out.push(Value::String(chart::point_label(d, p.target, &F, &EN)));
        out.push(serde_json::to_value(chart::tip(d, p.target, &F, &EN)).unwrap());
    }
    out
}

#[test]
fn no_placeholder_survives_in_any_view() {
    for (name, d) in datasets() {
        let views = all_views(&d);
        assert!(views.len() > 14);
        for v in &views {
            for s in strings(v) {
                let open = s.find('{');
                let leftover = open.is_some_and(|i| {
                    s[i..]
                        .find('}')
                        .is_some_and(|j| s[i + 1..i + j].chars().all(|c| c.is_ascii_lowercase() || c == '_' || c == ':' || c == '-'))
                });
                assert!(!leftover, "{name}: a placeholder survives in {s:?}");
            }
        }
    }
}

#[test]
fn summary_compares_the_headline_pair_with_its_hedge_and_dates() {
    for (name, d) in datasets() {
        let h = derive::headline(&d).expect("both datasets have a headline");
        let v = summary::summary(&d, &F, &EN).unwrap();
        let (o, i) = (h.official.claim, h.independent.claim);
        assert!(v.gap.contains(&F.integer(h.difference.unsigned_abs())), "{name}: {}", v.gap);
        assert!(v.gap.contains(&F.date(o.plot_date())) && v.gap.contains(&F.date(i.plot_date())), "{name}: {}", v.gap);
        assert_eq!(v.gap.contains("at least"), summary::is_minimum(i), "{name}: {}", v.gap);
        assert!(v.official.method.contains(EN.method(o.method)));
        assert!(v.independent.method.contains(EN.method(i.method)));
        // The state's own split is on the official card, in its own (quoted) labels.
        for p in &o.breakdown {
            assert!(v.official.counts.contains(&p.label), "{name}: {}", v.official.counts);
        }
        let ratio = (i.value.unwrap() as f64 / o.value.unwrap() as f64 * 10.0).floor() / 10.0;
        assert!(v.gap.contains(&F.decimal(ratio, 1)));
    }
}

#[test]
fn the_day_view_lists_each_claimants_latest_figure_and_every_cut() {
    for (_, d) in datasets() {
        let s = known::slider(&d, None);
        let start = known::day_at(&d, 0);
        assert_eq!(start, d.meta.period.start);
        assert_eq!(known::day_at(&d, s.days + 100), d.meta.period.end, "clamped to the period");
        assert_eq!(known::day_at(&d, -5), d.meta.period.start);
        if let Some(h) = derive::headline(&d) {
            assert_eq!(known::day_at(&d, s.initial), h.official.since, "opens on the official figure's day");
        }
        for offset in 0..=s.days {
            let day = known::day_at(&d, offset);
            let v = known::day(&d, day, &F, &EN);
            let latest = derive::latest_per_claimant(&d, day);
            assert_eq!(v.rows.len(), latest.len());
            assert_eq!(v.none.is_some(), latest.is_empty());
            assert_eq!(v.cuts.len(), d.blackout_events.len());
        }
    }
}

#[test]
fn blackout_durations_are_derived_and_pluralised() {
    for (_, d) in datasets() {
        let Some(b) = records::blackout(&d, &F, &EN) else { continue };
        let events = b.events.map(|e| e.1).unwrap_or_default();
        assert_eq!(events.len(), d.blackout_events.len());
        for (e, v) in d.blackout_events.iter().zip(&events) {
            if let Some(end) = e.end {
                let n = e.start.date.days_until(end.date).max(0) as u64;
                let words = if n == 1 { format!("{n} day (") } else { format!("{} days (", F.integer(n)) };
                assert!(v.head.contains(&words), "{}", v.head);
                assert!(!v.head.contains("1 days"), "{}", v.head);
            }
        }
    }
}

#[test]
fn notes_are_in_date_order() {
    for (_, d) in datasets() {
        for section in [records::verification(&d, &F, &EN), records::context(&d, &F, &EN)].into_iter().flatten() {
            let dates: Vec<&str> = section.notes.iter().map(|n| n.datetime.as_str()).collect();
            let mut sorted = dates.clone();
            sorted.sort();
            assert_eq!(dates, sorted);
        }
    }
}

#[test]
fn the_comparison_groups_each_episode_once_even_when_the_history_is_unsorted() {
    let (_, mut d) = datasets().remove(0);
    assert!(d.history.len() >= 3);
    // Interleave the episodes: 2019, 2022, 2019, …
    let first = d.history.remove(0);
    d.history.push(first);
    let c = compare::compare(&d, &F, &EN).unwrap();
    let episodes: Vec<&str> = c.groups.iter().map(|g| g.episode.as_str()).collect();
    let mut unique = episodes.clone();
    unique.dedup();
    unique.sort();
    unique.dedup();
    assert_eq!(episodes.len(), unique.len(), "each episode once: {episodes:?}");
    let bars: usize = c.groups.iter().map(|g| g.bars.len()).sum();
    assert_eq!(bars, d.history.iter().filter(|h| h.value.or(h.high).is_some()).count() + 2);
    for g in &c.groups {
        for b in &g.bars {
            let h = d.history.iter().find(|h| h.id == b.id);
            assert_eq!(b.hollow, h.is_some_and(|h| h.method == Method::Unverified));
        }
    }
    assert!(c.heading.contains(&F.list(&episodes.iter().map(|e| e.to_string()).collect::<Vec<_>>())));
}

#[test]
fn absent_data_means_absent_sections() {
    let (_, mut d) = datasets().remove(1);
    d.story.clear();
    d.history.clear();
    d.disagreements.clear();
    d.notes.clear();
    d.blackout_events.clear();
    assert!(story::story(&d, &F, &EN, false).is_none());
    assert!(compare::compare(&d, &F, &EN).is_none());
    assert!(records::history(&d, &F, &EN).is_none());
    assert!(records::disagreements(&d, &F, &EN).is_none());
    assert!(records::verification(&d, &F, &EN).is_none());
    assert!(records::blackout(&d, &F, &EN).is_none());
    assert_eq!(embed::offered(&d), vec![EmbedView::Chart, EmbedView::Table, EmbedView::Summary]);
    assert_eq!(story::chart_view(&d, 3, Default::default()).window, None, "a missing step asks for nothing");
}

#[test]
fn story_steps_say_their_position_and_label_durations_derived() {
    for (_, d) in datasets() {
        let Some(s) = story::story(&d, &F, &EN, false) else { continue };
        assert_eq!(s.steps.len(), d.story.len());
        for (i, st) in s.steps.iter().enumerate() {
            assert_eq!(st.position, format!("Step {} of {}", i + 1, d.story.len()));
            for p in &st.text {
                if let story::Piece::Ref { kind, derived, .. } = p {
                    assert_eq!(derived.is_some(), kind == "days");
                }
            }
        }
    }
}

#[test]
fn embed_snippets_escape_what_they_quote() {
    let (_, mut d) = datasets().remove(1);
    d.meta.title = "A \"quoted\" <title> & co".into();
    let door = explainer_core::door::Door::page("data/small.json", true, &EN);
    let (script, plain) = embed::snippets(&d, "https://example.org/x/?hide=a#step", &door, EmbedView::Chart, ThemeChoice::Dark, &EN);
    for s in [&script, &plain] {
        assert!(s.contains("title=\"A &quot;quoted&quot; &lt;title&gt; &amp; co: The toll chart\""), "{s}");
        // The chart's own page, named by its story, in the page's edition.
        assert!(s.contains("src=\"https://example.org/x/small.embed-chart.html?theme=dark\""), "{s}");
    }
    // A dataset the build gives no pages: the index, asked for it.
    let unbuilt = explainer_core::door::Door::page("data/archive/old.json", false, &EN);
    let (script, _) = embed::snippets(&d, "https://example.org/x/", &unbuilt, EmbedView::Chart, ThemeChoice::Auto, &EN);
    assert!(script.contains("src=\"https://example.org/x/?data=data/archive/old.json&amp;lang=en&amp;embed=chart\""), "{script}");
    assert!(script.contains("<script src=\"https://example.org/x/embed.js\" async></script>"));
    assert_eq!(view::embed_view_name(&EN, EmbedView::Story), EN.embed_view_words[0]);
}

#[test]
fn the_window_never_crosses_and_the_whole_period_is_no_window() {
    for (_, d) in datasets() {
        let p = d.meta.period;
        let days = p.start.days_until(p.end);
        assert_eq!(window::moved(&d, None, Some(0), None), None);
        assert_eq!(window::moved(&d, None, Some(-10), Some(days + 10)), None, "clamped");
        let w = window::moved(&d, None, Some(2), None).unwrap();
        assert_eq!(w, (known::day_at(&d, 2), p.end));
        // Moving "from" past "to" pushes "to" along; moving "to" before "from" pulls "from".
        let narrow = Some((known::day_at(&d, 2), known::day_at(&d, 4)));
        assert_eq!(window::moved(&d, narrow, Some(6), None), Some((known::day_at(&d, 6), known::day_at(&d, 6))));
        assert_eq!(window::moved(&d, narrow, None, Some(1)), Some((known::day_at(&d, 1), known::day_at(&d, 1))));
        let v = window::window(&d, &ChartView { window: narrow, ..Default::default() }, &F);
        assert_eq!((v.from, v.to, v.days), (2, 4, days));
    }
}

#[test]
fn the_table_and_legend_follow_the_reader_s_choices() {
    for (_, d) in datasets() {
        let mut v = ChartView::default();
        v.hidden_kinds.insert(Method::Unverified);
        let t = chart::table(&d, &v, SortKey::Figure, false, &F, &EN);
        assert_eq!(t.rows.len(), d.claims.iter().filter(|c| c.method != Method::Unverified).count());
        assert!(t.rows.iter().all(|r| r.method_key != "unverified"));
        let l = chart::legend(&d, &EN);
        assert_eq!(l.claimants.len(), d.plotted_claimants().len());
        assert_eq!(l.kinds.len(), 3);
        assert_eq!(l.metrics.len(), d.metrics.len());
        let m = chart::method_section(&d, &EN);
        for item in &m.claimants {
            for c in d.claims.iter().filter(|c| c.claimant == item.claimant) {
                assert!(item.how.contains(EN.method(c.method)), "{}", item.how);
            }
        }
    }
}
