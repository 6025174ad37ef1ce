//! The headline comparison: the latest official toll against the latest independent count, and the gap between
//! them, computed by the core and labelled as derived.

use std::sync::Arc;

use explainer_core::derive::{self, HeadlineFigure};
use explainer_core::describe;
use explainer_core::format::Formatter;
use explainer_core::model::{Basis, Dataset};
use explainer_core::strings::{fill, EN};
use leptos::prelude::*;

use crate::intl;

fn figure_card(d: &Dataset, h: &HeadlineFigure, label: String, testid: &'static str) -> impl IntoView {
    intl::with(|f| {
        let c = h.claim;
        let figure = describe::figure(c, f, &EN);
        let when = if h.since != c.plot_date() {
            format!("{}; {}", fill(EN.summary_since, &[("date", &f.date(h.since))]), fill(EN.summary_as_of, &[("date", &f.date(c.plot_date()))]))
        } else {
            fill(EN.summary_as_of, &[("date", &f.date(c.plot_date()))])
        };
        // The official toll's own split is what it counts (it includes people it calls "rioters"), so the card
        // shows it; other breakdowns stay in the tooltip with their reliability notes.
        let counts = if c.basis == Basis::Official && !c.breakdown.is_empty() {
            let parts: Vec<String> = c.breakdown.iter().map(|p| format!("{} {}", f.integer(p.value), p.label)).collect();
            format!("{}: {}", EN.counts(c.counts), parts.join("; "))
        } else {
            EN.counts(c.counts).to_string()
        };
        let source = describe::links(d, &c.sources).into_iter().next();
        view! {
            <div class="card" data-testid=testid data-claim=c.id.clone()>
                <p class="card-label">{label}</p>
                <p class="figure">{figure}</p>
                <p class="card-when">{when}</p>
                <p class="card-counts">{counts}</p>
                {source.map(|s| view! { <p class="card-source"><a href=s.url rel="noopener" target="_blank">{s.label}</a></p> })}
            </div>
        }
    })
}

#[component]
pub fn Summary(dataset: Arc<Dataset>) -> impl IntoView {
    let d = dataset;
    let Some(h) = derive::headline(&d) else {
        return view! { <section class="summary" data-testid="summary"></section> }.into_any();
    };
    let independent_name = d.claimant(&h.independent.claim.claimant).map(|c| c.short_name.clone()).unwrap_or_default();
    let official = figure_card(&d, &h.official, EN.summary_official_label.to_string(), "summary-official");
    let independent = figure_card(
        &d,
        &h.independent,
        fill(EN.summary_independent_label, &[("claimant", &independent_name)]),
        "summary-independent",
    );
    let (gap, note) = intl::with(|f| {
        let o = f.integer(h.official.claim.value.unwrap_or(0));
        let i = f.integer(h.independent.claim.value.unwrap_or(0));
        let gap = fill(
            EN.summary_gap,
            &[
                ("claimant", &independent_name),
                ("difference", &f.integer(h.difference.unsigned_abs())),
                ("ratio", &f.decimal(h.ratio, 1)),
            ],
        );
        (gap, fill(EN.summary_gap_note, &[("independent", &i), ("official", &o)]))
    });
    view! {
        <section class="summary" data-testid="summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading" class="visually-hidden">{EN.summary_heading}</h2>
            <div class="cards">{official}{independent}</div>
            <p class="gap" data-testid="summary-gap"><span class="derived-tag">{EN.derived}</span>" "{gap}</p>
            <p class="gap-note">{note}</p>
        </section>
    }
    .into_any()
}
