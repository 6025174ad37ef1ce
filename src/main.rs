//! Entry point: installs the panic hook and mounts the app. Everything else lives in the modules below.

mod address;
mod app;
mod components;
mod css;
mod download;
mod embed;
mod fetch;
mod intl;
mod locale;
mod theme;

fn main() {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
