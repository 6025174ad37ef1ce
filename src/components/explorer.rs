//! The explorable chart: view switch (chart or table), time window, filters in the legend, downloads. Holds the
//! reader's `ChartView`; everything it shows is drawn by the core from that view.

use std::sync::Arc;

use explainer_core::chart::{ChartView, Drawn, Theme};
use explainer_core::date::Date;
use explainer_core::export::{claims_csv, with_caption};
use explainer_core::format::Formatter;
use explainer_core::model::Dataset;
use explainer_core::params::{EmbedView, Params};
use explainer_core::strings::{fill, EN};
use leptos::prelude::*;

use super::legend::Legend;
use super::table::ClaimsTable;
use super::toll_chart::TollChart;
use crate::{download, intl};

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
            let p = crate::address::read(&d);
            let cv = p.chart_view();
            view.update(|v| {
                v.hidden_claimants = cv.hidden_claimants;
                v.hidden_kinds = cv.hidden_kinds;
                v.window = cv.window;
            });
            mode.set(if p.table { Mode::Table } else { Mode::Chart });
            params.set(p);
        });
        on_cleanup(move || handle.remove());
    }

    let tab = move |m: Mode, label: &'static str, id: &'static str| {
        view! {
            <button type="button" role="tab" id=id aria-selected=move || (mode.get() == m).to_string()
                on:click=move |_| mode.set(m)>{label}</button>
        }
    };

    view! {
        <div class="explorer">
            <div class="toolbar">
                <div class="tabs" role="tablist" aria-label=EN.views_label>
                    {tab(Mode::Chart, EN.view_chart, "tab-chart")}
                    {tab(Mode::Table, EN.view_table, "tab-table")}
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
    let p = dataset.meta.period;
    let days = p.start.days_until(p.end).max(0);
    let day = move |n: i64| Date::from_day_number(p.start.day_number() + n.clamp(0, days));
    let current = Memo::new(move |_| view.with(|v| v.days(&dataset)));
    let set = move |from: Option<i64>, to: Option<i64>| {
        view.update(|v| {
            let (a, b) = v.window.unwrap_or((p.start, p.end));
            let mut a = from.map(day).unwrap_or(a);
            let mut b = to.map(day).unwrap_or(b);
            if a > b {
                if from.is_some() { b = a } else { a = b }
            }
            v.window = if a == p.start && b == p.end { None } else { Some((a, b)) };
        })
    };
    let label = move |d: Date| intl::with(|f| f.date(d));
    view! {
        <fieldset class="window" data-testid="time-window">
            <legend>{EN.window_heading}</legend>
            <label>
                <span>{EN.window_from}" "<output>{move || label(current.get().0)}</output></span>
                <input type="range" min="0" max=days step="1" data-testid="window-from"
                    prop:value=move || p.start.days_until(current.get().0).to_string()
                    on:input=move |e| set(event_target_value(&e).parse().ok(), None) />
            </label>
            <label>
                <span>{EN.window_to}" "<output>{move || label(current.get().1)}</output></span>
                <input type="range" min="0" max=days step="1" data-testid="window-to"
                    prop:value=move || p.start.days_until(current.get().1).to_string()
                    on:input=move |e| set(None, event_target_value(&e).parse().ok()) />
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
    let d = dataset.clone();
    let csv = move |_| download::save_text(&claims_csv(&d, |_| true), "text/csv;charset=utf-8", "death-tolls.csv");
    let json = move |_| download::save_text(&raw, "application/json", "death-tolls.json");
    let ds = dataset.clone();
    let svg = move |_| {
        if let Some((svg, _, _)) = captioned(&ds, drawn, view, table) {
            download::save_text(&svg, "image/svg+xml", "death-tolls-chart.svg");
        }
    };
    let png = move |_| {
        if let Some((svg, w, h)) = captioned(&dataset, drawn, view, table) {
            download::save_png(&svg, w, h, 2, "death-tolls-chart.png");
        }
    };
    view! {
        <div class="downloads" role="group" aria-label=EN.download_heading>
            <span class="downloads-label">{EN.download_heading}</span>
            <button type="button" data-testid="download-csv" on:click=csv>{EN.download_csv}</button>
            <button type="button" data-testid="download-json" on:click=json>{EN.download_json}</button>
            <button type="button" data-testid="download-svg" on:click=svg>{EN.download_svg}</button>
            <button type="button" data-testid="download-png" on:click=png>{EN.download_png}</button>
        </div>
    }
}

/// The chart as drawn now, with its source printed under it: title, date of the data, window shown, address.
/// From the table view, the chart is drawn for the current view at the width it last had on screen.
fn captioned(dataset: &Dataset, drawn: RwSignal<Option<Drawn>>, view: Signal<ChartView>, table: Signal<bool>) -> Option<(String, u32, u32)> {
    let v = view.get_untracked();
    let dr = if table.get_untracked() {
        let width = drawn.with_untracked(|d| d.as_ref().map(|d| d.frame.width)).unwrap_or(DEFAULT_IMAGE_WIDTH);
        intl::with(|f| explainer_core::chart::draw(dataset, f, &EN, width, &v))
    } else {
        drawn.get_untracked()?
    };
    let (a, b) = v.days(dataset);
    let url = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    let lines = intl::with(|f| {
        vec![
            fill(EN.caption_source, &[("title", &dataset.meta.title), ("date", &f.date(dataset.meta.updated))]),
            fill(EN.caption_view, &[("start", &f.date(a)), ("end", &f.date(b)), ("url", &url)]),
        ]
    });
    let ink = explainer_core::chart::draw::Ink::of(v.theme).ink_hex();
    let (svg, h) = with_caption(&dr.svg, dr.frame.width, dr.frame.height, &lines, &ink);
    Some((svg, dr.frame.width, h))
}
