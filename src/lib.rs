//! The explainer's Leptos app. Its components are the only place the page's markup is written: the build renders
//! them on the host for every door (`ssr`, build/), and the browser takes that page over (`hydrate`, `app::start`).
//!
//! Layers, top to bottom (a module uses only those below it): `app` (the browser's start: find the door, load, take
//! over) and `check_page`; `page` (the explainer's sections for a dataset); `components` (each places a view model
//! from the core); `context` (what the page gives its components); the browser's edges (`address`, `fetch`, `intl`,
//! `embed`, `download`, `theme`), `locale` and `css`.

pub mod address;
pub mod app;
pub mod check_page;
pub mod components;
pub mod context;
pub mod css;
pub mod download;
pub mod embed;
pub mod fetch;
pub mod intl;
pub mod locale;
pub mod page;
pub mod theme;
