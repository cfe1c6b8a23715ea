//! The website of a relational psychotherapy practice.
//!
//! `App` holds the frame every page shares; each page lives in `pages/`
//! (which page renders at which address comes from the page registry,
//! [`PageId`]), each reusable widget in `components/`, and every word comes
//! from `content/`, read when the site is generated ([`content`]).
//!
//! Every route is rendered to HTML at build time. In the browser only the
//! islands (`#[island]`: the navigation, reading preferences, tabs, filters,
//! steps and form) come to life, so the wasm carries neither the static
//! pages nor any content.

// The whole site is one view tree; its type is deeper than the default limit.
#![recursion_limit = "256"]

#[cfg(feature = "ssr")]
pub mod admin;
pub mod components;
pub mod content;
pub mod dom;
#[cfg(not(target_arch = "wasm32"))]
pub mod headers;
pub mod pages;
pub mod people;
pub mod photos;
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod reading_preferences;
pub mod roving;
#[cfg(feature = "ssr")]
pub mod shell;
pub mod template;
pub mod text_filter;

use components::{CrisisStrip, SiteFooter, SiteHeader, SkipLink, TermIds};
use content::{base, content, current_language, language_prefix};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Html, Link};
pub use site_content::{PageId, Route};

/// The id of `<main>`, the skip link's target.
pub const MAIN_ID: &str = "main";

/// The address of `page` in the page's own language, base path included.
/// Every link to a page goes through here.
pub fn page_href(page: PageId) -> String {
    route_href(Route::Page(page))
}

/// The address of `route` in the page's own language.
pub fn route_href(route: Route) -> String {
    route_href_in(current_language(), route)
}

/// The address of `route` in `language` (each edition lists the same
/// clinicians, so a route means the same page in every language).
pub fn route_href_in(language: &str, route: Route) -> String {
    format!(
        "{}{}/{}",
        base(),
        language_prefix(language),
        content().route_path(route)
    )
}

/// The page a content reference names (`pages = ["roots"]`): the content
/// check has made sure there is one.
pub fn referred_page(reference: &site_content::Ref) -> PageId {
    PageId::from_slug(reference.id()).expect("the content check guarantees the page exists")
}

/// The address being pre-rendered, given to `App` as context: `None` for
/// the not-found page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CurrentRoute(pub Option<Route>);

/// The address being pre-rendered (`None` for the not-found page).
pub fn current_route() -> Option<Route> {
    use_context::<CurrentRoute>().and_then(|current| current.0)
}

/// The registry's page being pre-rendered, if it is one.
pub fn current_page() -> Option<PageId> {
    match current_route()? {
        Route::Page(page) => Some(page),
        Route::Clinician(_) => None,
    }
}

/// In the browser: sets up the reactive system that the pre-rendered page's
/// islands hydrate into; the start-up script then hydrates each one. (Calling
/// into this crate also links its islands into the wasm.)
#[cfg(feature = "hydrate")]
pub fn hydrate() {
    leptos::mount::hydrate_islands();
}

/// The whole site: the shared frame around the current page.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_context(TermIds::default());
    view! {
        <Html {..} lang=content().site.language.as_str() />
        // No frame is painted before the page's main content is parsed: a
        // slow parse painted in parts would move what was shown (the
        // header's tools, right-aligned, as the ones after them arrive).
        <Link rel="expect" href=format!("#{MAIN_ID}") blocking="render" />
        <SkipLink />
        <CrisisStrip />
        <SiteHeader />
        <main id=MAIN_ID tabindex="-1" class="site-main">
            {pages::page_view(current_route())}
        </main>
        <SiteFooter />
    }
}
