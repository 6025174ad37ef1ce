//! Entry point: installs the panic hook (debug builds) and mounts the app. Everything else lives in the modules below.

mod address;
mod app;
mod components;
mod css;
mod download;
mod embed;
mod fetch;
mod intl;
mod locale;
mod still;
mod theme;

fn main() {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    // Into its own root beside the prerendered page, which it replaces when ready; the whole body otherwise.
    if components::check::is_check_page() {
        return leptos::mount::mount_to_body(components::check::Check);
    }
    match still::root() {
        Some(root) => leptos::mount::mount_to(root, app::App).forget(),
        None => leptos::mount::mount_to_body(app::App),
    }
}
