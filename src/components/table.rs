//! The table view: the same claims as the chart (same filters and window), sortable by date, claimant or figure.

use std::sync::Arc;

use explainer_core::chart::ChartView;
use explainer_core::describe::claim_view;
use explainer_core::model::Dataset;
use explainer_core::strings::EN;
use explainer_core::table::{order, SortKey};
use leptos::prelude::*;

use crate::intl;

#[component]
pub fn ClaimsTable(dataset: Arc<Dataset>, view: Signal<ChartView>) -> impl IntoView {
    let sort = RwSignal::new((SortKey::Date, true));
    let header = move |key: SortKey, label: &'static str| {
        let aria = move || match sort.get() {
            (k, true) if k == key => "ascending",
            (k, false) if k == key => "descending",
            _ => "none",
        };
        view! {
            <th scope="col" aria-sort=aria>
                <button type="button" data-sort=format!("{key:?}").to_lowercase() on:click=move |_| sort.update(|(k, asc)| {
                    if *k == key { *asc = !*asc } else { *k = key; *asc = true }
                })>{label}</button>
            </th>
        }
    };
    let d = dataset.clone();
    let rows = move || {
        let v = view.get();
        let (key, asc) = sort.get();
        order(&d, |i| v.shows(&d, &d.claims[i]), key, asc)
            .into_iter()
            .map(|i| {
                let c = intl::with(|f| claim_view(&d, &d.claims[i], f, &EN));
                let links = c
                    .sources
                    .into_iter()
                    .map(|l| view! { <a href=l.url rel="noopener" target="_blank">{l.label}</a> })
                    .collect_view();
                view! {
                    <tr data-claim=c.id>
                        <td>{c.claimant}</td>
                        <td class="num">{c.figure}</td>
                        <td>{c.published}</td>
                        <td>{c.as_of.unwrap_or_default()}</td>
                        <td>{c.counts}{c.scope.map(|s| format!(" ({s})"))}</td>
                        <td class="method" data-method=c.method_key>{c.method}</td>
                        <td>{c.reliability}</td>
                        <td class="src-cell"><div class="links">{links}</div></td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <div class="table-wrap" data-testid="claims-table" tabindex="0" role="region" aria-label=EN.view_table>
            <table>
                <caption>{EN.table_caption}</caption>
                <thead>
                    <tr>
                        {header(SortKey::Claimant, EN.col_claimant)}
                        {header(SortKey::Figure, EN.col_figure)}
                        {header(SortKey::Date, EN.col_date)}
                        <th scope="col">{EN.col_as_of}</th>
                        <th scope="col">{EN.col_counts}</th>
                        <th scope="col">{EN.col_method}</th>
                        <th scope="col">{EN.col_reliability}</th>
                        <th scope="col">{EN.col_sources}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
