//! Fetching the bundled dataset over a relative URL (so the page works under any sub-path and inside iframes),
//! with a time limit: a stalled connection ends in a clear message, never an endless spinner.

use futures::future::{select, Either};
use gloo_net::http::Request;
use gloo_timers::future::TimeoutFuture;

pub const DATASET_URL: &str = "data/iran-2026.json";
pub const TIMEOUT_SECONDS: u32 = 20;

#[derive(Debug, Clone, PartialEq)]
pub enum FetchError {
    NotFound,
    Status(u16),
    Network,
    Timeout,
}

pub async fn dataset_text() -> Result<String, FetchError> {
    let request = Box::pin(async {
        let resp = Request::get(DATASET_URL).send().await.map_err(|_| FetchError::Network)?;
        match resp.status() {
            200..=299 => resp.text().await.map_err(|_| FetchError::Network),
            404 => Err(FetchError::NotFound),
            s => Err(FetchError::Status(s)),
        }
    });
    let timeout = TimeoutFuture::new(TIMEOUT_SECONDS * 1000);
    match select(request, timeout).await {
        Either::Left((result, _)) => result,
        Either::Right(_) => Err(FetchError::Timeout),
    }
}
