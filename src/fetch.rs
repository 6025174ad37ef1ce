//! Fetching the page's dataset (`source::choose`) over a relative URL (so the page works under any sub-path and inside iframes),
//! with a time limit: a stalled connection ends in a clear message, never an endless spinner. A page that carries
//! its data (the single-file offline edition, `scripts/offline.mjs`) holds each file in a
//! `<script type="application/json" id="URL">` element, read before any request.

use futures::future::{select, Either};
use gloo_net::http::Request;
use gloo_timers::future::TimeoutFuture;

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
    /// The page carries the file, but its element is empty (a damaged or truncated copy of the page).
    EmptyEmbedded,
    /// Nothing was fetched: the address asked for a file outside the site's `data/` folder, or the page names no
    /// dataset.
    Refused(explainer_core::source::Refusal),
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
            FetchError::EmptyEmbedded => Failure::EmptyEmbedded,
            FetchError::Refused(r) => Failure::Refused(r),
        }
    }
}

/// The file `url` as the page carries it: the text of its `<script type="application/json" id="URL">` element, if
/// there is one (`None`: fetch it). An element with nothing in it is an error, never an empty dataset.
fn embedded(url: &str) -> Option<Result<String, FetchError>> {
    let el = web_sys::window()?.document()?.get_element_by_id(url)?;
    let is_data = el.tag_name().eq_ignore_ascii_case("script")
        && el.get_attribute("type").is_some_and(|t| t.eq_ignore_ascii_case("application/json"));
    if !is_data {
        return None;
    }
    let text = el.text_content().unwrap_or_default();
    Some(if text.trim().is_empty() { Err(FetchError::EmptyEmbedded) } else { Ok(text) })
}

/// The text at `url` (relative to the page), or why not: from the page itself when it carries the file, else
/// fetched.
pub async fn text(url: &str) -> Result<String, FetchError> {
    if let Some(result) = embedded(url) {
        return result;
    }
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

/// Whether the page at `url` (relative to this one) exists: a `HEAD` request answered 2xx within the time limit.
pub async fn exists(url: &str) -> bool {
    let request = Box::pin(async {
        Request::get(url).method(gloo_net::http::Method::HEAD).send().await.is_ok_and(|r| (200..300).contains(&r.status()))
    });
    let timeout = TimeoutFuture::new(TIMEOUT_SECONDS * 1000);
    match select(request, timeout).await {
        Either::Left((ok, _)) => ok,
        Either::Right(_) => false,
    }
}
