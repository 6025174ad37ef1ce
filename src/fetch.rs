//! Fetching the bundled dataset over a relative URL (so the page works under any sub-path and inside iframes),
//! with a time limit: a stalled connection ends in a clear message, never an endless spinner.

use futures::future::{select, Either};
use gloo_net::http::Request;
use gloo_timers::future::TimeoutFuture;

pub const DATASET_URL: &str = "data/iran-2026.json";
pub const TIMEOUT_SECONDS: u32 = 20;

#[derive(Debug, Clone, PartialEq)]
pub enum FetchError {
    /// HTTP 404.
    NotFound,
    /// Another HTTP error status.
    Status(u16),
    /// The request failed before any answer (offline, blocked, DNS).
    Network,
    /// The answer started but the body broke off.
    Interrupted,
    /// No complete answer within [`TIMEOUT_SECONDS`].
    Timeout,
    /// The server sent a web page (a filter's block page, a login portal) instead of the data.
    NotData,
}

impl From<FetchError> for explainer_core::view::page::Failure {
    fn from(e: FetchError) -> Self {
        use explainer_core::view::page::Failure;
        match e {
            FetchError::NotFound => Failure::NotFound,
            FetchError::Status(s) => Failure::Status(s),
            FetchError::Network => Failure::Network,
            FetchError::Interrupted => Failure::Interrupted,
            FetchError::Timeout => Failure::Timeout(TIMEOUT_SECONDS),
            FetchError::NotData => Failure::NotData,
        }
    }
}

pub async fn dataset_text() -> Result<String, FetchError> {
    text(DATASET_URL).await
}

/// The text at `url` (relative to the page), or why not.
pub async fn text(url: &str) -> Result<String, FetchError> {
    let request = Box::pin(async {
        let resp = Request::get(url).send().await.map_err(|_| FetchError::Network)?;
        match resp.status() {
            200..=299 => {}
            404 => return Err(FetchError::NotFound),
            s => return Err(FetchError::Status(s)),
        }
        let html = resp.headers().get("content-type").is_some_and(|t| t.to_ascii_lowercase().contains("html"));
        let text = resp.text().await.map_err(|_| FetchError::Interrupted)?;
        if html || text.trim_start().starts_with('<') {
            return Err(FetchError::NotData);
        }
        Ok(text)
    });
    let timeout = TimeoutFuture::new(TIMEOUT_SECONDS * 1000);
    match select(request, timeout).await {
        Either::Left((result, _)) => result,
        Either::Right(_) => Err(FetchError::Timeout),
    }
}
