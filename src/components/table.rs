//! The table view: the same claims as the chart (same filters and window), sortable by date, claimant or figure.

use std::sync::Arc;

use explainer_core::chart::ChartView;
use explainer_core::model::Dataset;
use explainer_core::table::SortKey;
use explainer_core::view::chart;
use leptos::prelude::*;

use super::shared::source_links;
use crate::locale::use_locale;

#[component]
pub fn ClaimsTable(dataset: Arc<Dataset>, view: Signal<ChartView>) -> impl IntoView {
    let locale = use_locale();
    let sort = RwSignal::new((SortKey::Date, true));
    let d = dataset.clone();
    let table = Memo::new(move |_| {
        let (key, asc) = sort.get();
        view.with(|v| locale.with(|f, s| chart::table(&d, v, key, asc, f, s)))
    });
    let columns = table.get_untracked().columns;
    let header = move |key: SortKey, name: &'static str, label: String| {
        let aria = move || match sort.get() {
            (k, true) if k == key => "ascending",
            (k, false) if k == key => "descending",
            _ => "none",
        };
        view! {
            <th scope="col" aria-sort=aria>
                <button type="button" data-sort=name on:click=move |_| sort.update(|(k, asc)| {
                    if *k == key { *asc = !*asc } else { *k = key; *asc = true }
                })>{label}</button>
            </th>
        }
    };
    let rows = move || {
        table
            .get()
            .rows
            .into_iter()
            .map(|r| {
                view! {
                    <tr data-claim=r.claim>
                        <td>{r.claimant}</td>
                        <td class="num">{r.figure}</td>
                        <td>{r.published}</td>
                        <td>{r.as_of}</td>
                        <td>{r.counts}</td>
                        <td class="method" data-method=r.method_key>{r.method}</td>
                        <td>{r.reliability}</td>
                        <td class="src-cell"><div class="links">{source_links(r.sources)}</div></td>
                    </tr>
                }
            })
            .collect_view()
    };
    let [claimant, figure, date, as_of, counts, method, reliability, sources] = columns;
    let t = table.get_untracked();
    view! {
        <div class="table-wrap" data-testid="claims-table" tabindex="0" role="region" aria-label=t.label>
            <table>
                <caption>{t.caption}</caption>
                <thead>
                    <tr>
                        {header(SortKey::Claimant, "claimant", claimant)}
                        {header(SortKey::Figure, "figure", figure)}
                        {header(SortKey::Date, "date", date)}
                        <th scope="col">{as_of}</th>
                        <th scope="col">{counts}</th>
                        <th scope="col">{method}</th>
                        <th scope="col">{reliability}</th>
                        <th scope="col">{sources}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            // The table's end, for the stylesheet: a table half read from the network is not shown (its columns
            // would widen as rows arrive, a layout shift).
            <span class="table-end" hidden></span>
        </div>
    }
}
