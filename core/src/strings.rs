//! Every user-facing string of the explainer, in one place, so a Persian edition is one more `Strings` value.
//! Templates use `{name}` placeholders filled by [`fill`]; numbers and dates are formatted before filling.

use crate::model::{Basis, ClaimantKind, Counts, DisagreementKind, EndKind, Hedge, Method, Qualifier, Reliability, Service, Topic};

/// Which way an edition's text runs: the document's `dir`. The chart's time axis runs left to right in both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Dir {
    Ltr,
    Rtl,
}

impl Dir {
    /// The value of an HTML `dir` attribute.
    pub fn attr(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }
}

/// Serialisable both ways so that tests can derive a second locale from this one (a pseudo-locale); the wasm never
/// calls either, so neither is linked into it.
#[derive(serde::Serialize, serde::Deserialize)]
pub struct Strings {
    pub lang: &'static str,
    /// Locale for `Intl` number and date formatting.
    pub intl_locale: &'static str,
    pub dir: Dir,
    /// `NumberFormat`'s `useGrouping` for counts: `"auto"` ("3,117"), or `"min2"` (no separator in four-digit numbers).
    pub number_grouping: &'static str,
    /// The font stack of the chart's SVG text (the page's own font for this script).
    pub chart_font: &'static str,
    /// The link to the other edition: its name in its own language, and its `lang` code.
    pub switch_label: &'static str,
    pub switch_lang: &'static str,
    /// A full date where the reader checks it (tooltips, the table, the CSV): "{date}", or, in a locale whose
    /// calendar is not the Gregorian one, "{date} ({gregorian})".
    pub dual_date: &'static str,
    /// Shown when this edition's translation of the dataset's text could not be loaded or used in full.
    pub translation_missing: &'static str,
    /// Said to a reader without JavaScript (the built page is all they get): what needs JavaScript.
    pub static_needs_js: &'static str,
    /// To a reader whose browser asks to save data (or reports a 2G link): the app was not loaded by itself.
    pub save_data_note: &'static str,
    /// The button that loads it, with its size (`{size}`, `size_kb`).
    pub save_data_offer: &'static str,
    /// A size in kilobytes (`{n}`).
    pub size_kb: &'static str,
    /// The page's title while no dataset is loaded (its own title comes from the dataset).
    pub frame_title: &'static str,
    pub load_failed_title: &'static str,
    pub load_failed_not_found: &'static str,
    pub load_failed_status: &'static str,
    pub load_failed_network: &'static str,
    pub load_failed_timeout: &'static str,
    pub load_failed_interrupted: &'static str,
    pub load_failed_not_data: &'static str,
    /// The offline edition's file carries no data (a damaged or cut-off copy).
    pub load_failed_empty_embedded: &'static str,
    /// A link asked for a dataset outside the site's `data/` folder (`{path}`: what it asked for, as given).
    pub load_refused: &'static str,
    /// The page's HTML names no dataset (`<meta name="dataset">`), or one outside its `data/` folder.
    pub load_no_dataset: &'static str,
    pub retry: &'static str,
    pub invalid_title: &'static str,
    pub invalid_intro: &'static str,
    pub invalid_more: &'static str,

    /// The check page (`check.html`), where an editor opens a dataset before publishing: its title.
    pub check_title: &'static str,
    pub check_intro: &'static str,
    pub check_private: &'static str,
    pub check_choose: &'static str,
    pub check_drop: &'static str,
    /// Above the choice of the edition the explainer is drawn in.
    pub check_edition: &'static str,
    pub check_error: &'static str,
    pub check_warning: &'static str,
    /// Where a problem is in the file: "{line}", "{column}".
    pub check_line_column: &'static str,
    /// One file's report: "{file}", "{errors}", "{warnings}".
    pub check_file: &'static str,
    /// "{n} error" / "{n} errors", by the plural the formatter gives (one, other).
    pub check_errors: [&'static str; 2],
    /// "{n} warning" / "{n} warnings", as `check_errors`.
    pub check_warnings: [&'static str; 2],
    /// A file opened beside the dataset and its Persian text, not checked: "{file}".
    pub check_ignored: &'static str,
    pub check_no_dataset: &'static str,
    /// "{file}" could not be read by the browser.
    pub check_unreadable: &'static str,
    pub check_no_translation: &'static str,
    /// Above the explainer drawn from a valid file: "{file}".
    pub check_preview: &'static str,
    /// On the check page without JavaScript.
    pub check_needs_js: &'static str,

    pub summary_heading: &'static str,
    pub summary_official_label: &'static str,
    pub summary_independent_label: &'static str,
    pub summary_since: &'static str,
    pub summary_as_of: &'static str,
    pub summary_gap: &'static str,
    pub summary_gap_at_least: &'static str,
    pub summary_gap_fewer: &'static str,
    /// What a figure counts followed by the claimant's own split: "{counts}: {parts}".
    pub counts_split: &'static str,
    /// One part of a figure: "{value} {label}".
    pub part: &'static str,
    /// Between parts of a list ("; ").
    pub list_sep: &'static str,
    pub summary_gap_note: &'static str,
    pub summary_method: &'static str,
    pub derived: &'static str,
    /// The link preview's image in words (`og:image:alt`): the title, both headline figures with who gave them and
    /// when, and the chart's description (`chart_desc`, filled).
    pub preview_alt: &'static str,
    /// The same when the dataset has no headline pair: the title and the chart's description.
    pub preview_alt_chart: &'static str,

    pub view_chart: &'static str,
    pub view_table: &'static str,
    pub views_label: &'static str,
    pub filter_heading: &'static str,
    pub filter_kinds: &'static str,
    pub kind_documented: &'static str,
    pub kind_official: &'static str,
    pub kind_unverified: &'static str,
    pub reset: &'static str,
    pub window_heading: &'static str,
    pub window_from: &'static str,
    pub window_to: &'static str,
    pub download_heading: &'static str,
    pub download_csv: &'static str,
    pub download_json: &'static str,
    pub download_svg: &'static str,
    pub download_png: &'static str,
    /// File names of the downloads: data as CSV, data as JSON, chart as SVG, chart as PNG.
    pub download_files: [&'static str; 4],
    pub caption_source: &'static str,
    pub caption_view: &'static str,
    pub table_caption: &'static str,
    pub col_claimant: &'static str,
    pub col_figure: &'static str,
    pub col_date: &'static str,
    pub col_as_of: &'static str,
    pub col_counts: &'static str,
    pub col_method: &'static str,
    pub col_reliability: &'static str,
    pub col_sources: &'static str,
    pub legend_under_investigation: &'static str,
    pub story_heading: &'static str,
    pub story_intro: &'static str,
    /// The story's intro inside an embed, where one step shows at a time and scrolling does not move through them.
    pub story_intro_embedded: &'static str,
    pub story_next: &'static str,
    pub story_prev: &'static str,
    pub story_position: &'static str,
    pub as_of_heading: &'static str,
    pub as_of_intro: &'static str,
    pub as_of_day: &'static str,
    pub as_of_latest: &'static str,
    pub as_of_none: &'static str,
    pub as_of_blackout: &'static str,
    pub cut_not_yet: &'static str,
    pub cut_cut: &'static str,
    pub cut_partly: &'static str,
    pub cut_restored: &'static str,
    pub method_heading: &'static str,
    pub method_intro: &'static str,
    pub method_metrics: &'static str,
    pub method_of_claimant: &'static str,
    pub method_shared_origin: &'static str,
    pub compare_heading: &'static str,
    pub compare_intro: &'static str,
    pub compare_current: &'static str,
    pub embed_source: &'static str,
    pub embed_open_full: &'static str,
    pub embed_button: &'static str,
    pub embed_heading: &'static str,
    pub embed_intro: &'static str,
    pub embed_view: &'static str,
    pub embed_theme: &'static str,
    pub embed_with_script: &'static str,
    pub embed_plain: &'static str,
    pub embed_copy: &'static str,
    pub embed_copied: &'static str,
    pub theme_auto: &'static str,
    pub theme_light: &'static str,
    pub theme_dark: &'static str,
    pub corrections_heading: &'static str,
    pub corrections_none: &'static str,
    pub chart_heading: &'static str,
    pub chart_intro: &'static str,
    pub chart_title: &'static str,
    pub chart_desc: &'static str,
    pub axis_deaths: &'static str,
    pub strip_services: &'static str,
    pub strip_connectivity: &'static str,
    pub band_label: &'static str,
    pub legend_claimants: &'static str,
    pub legend_marks: &'static str,
    pub legend_basis_confirmed: &'static str,
    pub legend_basis_at_least: &'static str,
    pub legend_basis_official: &'static str,
    pub legend_basis_estimate: &'static str,
    pub legend_basis_range: &'static str,
    pub legend_method_heading: &'static str,
    pub legend_method_documented: &'static str,
    pub legend_method_official: &'static str,
    pub legend_method_unverified: &'static str,
    pub legend_low: &'static str,
    pub legend_band: &'static str,
    pub legend_step: &'static str,
    pub point_hint: &'static str,
    pub chart_points_label: &'static str,
    pub chart_keys: &'static str,

    pub tip_published: &'static str,
    pub tip_as_of: &'static str,
    pub tip_counts: &'static str,
    pub tip_method: &'static str,
    pub tip_shared_origin: &'static str,
    pub tip_scope: &'static str,
    pub tip_breakdown: &'static str,
    pub tip_including: &'static str,
    pub tip_under_investigation: &'static str,
    pub tip_reliability: &'static str,
    pub tip_sources: &'static str,
    pub tip_close: &'static str,
    pub publication_unknown: &'static str,
    pub low_reliability: &'static str,

    pub blackout_heading: &'static str,
    pub blackout_intro: &'static str,
    pub blackout_events_heading: &'static str,
    pub blackout_since: &'static str,
    pub blackout_until: &'static str,
    pub blackout_ongoing: &'static str,
    pub blackout_duration: &'static str,
    pub notes_heading: &'static str,
    pub notes_show: &'static str,
    pub verification_heading: &'static str,
    pub verification_intro: &'static str,
    pub disagreements_heading: &'static str,
    pub disagreements_intro: &'static str,
    pub history_heading: &'static str,
    pub history_intro: &'static str,
    pub context_heading: &'static str,
    pub context_show: &'static str,
    pub sources_heading: &'static str,
    pub sources_intro: &'static str,
    pub sources_show: &'static str,
    pub footer_updated: &'static str,
    pub footer_method: &'static str,

    // Words for the dataset's values, in the order of each enum's variants (a second locale replaces every one).
    /// `Basis`: confirmed, at least, official, estimate, range.
    pub basis_words: [&'static str; 5],
    /// `Counts`: deaths, protester deaths, named victims.
    pub counts_words: [&'static str; 3],
    /// `Reliability`: low, medium, high.
    pub reliability_words: [&'static str; 3],
    /// `Service`: internet, mobile, international calls, SMS, landline.
    pub service_words: [&'static str; 5],
    /// `EndKind`: full, partial.
    pub end_kind_words: [&'static str; 2],
    /// `ClaimantKind`: government, ngo, media, un, foreign government.
    pub claimant_kind_words: [&'static str; 5],
    /// Embedded views: story, chart, blackout, table, summary.
    pub embed_view_words: [&'static str; 5],
    /// A blackout event's state on a day: not yet, cut, partly restored, restored.
    pub cut_state_words: [&'static str; 4],
    /// `DisagreementKind`: same-day figures, breakdown sum, timing, figure.
    pub disagreement_kind_words: [&'static str; 4],
    /// `Topic`: blackout, verification, statement, context, history.
    pub topic_words: [&'static str; 5],
    /// `Method`: documented, official, unverified, as a phrase.
    pub method_words: [&'static str; 3],

    // Templates that set the order of words around a number.
    /// A connectivity reading's hedge (`Qualifier`: about, less than) around `{value}`.
    pub qualifier_templates: [&'static str; 2],
    /// A figure's hedge (`Hedge`: about, more than, as many as, up to) around `{value}`.
    pub hedge_templates: [&'static str; 4],
    /// "at least {value}": a stated minimum without its own hedge word.
    pub at_least_template: &'static str,
    /// An estimate: "{figure} (estimate)".
    pub estimate_template: &'static str,
    /// A confirmed count: "{figure} confirmed".
    pub confirmed_template: &'static str,
    /// A range: "{low}–{high}".
    pub range_template: &'static str,
    /// Shown where a number is missing (never a made-up one).
    pub unknown_value: &'static str,
    /// A label and its value, "{label}: {value}" (breakdowns, lists of figures).
    pub labelled: &'static str,
    /// Between the parts of a line ("claimant · figure · date").
    pub dot_sep: &'static str,
    /// Between a label and what it labels ("HRANA: at least 7,002").
    pub label_sep: &'static str,
    /// "{text} ({note})": a note after a text, e.g. "(derived)".
    pub parenthesised: &'static str,
    /// A blackout event's heading: "{services} · {scope} · {from}, {until}".
    pub event_head: &'static str,
    /// How an event ended: "{state} {until}, {duration}".
    pub event_ended: &'static str,
    /// A figure involved in a disagreement, in the "what was known" list and on a chart point's label.
    pub claim_line: &'static str,
    /// The tooltip's reliability line: "{reliability} — {note}".
    pub reliability_line: &'static str,
    /// A history figure's line: "{episode} · {who}: {figure} · {date}".
    pub history_line: &'static str,
    /// A duration of `{days}` days, by plural category: one, other (other covers every category but one).
    pub days_templates: [&'static str; 2],
}

pub const EN: Strings = Strings {
    lang: "en",
    intl_locale: "en-GB",
    dir: Dir::Ltr,
    number_grouping: "auto",
    chart_font: "system-ui, sans-serif",
    switch_label: "فارسی",
    switch_lang: "fa",
    dual_date: "{date}",
    translation_missing: "Some of the records' text could not be shown in English; it is shown in its original language.",
    save_data_note: "Your browser asks to save data, so the interactive chart, the story step by step and the downloads were not loaded.",
    save_data_offer: "Load them ({size})",
    size_kb: "{n} KB",
    static_needs_js: "The interactive chart, the story step by step and the downloads need JavaScript; they appear here once it has run.",
    frame_title: "Death tolls and the communication blackout",
    load_failed_title: "The figures could not be loaded",
    load_failed_not_found: "The data file was not found on the server (HTTP 404).",
    load_failed_status: "The server answered with an error (HTTP {status}).",
    load_failed_network: "The connection failed before the data arrived. You may be offline, or the connection may be filtered.",
    load_failed_timeout: "The data took longer than {seconds} seconds to arrive, so loading was stopped. The connection may be very slow or filtered.",
    load_failed_interrupted: "The connection broke while the data was arriving, so only part of it came.",
    load_failed_not_data: "The server sent a web page instead of the data. A network filter or a login page may be in the way.",
    load_failed_empty_embedded: "This copy of the explainer has lost its data: the file is damaged or incomplete. Ask for a fresh copy of the file.",
    load_refused: "This link asks for the data file “{path}”, which this page does not load: it only loads a file from its own data folder, written like data/name.json. Nothing was loaded.",
    load_no_dataset: "This page does not say which data file to show: its <meta name=dataset> tag is missing, or names a file outside its data folder.",
    retry: "Try again",
    invalid_title: "The data could not be shown",
    invalid_intro: "The data file has problems, so no figures are shown: nothing is better than something wrong. If you edit the dataset, fix these (the validator lists the same):",
    invalid_more: "…and {n} more.",

    check_title: "Check a dataset before publishing",
    check_intro: "Open your dataset, and its Persian text if it has one (the file named like the dataset, ending in .fa.json). This page lists every problem the validator finds, with where it is in the file. When there are no errors, it draws the explainer from the file, as readers will see it.",
    check_private: "Nothing is uploaded: the files are read by this browser, on this computer.",
    check_choose: "Open files",
    check_drop: "or drop them here",
    check_edition: "Show the explainer in",
    check_error: "Error",
    check_warning: "Warning",
    check_line_column: "line {line}, column {column}",
    check_file: "{file}: {errors}, {warnings}",
    check_errors: ["{n} error", "{n} errors"],
    check_warnings: ["{n} warning", "{n} warnings"],
    check_ignored: "{file}: not checked (open one dataset, and its Persian text ending in .fa.json)",
    check_no_dataset: "Only a Persian text was opened: open the dataset it belongs to as well.",
    check_unreadable: "{file}: this browser could not read the file.",
    check_no_translation: "No Persian text was opened, so the Persian edition shows the dataset’s own text.",
    check_preview: "The explainer drawn from {file}, as readers will see it:",
    check_needs_js: "This page checks a dataset in your browser, and needs JavaScript to do it. Without it, check a file with the command-line validator described in DATA.md.",

    summary_heading: "The gap",
    summary_official_label: "Official toll: {claimant}",
    summary_independent_label: "Deaths documented by {claimant}",
    summary_since: "given {date}",
    summary_as_of: "published {date}",
    summary_gap: "{claimant}'s count of {independent} ({independent_date}) is {difference} more than the official {official} ({official_date}): {ratio} times as many.",
    summary_gap_at_least: "{claimant}'s count of {independent} ({independent_date}) is at least {difference} more than the official {official} ({official_date}): at least {ratio} times as many.",
    summary_gap_note: "Derived: computed from the two figures above ({independent} − {official}, and {independent} ÷ {official}, cut to one decimal). They count different things: see below.",
    summary_method: "How it was arrived at: {method}",
    summary_gap_fewer: "{claimant}'s count of {independent} ({independent_date}) is {difference} fewer than the official {official} ({official_date}).",
    preview_alt: "{title}. {official_label}: {official}, {official_when}. {independent_label}: {independent}, {independent_when}. {chart}",
    preview_alt_chart: "{title}. {chart}",
    counts_split: "{counts}. Its own split: {parts}",
    part: "{value} {label}",
    list_sep: "; ",
    derived: "derived",

    view_chart: "Chart",
    view_table: "Table",
    views_label: "Show the figures as",
    filter_heading: "Show or hide",
    filter_kinds: "How the figure was arrived at",
    kind_documented: "Documented case by case",
    kind_official: "Stated by the state",
    kind_unverified: "Asserted, not verifiable",
    reset: "Show everything",
    window_heading: "Time window",
    window_from: "From",
    window_to: "To",
    download_heading: "Download",
    download_csv: "Data (CSV)",
    download_json: "Data (JSON)",
    download_svg: "Chart (SVG)",
    download_png: "Chart (PNG)",
    download_files: ["death-tolls.csv", "death-tolls.json", "death-tolls-chart.svg", "death-tolls-chart.png"],
    caption_source: "Source: {title}. Figures as published by each claimant; data updated {date}.",
    caption_view: "Showing {start} to {end}. {url}",
    table_caption: "Every figure shown in the chart, with its sources. Sort by a column with its button.",
    col_claimant: "Claimant",
    col_figure: "Figure",
    col_date: "Published",
    col_as_of: "As of",
    col_counts: "Counts",
    col_method: "How arrived at",
    col_reliability: "Reliability",
    col_sources: "Sources",
    legend_under_investigation: "Small hollow square: deaths the claimant was still investigating. Not deaths it counts, and never added to its figure.",
    story_heading: "The story, step by step",
    story_intro: "{n} steps through what happened and what was said, each with the chart as it bears on it. Move with the buttons or the arrow keys; on a wide screen, scrolling moves through them too. Each step has its own link.",
    story_intro_embedded: "{n} steps through what happened and what was said, each with the chart as it bears on it. Move with the buttons or the arrow keys. Each step has its own link.",
    story_next: "Next",
    story_prev: "Previous",
    story_position: "Step {n} of {total}",
    as_of_heading: "What was known on…",
    as_of_intro: "Pick a day to see each claimant's latest figure published by then, and what was cut that day.",
    as_of_day: "Day",
    as_of_latest: "Latest figure published by the end of that day",
    as_of_none: "Nothing published yet.",
    as_of_blackout: "Communications that day",
    cut_not_yet: "working",
    cut_cut: "cut",
    cut_partly: "partly restored",
    cut_restored: "restored",
    method_heading: "What each number counts",
    method_intro: "The figures are not measures of the same thing. Here is what each claimant counts, and how.",
    method_metrics: "How connectivity was measured",
    method_of_claimant: "How its figures here were arrived at: {methods}.",
    method_shared_origin: "Same origin: {summary}",
    compare_heading: "{years} on one scale",
    compare_intro: "Official figures, independent counts and estimates from each episode, drawn to the same scale. Hollow bars are estimates, not counts.",
    compare_current: "{year} (this dataset)",
    embed_source: "Source: {title}, data updated {date}.",
    embed_open_full: "Open the full explainer (new tab)",
    embed_button: "Embed",
    embed_heading: "Embed this explainer",
    embed_intro: "Paste this into your article. The iframe sizes itself with the small script; the plain iframe works where scripts are stripped, at a fixed height.",
    embed_view: "View",
    embed_theme: "Theme",
    embed_with_script: "Iframe with self-sizing script",
    embed_plain: "Plain iframe (no script)",
    embed_copy: "Copy",
    embed_copied: "Copied",
    theme_auto: "Follow the reader's setting",
    theme_light: "Light",
    theme_dark: "Dark",
    corrections_heading: "Corrections",
    corrections_none: "No corrections have been made to this dataset.",
    chart_heading: "Who said how many, and when",
    chart_intro: "Each mark is one published figure, placed on the day it was made public. Hover, tap or tab to a mark to see who said it and where to check it.",
    chart_title: "Death tolls claimed, by claimant and date, with the communication blackout",
    chart_desc: "{n} figures from {claimants} claimants between {start} and {end}. The shaded band is the internet blackout from {cut} to {restored}.",
    axis_deaths: "Deaths claimed",
    strip_services: "What was cut",
    strip_connectivity: "Connectivity, % of normal",
    band_label: "Internet cut",
    legend_claimants: "Claimants",
    legend_marks: "What the marks mean",
    legend_basis_confirmed: "Circle: the claimant called the figure confirmed.",
    legend_basis_at_least: "Circle with an arrow: the claimant gave a minimum (“at least”, “more than”); the true number may be higher.",
    legend_basis_official: "Square: an official toll.",
    legend_basis_estimate: "Diamond: the claimant called it an estimate, not a count.",
    legend_basis_range: "Bar: the claimant gave a low and a high figure.",
    legend_method_heading: "How each figure was arrived at",
    legend_method_documented: "Filled mark: documented case by case by the claimant (each death checked by name, identity or case).",
    legend_method_official: "Filled mark: stated on the record by the state or its institutions.",
    legend_method_unverified: "Hollow mark, dashed outline: asserted or estimated from sources nobody could check (unnamed officials, unpublished documents, hospital compilations).",
    legend_low: "Faint mark: low reliability (we are unsure the claimant said this on that day).",
    legend_band: "Shaded: nationwide internet blackout.",
    legend_step: "Lines join a claimant's successive documented or official counts; a count stands until its next update. Unverified figures are never joined.",
    point_hint: "{claimant}: {figure}, {date}",
    chart_points_label: "Data points: press Tab to enter, then the arrow keys to move between figures",
    chart_keys: "Left and right arrows move through time, up and down to the figure above or below, Home and End to the first and last. Escape closes the details.",

    tip_published: "Published",
    tip_as_of: "Data as of",
    tip_counts: "Counts",
    tip_method: "How it was arrived at",
    tip_shared_origin: "Same origin",
    tip_scope: "Only",
    tip_breakdown: "Breakdown",
    tip_including: "Including",
    tip_under_investigation: "Still under investigation (not included)",
    tip_reliability: "Reliability",
    tip_sources: "Sources",
    tip_close: "Close",
    publication_unknown: "publication date not known",
    low_reliability: "low reliability",

    blackout_heading: "The blackout",
    blackout_intro: "What was cut, when, and for how long, as the monitors and reports cited here recorded it.",
    blackout_events_heading: "What was cut",
    blackout_since: "from {date}",
    blackout_until: "until {date}",
    blackout_ongoing: "not restored by {date}",
    blackout_duration: "{duration} (derived)",
    notes_heading: "Dated notes on the blackout",
    notes_show: "Show all {n} notes, each with its sources",
    verification_heading: "Could anyone check the figures?",
    verification_intro: "Who said they could not verify the tolls, and why.",
    disagreements_heading: "Where sources disagree",
    disagreements_intro: "Sources that contradict each other are recorded, not resolved: here is each disagreement, with the records and pages involved.",
    history_heading: "Earlier episodes",
    history_intro: "Figures from earlier episodes, with the same care about who said what.",
    context_heading: "Context and statements",
    context_show: "Show {n} dated events and statements",
    sources_heading: "Sources",
    sources_intro: "Every figure above, with the pages it was taken from.",
    sources_show: "Show all {n} figures from {claimants} claimants, with their sources",
    footer_updated: "Data last updated {date}.",
    footer_method: "Figures are shown exactly as each claimant stated them; none is rounded or combined. Numbers marked derived are computed from them.",

    basis_words: ["confirmed", "at least", "official", "estimate", "range"],
    counts_words: [
        "deaths of people on all sides, as the claimant reported them",
        "protesters killed by state forces only, as the claimant reported them",
        "names on a published list of the dead",
    ],
    reliability_words: ["low", "medium", "high"],
    service_words: ["Internet", "Mobile networks", "International calls", "SMS", "Landlines"],
    end_kind_words: ["restored", "partly restored"],
    claimant_kind_words: ["state", "rights group", "news outlet", "United Nations", "foreign government"],
    embed_view_words: ["The story, step by step", "The toll chart", "The blackout", "The table of figures", "The summary card"],
    cut_state_words: ["working", "cut", "partly restored", "restored"],
    disagreement_kind_words: [
        "Different figures on the same day",
        "Parts that do not add up",
        "Different times or dates",
        "Different numbers for the same statement",
    ],
    topic_words: ["Blackout", "Verification", "Statement", "Context", "History"],
    method_words: [
        "documented case by case by the claimant",
        "stated on the record by the state",
        "asserted or estimated; nobody could verify it",
    ],
    qualifier_templates: ["about {value}", "less than {value}"],
    hedge_templates: ["about {value}", "more than {value}", "as many as {value}", "up to {value}"],
    at_least_template: "at least {value}",
    estimate_template: "{figure} (estimate)",
    confirmed_template: "{figure} confirmed",
    range_template: "{low}–{high}",
    unknown_value: "?",
    labelled: "{label}: {value}",
    dot_sep: " · ",
    label_sep: ": ",
    parenthesised: "{text} ({note})",
    days_templates: ["{days} day", "{days} days"],
    event_head: "{services} · {scope} · {from}, {until}",
    event_ended: "{state} {until}, {duration}",
    claim_line: "{claimant}: {figure}, {date}",
    reliability_line: "{reliability} — {note}",
    history_line: "{episode} · {who}: {figure} · {date}",

};

impl Strings {
    pub fn basis(&self, b: Basis) -> &'static str {
        self.basis_words[b as usize]
    }

    pub fn basis_legend(&self, b: Basis) -> &'static str {
        match b {
            Basis::Confirmed => self.legend_basis_confirmed,
            Basis::AtLeast => self.legend_basis_at_least,
            Basis::Official => self.legend_basis_official,
            Basis::Estimate => self.legend_basis_estimate,
            Basis::Range => self.legend_basis_range,
        }
    }

    pub fn counts(&self, c: Counts) -> &'static str {
        self.counts_words[c as usize]
    }

    pub fn reliability(&self, r: Reliability) -> &'static str {
        self.reliability_words[r as usize]
    }

    pub fn service(&self, s: Service) -> &'static str {
        self.service_words[s as usize]
    }

    pub fn end_kind(&self, k: EndKind) -> &'static str {
        self.end_kind_words[k as usize]
    }

    pub fn claimant_kind(&self, k: ClaimantKind) -> &'static str {
        self.claimant_kind_words[k as usize]
    }

    /// The filter's name for a method.
    pub fn kind(&self, m: Method) -> &'static str {
        match m {
            Method::Documented => self.kind_documented,
            Method::Official => self.kind_official,
            Method::Unverified => self.kind_unverified,
        }
    }

    /// How a figure was arrived at, in a phrase ("documented case by case by the claimant").
    pub fn method(&self, m: Method) -> &'static str {
        self.method_words[m as usize]
    }

    /// The legend's sentence for a method.
    pub fn method_legend(&self, m: Method) -> &'static str {
        match m {
            Method::Documented => self.legend_method_documented,
            Method::Official => self.legend_method_official,
            Method::Unverified => self.legend_method_unverified,
        }
    }

    pub fn disagreement_kind(&self, k: DisagreementKind) -> &'static str {
        self.disagreement_kind_words[k as usize]
    }

    pub fn topic(&self, t: Topic) -> &'static str {
        self.topic_words[t as usize]
    }

    /// A connectivity reading with its hedge: "about 1%".
    pub fn qualified(&self, q: Option<Qualifier>, value: &str) -> String {
        match q {
            Some(q) => fill(self.qualifier_templates[q as usize], &[("value", value)]),
            None => value.to_string(),
        }
    }

    /// A figure in the claimant's own terms: "at least 7,002", "about 2,000 (estimate)", "12,000–20,000".
    pub fn figure(&self, basis: Basis, hedge: Option<Hedge>, value: Option<&str>, low: Option<&str>, high: Option<&str>) -> String {
        let unknown = self.unknown_value;
        let v = match (basis, value) {
            (Basis::Range, _) => return fill(self.range_template, &[("low", low.unwrap_or(unknown)), ("high", high.unwrap_or(unknown))]),
            (_, Some(v)) => v,
            (_, None) => return unknown.to_string(),
        };
        let hedged = match hedge {
            Some(h) => fill(self.hedge_templates[h as usize], &[("value", v)]),
            None if basis == Basis::AtLeast => fill(self.at_least_template, &[("value", v)]),
            None => v.to_string(),
        };
        match basis {
            Basis::Estimate => fill(self.estimate_template, &[("figure", &hedged)]),
            Basis::Confirmed => fill(self.confirmed_template, &[("figure", &hedged)]),
            _ => hedged,
        }
    }

    /// A date where the reader checks it (tooltips, the table): in the locale's calendar, with the Gregorian date
    /// beside it where the locale's calendar is another.
    pub fn dual_date(&self, d: crate::date::Date, fmt: &dyn crate::format::Formatter) -> String {
        fill(self.dual_date, &[("date", &fmt.date(d)), ("gregorian", &fmt.gregorian_date(d))])
    }

    /// "{days} days", in the plural the formatter says.
    pub fn days(&self, n: u64, fmt: &dyn crate::format::Formatter) -> String {
        fill(Self::plural_form(&self.days_templates, n, fmt), &[("days", &fmt.integer(n))])
    }

    /// "{n} errors" and the like: `n` in the template of its plural (`[one, other]`).
    pub fn counted(templates: &[&str; 2], n: u64, fmt: &dyn crate::format::Formatter) -> String {
        fill(Self::plural_form(templates, n, fmt), &[("n", &fmt.integer(n))])
    }

    fn plural_form<'a>(templates: &[&'a str; 2], n: u64, fmt: &dyn crate::format::Formatter) -> &'a str {
        if fmt.plural(n) == crate::format::Plural::One {
            templates[0]
        } else {
            templates[1]
        }
    }
}

/// Replaces each `{key}` in `template` with its value.
pub fn fill(template: &str, pairs: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (k, v) in pairs {
        out = out.replace(&format!("{{{k}}}"), v);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_keep_their_terms() {
        let s = &EN;
        assert_eq!(s.figure(Basis::AtLeast, None, Some("7,002"), None, None), "at least 7,002");
        assert_eq!(s.figure(Basis::AtLeast, Some(Hedge::MoreThan), Some("6,800"), None, None), "more than 6,800");
        assert_eq!(s.figure(Basis::Estimate, Some(Hedge::About), Some("2,000"), None, None), "about 2,000 (estimate)");
        assert_eq!(s.figure(Basis::Estimate, Some(Hedge::AsManyAs), Some("30,000"), None, None), "as many as 30,000 (estimate)");
        assert_eq!(s.figure(Basis::Official, None, Some("3,117"), None, None), "3,117");
        assert_eq!(s.figure(Basis::Range, None, None, Some("12,000"), Some("20,000")), "12,000–20,000");
        assert_eq!(fill("{a} and {b}", &[("a", "1"), ("b", "2")]), "1 and 2");
    }
}
