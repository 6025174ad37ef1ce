//! What the page shows while the data loads, when it cannot be fetched, and when it is invalid.

use std::sync::Arc;

use explainer_core::strings::{fill, EN};
use explainer_core::validate::Problem;
use leptos::prelude::*;

use crate::fetch::{FetchError, TIMEOUT_SECONDS};

/// How many problems the page lists before summarising the rest.
const SHOWN_PROBLEMS: usize = 8;

pub fn loading() -> impl IntoView {
    view! { <p class="status loading" data-testid="loading" role="status">{EN.loading}</p> }
}

pub fn failed(e: FetchError, retry: impl Fn() + 'static) -> impl IntoView {
    let detail = match e {
        FetchError::NotFound => EN.load_failed_not_found.to_string(),
        FetchError::Status(s) => fill(EN.load_failed_status, &[("status", &s.to_string())]),
        FetchError::Network => EN.load_failed_network.to_string(),
        FetchError::Timeout => fill(EN.load_failed_timeout, &[("seconds", &TIMEOUT_SECONDS.to_string())]),
        FetchError::Interrupted => EN.load_failed_interrupted.to_string(),
        FetchError::NotData => EN.load_failed_not_data.to_string(),
    };
    view! {
        <section class="status error" data-testid="load-error" role="alert">
            <h2>{EN.load_failed_title}</h2>
            <p>{detail}</p>
            <button type="button" data-testid="retry" on:click=move |_| retry()>{EN.retry}</button>
        </section>
    }
}

/// The page's frame while there is no dataset to take a title from.
pub fn frame() -> impl IntoView {
    view! { <header class="masthead"><h1>{EN.frame_title}</h1></header> }
}

pub fn invalid(problems: Arc<Vec<Problem>>, retry: impl Fn() + 'static) -> impl IntoView {
    let rest = problems.len().saturating_sub(SHOWN_PROBLEMS);
    let items = problems.iter().take(SHOWN_PROBLEMS).map(|p| view! { <li>{p.to_string()}</li> }).collect_view();
    view! {
        <section class="status error" data-testid="data-error" role="alert">
            <h2>{EN.invalid_title}</h2>
            <p>{EN.invalid_intro}</p>
            <ul class="problems">{items}</ul>
            {(rest > 0).then(|| view! { <p>{fill(EN.invalid_more, &[("n", &rest.to_string())])}</p> })}
            <button type="button" data-testid="retry" on:click=move |_| retry()>{EN.retry}</button>
        </section>
    }
}
