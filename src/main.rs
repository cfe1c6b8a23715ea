//! The browser entry point: takes over the pre-rendered page, or renders it
//! from scratch where a host served the bare shell.

// The whole site is one view tree; its type is deeper than the default limit.
#![recursion_limit = "256"]

use leptos::prelude::document;
use practice_site::App;

fn main() {
    console_error_panic_hook::set_once();
    let prerendered = document()
        .body()
        .is_some_and(|body| body.child_element_count() > 0);
    if prerendered {
        leptos::mount::hydrate_body(App);
    } else {
        leptos::mount::mount_to_body(App);
    }
}
