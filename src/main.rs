//! The browser entry point. The page arrives complete as HTML; this sets up
//! the reactive system for its islands, which the start-up script then
//! hydrates one by one, and makes the glossary marks in the text work.

use practice_site::components::listen_for_term_toggles;

fn main() {
    leptos::mount::hydrate_islands();
    listen_for_term_toggles();
}
