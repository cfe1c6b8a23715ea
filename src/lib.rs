//! The website of a relational psychotherapy practice.
//!
//! `App` holds the frame every page shares and the route table; each page
//! lives in `pages/`, each reusable widget in `components/`, and every word
//! comes from `content/` through [`content::CONTENT`].
//!
//! Every route is rendered to HTML at build time. In the browser only the
//! islands (`#[island]`: the navigation, tabs, filters, steps and form) come
//! to life, so the wasm carries neither the router nor the static pages.

// The whole site is one view tree; its type is deeper than the default limit.
#![recursion_limit = "256"]

pub mod components;
pub mod consultation;
pub mod content;
pub mod dom;
#[cfg(not(target_arch = "wasm32"))]
pub mod headers;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod reading_preferences;
pub mod roving;
#[cfg(feature = "ssr")]
pub mod shell;
pub mod text_filter;

use components::{CrisisStrip, SiteFooter, SiteHeader, SkipLink, TermIds};
use content::{content, current_language, language_prefix};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Html, Link};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use pages::{
    ApproachPage, ContactPage, CrisisPage, FaqPage, FeesPage, FirstStepsPage, GlossaryPage,
    HomePage, NotFoundPage, PowerAndCulturePage, PrivacyPage, RootsPage, WhoItHelpsPage,
};

/// The id of `<main>`, the skip link's target.
pub const MAIN_ID: &str = "main";

/// The path the site is served under, without a trailing slash: empty at a
/// domain's root, `/practice` for `https://example.org/practice/`. Set by
/// `SITE_BASE` at build time (`scripts/build --base /practice`).
pub const BASE: &str = match option_env!("SITE_BASE") {
    Some(base) => base,
    None => "",
};

/// The address of the page at `slug` (`""` for home) in the page's own
/// language, base path included. Every link to a page goes through here:
/// the router leaves absolute paths as they are.
pub fn page_href(slug: &str) -> String {
    page_href_in(current_language(), slug)
}

/// The address of the page at `slug` in `language`.
pub fn page_href_in(language: &str, slug: &str) -> String {
    format!("{BASE}{}/{slug}", language_prefix(language))
}

/// The slug of the page being pre-rendered (`""` for home), from its route.
pub fn current_slug() -> String {
    let path = leptos_router::hooks::use_location()
        .pathname
        .get_untracked();
    let path = path.strip_prefix(BASE).unwrap_or(&path);
    let prefix = language_prefix(current_language());
    let path = path.strip_prefix(prefix.as_str()).unwrap_or(path);
    path.trim_matches('/').to_owned()
}

/// In the browser: sets up the reactive system that the pre-rendered page's
/// islands hydrate into; the start-up script then hydrates each one. (Calling
/// into this crate also links its islands into the wasm.)
#[cfg(feature = "hydrate")]
pub fn hydrate() {
    leptos::mount::hydrate_islands();
}

/// The whole site: the shared frame and one route per page.
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
        <Router base=format!("{BASE}{}", language_prefix(current_language()))>
            <SkipLink />
            <CrisisStrip />
            <SiteHeader />
            <main id=MAIN_ID tabindex="-1" class="site-main">
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage />
                    <Route path=path!("/relational-psychotherapy") view=ApproachPage />
                    <Route path=path!("/roots") view=RootsPage />
                    <Route path=path!("/power-and-culture") view=PowerAndCulturePage />
                    <Route path=path!("/glossary") view=GlossaryPage />
                    <Route path=path!("/who-it-helps") view=WhoItHelpsPage />
                    <Route path=path!("/first-steps") view=FirstStepsPage />
                    <Route path=path!("/faq") view=FaqPage />
                    <Route path=path!("/fees") view=FeesPage />
                    <Route path=path!("/contact") view=ContactPage />
                    <Route path=path!("/privacy") view=PrivacyPage />
                    <Route path=path!("/crisis") view=CrisisPage />
                </Routes>
            </main>
            <SiteFooter />
        </Router>
    }
}
