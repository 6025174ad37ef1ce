//! The browser's entry point: everything is in the library (`app::start`), which the build's renderer shares.

fn main() {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    #[cfg(feature = "hydrate")]
    toll_explainer::app::start();
}
