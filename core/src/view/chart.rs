//! What surrounds the chart: the labels of its focusable points, the tooltip, the legend (which is also the
//! filter), the table, and "What each number counts".

use crate::chart::{ChartView, Target};
use crate::describe::{self, Link};
use crate::format::Formatter;
use crate::model::{wire_name, Basis, Dataset, Method};
use crate::strings::{fill, Strings};

/// The accessible name of a chart point: "HRANA: at least 7,002, 12 February 2026".
pub fn point_label(d: &Dataset, t: Target, fmt: &dyn Formatter, s: &Strings) -> String {
    match t {
        Target::Claim(i) => {
            let v = describe::claim_view(d, &d.claims[i], fmt, s);
            fill(s.point_hint, &[("claimant", &v.claimant), ("figure", &v.figure), ("date", &v.published)])
        }
        Target::Observation(i) => {
            let v = describe::observation_view(d, &d.connectivity[i], fmt, s);
            fill(s.point_hint, &[("claimant", &v.metric), ("figure", &v.value), ("date", &v.date)])
        }
    }
}

/// One line of the tooltip's details.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TipRow {
    /// The `<dd>`'s class, for styling and tests (`tip-method`).
    pub class: &'static str,
    pub label: String,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Tip {
    pub who: String,
    pub full_name: String,
    pub figure: String,
    /// The figure's method (`documented`, `official`, `unverified`), or empty for an observation.
    pub method: String,
    pub rows: Vec<TipRow>,
    pub note: Option<String>,
    pub summary: String,
    pub sources_label: String,
    pub sources: Vec<Link>,
    pub close: String,
}

pub fn tip(d: &Dataset, t: Target, fmt: &dyn Formatter, s: &Strings) -> Tip {
    let row = |class, label: &str, value: String| TipRow { class, label: label.to_string(), value };
    match t {
        Target::Claim(i) => {
            let v = describe::claim_view(d, &d.claims[i], fmt, s);
            let mut rows = vec![row("tip-published", s.tip_published, v.published.clone())];
            rows.extend(v.as_of.clone().map(|a| row("tip-as-of", s.tip_as_of, a)));
            rows.push(row("tip-counts", s.tip_counts, v.counts.clone()));
            rows.push(row("tip-method", s.tip_method, v.method.clone()));
            if !v.shared_origin.is_empty() {
                rows.push(row("tip-origin", s.tip_shared_origin, v.shared_origin.join(" ")));
            }
            rows.extend(v.scope.clone().map(|x| row("tip-scope", s.tip_scope, x)));
            if !v.breakdown.is_empty() {
                rows.push(row("tip-breakdown", &v.breakdown_label, v.breakdown.join(s.list_sep)));
            }
            rows.extend(v.under_investigation.clone().map(|u| row("tip-under", s.tip_under_investigation, u)));
            rows.push(row(
                "tip-reliability",
                s.tip_reliability,
                fill(s.reliability_line, &[("reliability", &v.reliability), ("note", &v.reliability_note)]),
            ));
            Tip {
                who: v.claimant,
                full_name: v.claimant_full,
                figure: v.figure,
                method: v.method_key,
                rows,
                note: v.date_note,
                summary: v.summary,
                sources_label: s.tip_sources.to_string(),
                sources: v.sources,
                close: s.tip_close.to_string(),
            }
        }
        Target::Observation(i) => {
            let v = describe::observation_view(d, &d.connectivity[i], fmt, s);
            Tip {
                who: v.metric,
                full_name: String::new(),
                figure: v.value,
                method: String::new(),
                rows: vec![row("tip-published", s.tip_published, v.date), row("tip-reliability", s.tip_reliability, v.reliability)],
                note: None,
                summary: v.summary,
                sources_label: s.tip_sources.to_string(),
                sources: v.sources,
                close: s.tip_close.to_string(),
            }
        }
    }
}

/// A claimant's button in the legend.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ClaimantKey {
    pub id: String,
    pub name: String,
    pub short_name: String,
    /// Index into the chart's colours and dashes.
    pub index: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Legend {
    pub filter_heading: String,
    pub claimants: Vec<ClaimantKey>,
    pub kinds_heading: String,
    /// Each method's wire name and its filter label.
    pub kinds: Vec<(Method, String, String)>,
    pub reset: String,
    pub methods_heading: String,
    /// Each method's wire name and its legend sentence.
    pub methods: Vec<(Method, String, String)>,
    pub marks_heading: String,
    pub marks: Vec<(Basis, String)>,
    pub low: String,
    pub under_investigation: String,
    pub band: String,
    pub step: String,
    pub metrics_heading: String,
    /// Each metric's mark (as the chart draws it) and label.
    pub metrics: Vec<(&'static str, String)>,
}

pub fn legend(d: &Dataset, s: &Strings) -> Legend {
    Legend {
        filter_heading: s.filter_heading.to_string(),
        claimants: d
            .plotted_claimants()
            .iter()
            .enumerate()
            .map(|(index, c)| ClaimantKey { id: c.id.clone(), name: c.name.clone(), short_name: c.short_name.clone(), index })
            .collect(),
        kinds_heading: s.filter_kinds.to_string(),
        kinds: Method::ALL.iter().map(|m| (*m, wire_name(m), s.kind(*m).to_string())).collect(),
        reset: s.reset.to_string(),
        methods_heading: s.legend_method_heading.to_string(),
        methods: Method::ALL.iter().map(|m| (*m, wire_name(m), s.method_legend(*m).to_string())).collect(),
        marks_heading: s.legend_marks.to_string(),
        marks: Basis::ALL.iter().map(|b| (*b, s.basis_legend(*b).to_string())).collect(),
        low: s.legend_low.to_string(),
        under_investigation: s.legend_under_investigation.to_string(),
        band: s.legend_band.to_string(),
        step: s.legend_step.to_string(),
        metrics_heading: s.strip_connectivity.to_string(),
        metrics: d.metrics.iter().enumerate().map(|(i, m)| (crate::chart::geometry::metric_glyph(i), m.label.clone())).collect(),
    }
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Row {
    pub claim: String,
    pub claimant: String,
    pub figure: String,
    pub published: String,
    pub as_of: String,
    /// What it counts, with its scope when it has one.
    pub counts: String,
    pub method_key: String,
    pub method: String,
    pub reliability: String,
    pub sources: Vec<Link>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Table {
    pub label: String,
    pub caption: String,
    /// Column headings: claimant, figure, published, as of, counts, method, reliability, sources.
    pub columns: [String; 8],
    pub rows: Vec<Row>,
}

/// The table for `view`, sorted as asked.
pub fn table(d: &Dataset, view: &ChartView, key: crate::table::SortKey, ascending: bool, fmt: &dyn Formatter, s: &Strings) -> Table {
    let rows = crate::table::order(d, |i| view.shows(d, &d.claims[i]), key, ascending)
        .into_iter()
        .map(|i| {
            let v = describe::claim_view(d, &d.claims[i], fmt, s);
            let counts = match &v.scope {
                Some(scope) => fill(s.parenthesised, &[("text", &v.counts), ("note", scope)]),
                None => v.counts.clone(),
            };
            Row {
                claim: v.id,
                claimant: v.claimant,
                figure: v.figure,
                published: v.published,
                as_of: v.as_of.unwrap_or_default(),
                counts,
                method_key: v.method_key,
                method: v.method,
                reliability: v.reliability,
                sources: v.sources,
            }
        })
        .collect();
    Table {
        label: s.view_table.to_string(),
        caption: s.table_caption.to_string(),
        columns: [s.col_claimant, s.col_figure, s.col_date, s.col_as_of, s.col_counts, s.col_method, s.col_reliability, s.col_sources]
            .map(str::to_string),
        rows,
    }
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct MethodItem {
    pub claimant: String,
    pub name: String,
    pub kind: String,
    pub text: String,
    /// "How its figures here were arrived at: …".
    pub how: String,
    /// "Same origin: …", one per origin its figures share.
    pub origins: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct MethodSection {
    pub heading: String,
    pub intro: String,
    pub claimants: Vec<MethodItem>,
    pub metrics_heading: String,
    pub metrics: Vec<(String, String)>,
}

/// "What each number counts": each plotted claimant's method, how its figures were arrived at, shared origins;
/// how connectivity was measured.
pub fn method_section(d: &Dataset, s: &Strings) -> MethodSection {
    MethodSection {
        heading: s.method_heading.to_string(),
        intro: s.method_intro.to_string(),
        claimants: d
            .plotted_claimants()
            .iter()
            .map(|c| {
                let (how, origins) = describe::claimant_methods(d, &c.id, s);
                MethodItem {
                    claimant: c.id.clone(),
                    name: c.name.clone(),
                    kind: s.claimant_kind(c.kind).to_string(),
                    text: c.method.clone().unwrap_or_else(|| c.description.clone()),
                    how,
                    origins,
                }
            })
            .collect(),
        metrics_heading: s.method_metrics.to_string(),
        metrics: d.metrics.iter().map(|m| (m.label.clone(), m.description.clone())).collect(),
    }
}
