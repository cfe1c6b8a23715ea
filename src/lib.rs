//! The website of a relational psychotherapy practice.
//!
//! `App` holds the frame every page shares and the route table; each page
//! lives in `pages/`, each reusable widget in `components/`, and every word
//! comes from `content/` through [`content::CONTENT`].

// The whole site is one view tree; its type is deeper than the default limit.
#![recursion_limit = "256"]

pub mod components;
pub mod consultation;
pub mod content;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod text_filter;

use components::{CrisisStrip, HeadingFocus, SiteFooter, SiteHeader, SkipLink, TermIds};
use content::CONTENT;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Html};
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

/// The address of the page at `slug` (`""` for home), base path included.
/// Every link to a page goes through here: the router leaves absolute
/// paths as they are.
pub fn page_href(slug: &str) -> String {
    format!("{BASE}/{slug}")
}

/// The whole site: the shared frame and one route per page.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_context(HeadingFocus::default());
    provide_context(TermIds::default());
    view! {
        <Html {..} lang=CONTENT.site.language.as_str() />
        <Router base=BASE>
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
