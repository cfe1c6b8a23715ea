//! The website of a relational psychotherapy practice.
//!
//! `App` holds the frame every page shares and the route table; each page
//! lives in `pages/`, each reusable widget in `components/`, and every word
//! comes from `content/` through [`content::CONTENT`].

pub mod components;
pub mod content;
pub mod pages;

use components::{CrisisStrip, HeadingFocus, SiteFooter, SiteHeader, SkipLink};
use content::CONTENT;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Html};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use pages::{ApproachPage, CrisisPage, HomePage, NotFoundPage, PowerAndCulturePage, RootsPage};

/// The id of `<main>`, the skip link's target.
pub const MAIN_ID: &str = "main";

/// The whole site: the shared frame and one route per page.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_context(HeadingFocus::default());
    view! {
        <Html {..} lang=CONTENT.site.language.as_str() />
        <Router>
            <SkipLink />
            <CrisisStrip />
            <SiteHeader />
            <main id=MAIN_ID tabindex="-1" class="site-main">
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage />
                    <Route path=path!("/relational-psychotherapy") view=ApproachPage />
                    <Route path=path!("/roots") view=RootsPage />
                    <Route path=path!("/power-and-culture") view=PowerAndCulturePage />
                    <Route path=path!("/crisis") view=CrisisPage />
                </Routes>
            </main>
            <SiteFooter />
        </Router>
    }
}
