//! The explorable chart: view switch (chart or table), time window, filters in the legend, downloads. Holds the
//! reader's `ChartView`; everything it shows is drawn by the core from that view.

use std::sync::Arc;

use explainer_core::chart::{ChartView, Drawn, Theme};
use explainer_core::export::{caption_lines, claims_csv, with_caption};
use explainer_core::model::Dataset;
use explainer_core::params::{EmbedView, Params};
use explainer_core::view::window;
use leptos::prelude::*;

use super::legend::Legend;
use super::table::ClaimsTable;
use super::toll_chart::TollChart;
use crate::download;
use crate::locale::use_locale;

/// Width of a chart image downloaded before the chart was ever shown (the page opened on the table), in pixels.
const DEFAULT_IMAGE_WIDTH: u32 = 720;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Chart,
    Table,
}

#[component]
pub fn Explorer(dataset: Arc<Dataset>, raw: Arc<String>, theme: Signal<Theme>) -> impl IntoView {
    // The address holds the explorer's state: a shared link reopens the same view.
    let params = use_context::<RwSignal<Params>>();
    let initial = params.map(|p| p.get_untracked()).unwrap_or_default();
    let view = RwSignal::new(initial.chart_view());
    Effect::new(move |_| {
        let t = theme.get();
        if view.with_untracked(|v| v.theme != t) {
            view.update(|v| v.theme = t);
        }
    });
    let drawn = RwSignal::new(None::<Drawn>);
    let mode = RwSignal::new(if initial.table || initial.embed == Some(EmbedView::Table) { Mode::Table } else { Mode::Chart });
    if let Some(params) = params {
        // Discrete changes (filters, view) add a history entry, so Back undoes them; moving the time window
        // replaces the current one.
        Effect::new(move |prev: Option<(ChartView, Mode)>| {
            let v = view.get();
            let m = mode.get();
            if let Some((pv, pm)) = &prev {
                let only_window = pm == &m && pv.hidden_claimants == v.hidden_claimants && pv.hidden_kinds == v.hidden_kinds;
                params.update(|p| {
                    p.set_chart_view(&v);
                    p.table = m == Mode::Table;
                });
                crate::address::write(&params.get_untracked(), !only_window);
            }
            (v, m)
        });
        // Back and forward restore the state the address describes.
        let d = dataset.clone();
        let handle = window_event_listener(leptos::ev::popstate, move |_| {
            let p = crate::address::read(&d).without_door();
            let cv = p.chart_view();
            view.update(|v| {
                v.hidden_claimants = cv.hidden_claimants;
                v.hidden_kinds = cv.hidden_kinds;
                v.window = cv.window;
            });
            // An embedded table stays a table (its page is built for it).
            let embed = params.with_untracked(|q| q.embed);
            mode.set(if p.table || embed == Some(EmbedView::Table) { Mode::Table } else { Mode::Chart });
            params.set(Params { embed, ..p });
        });
        on_cleanup(move || handle.remove());
    }

    let s = use_locale().strings;
    let tab = move |m: Mode, label: &'static str, id: &'static str| {
        view! {
            <button type="button" role="tab" id=id aria-selected=move || (mode.get() == m).to_string()
                on:click=move |_| mode.set(m)>{label}</button>
        }
    };

    view! {
        <div class="explorer">
            <div class="toolbar">
                <div class="tabs" role="tablist" aria-label=s.views_label>
                    {tab(Mode::Chart, s.view_chart, "tab-chart")}
                    {tab(Mode::Table, s.view_table, "tab-table")}
                </div>
                <Downloads dataset=dataset.clone() raw=raw view=view.into() drawn=drawn table=Signal::derive(move || mode.get() == Mode::Table) />
            </div>
            <TimeWindow dataset=dataset.clone() view=view />
            // Each view is mounted only while shown: a hidden chart would redraw for every filter change in the table.
            <div role="tabpanel" aria-labelledby="tab-chart" hidden=move || mode.get() != Mode::Chart>
                {let d = dataset.clone(); move || (mode.get() == Mode::Chart).then(|| view! { <TollChart dataset=d.clone() view=view.into() drawn_out=drawn /> })}
            </div>
            <div role="tabpanel" aria-labelledby="tab-table" hidden=move || mode.get() != Mode::Table>
                {let d = dataset.clone(); move || (mode.get() == Mode::Table).then(|| view! { <ClaimsTable dataset=d.clone() view=view.into() /> })}
            </div>
            <Legend dataset=dataset.clone() view=view />
        </div>
    }
}

/// Two sliders for the first and last day shown; native range inputs, so the keyboard works as everywhere.
#[component]
fn TimeWindow(dataset: Arc<Dataset>, view: RwSignal<ChartView>) -> impl IntoView {
    let locale = use_locale();
    let s = locale.strings;
    let d = dataset.clone();
    let current = Memo::new(move |_| view.with(|v| locale.with(|f, _| window::window(&d, v, f))));
    let days = current.get_untracked().days;
    let set = {
        let d = dataset.clone();
        move |from: Option<i64>, to: Option<i64>| view.update(|v| v.window = window::moved(&d, v.window, from, to))
    };
    let set2 = set.clone();
    view! {
        <fieldset class="window" data-testid="time-window">
            <legend>{s.window_heading}</legend>
            <label>
                <span>{s.window_from}" "<output>{move || current.get().from_label}</output></span>
                <input type="range" min="0" max=days step="1" data-testid="window-from" value=current.get_untracked().from
                    prop:value=move || current.get().from.to_string()
                    on:input=move |e| set(event_target_value(&e).parse().ok(), None) />
            </label>
            <label>
                <span>{s.window_to}" "<output>{move || current.get().to_label}</output></span>
                <input type="range" min="0" max=days step="1" data-testid="window-to" value=current.get_untracked().to
                    prop:value=move || current.get().to.to_string()
                    on:input=move |e| set2(None, event_target_value(&e).parse().ok()) />
            </label>
        </fieldset>
    }
}

#[component]
fn Downloads(
    dataset: Arc<Dataset>,
    raw: Arc<String>,
    view: Signal<ChartView>,
    drawn: RwSignal<Option<Drawn>>,
    /// The table is shown (the chart is not mounted): images are drawn for the current view on demand.
    table: Signal<bool>,
) -> impl IntoView {
    let locale = use_locale();
    let s = locale.strings;
    let d = dataset.clone();
    let csv = move |_| download::save_text(&claims_csv(&d, |_| true), "text/csv;charset=utf-8", s.download_files[0]);
    let json = move |_| download::save_text(&raw, "application/json", s.download_files[1]);
    let ds = dataset.clone();
    let svg = move |_| {
        if let Some((svg, _, _)) = captioned(locale, &ds, drawn, view, table) {
            download::save_text(&svg, "image/svg+xml", s.download_files[2]);
        }
    };
    let png = move |_| {
        if let Some((svg, w, h)) = captioned(locale, &dataset, drawn, view, table) {
            download::save_png(&svg, w, h, 2, s.download_files[3]);
        }
    };
    view! {
        <div class="downloads" role="group" aria-label=s.download_heading>
            <span class="downloads-label">{s.download_heading}</span>
            <button type="button" data-testid="download-csv" on:click=csv>{s.download_csv}</button>
            <button type="button" data-testid="download-json" on:click=json>{s.download_json}</button>
            <button type="button" data-testid="download-svg" on:click=svg>{s.download_svg}</button>
            <button type="button" data-testid="download-png" on:click=png>{s.download_png}</button>
        </div>
    }
}

/// The chart as drawn now, with its source printed under it: title, date of the data, window shown, address.
/// From the table view, the chart is drawn for the current view at the width it last had on screen.
fn captioned(
    locale: crate::locale::Locale,
    dataset: &Dataset,
    drawn: RwSignal<Option<Drawn>>,
    view: Signal<ChartView>,
    table: Signal<bool>,
) -> Option<(String, u32, u32)> {
    let v = view.get_untracked();
    let dr = if table.get_untracked() {
        let width = drawn.with_untracked(|d| d.as_ref().map(|d| d.frame.width)).unwrap_or(DEFAULT_IMAGE_WIDTH);
        locale.with(|f, s| explainer_core::chart::draw(dataset, f, s, width, &v))
    } else {
        drawn.get_untracked()?
    };
    let url = crate::address::shareable_href();
    let lines = locale.with(|f, s| caption_lines(dataset, &v, &url, f, s));
    let ink = explainer_core::chart::draw::Ink::of(v.theme).ink_hex();
    let (svg, h) = with_caption(&dr.svg, dr.frame.width, dr.frame.height, &lines, &ink);
    Some((svg, dr.frame.width, h))
}
