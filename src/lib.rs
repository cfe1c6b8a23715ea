//! The website of a relational psychotherapy practice.
//!
//! `App` holds the frame every page shares and the route table; each page
//! lives in `pages/`, each reusable widget in `components/`, and every word
//! comes from `content/` through [`content::CONTENT`].

pub mod components;
pub mod content;
pub mod pages;

use components::{CrisisStrip, SiteFooter, SiteHeader, SkipLink};
use content::CONTENT;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Html};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;
use pages::{ApproachPage, CrisisPage, HomePage, NotFoundPage, PowerAndCulturePage, RootsPage};

/// The id of `<main>`, the skip link's target.
pub const MAIN_ID: &str = "main";

/// The whole site: the shared frame and one route per page.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Html {..} lang=CONTENT.site.language.as_str() />
        <Router>
            <FocusOnNavigation />
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

/// Moves focus to the new page's heading after an in-app navigation, so
/// keyboard and screen-reader users start reading where a full page load
/// would have put them.
#[component]
fn FocusOnNavigation() -> impl IntoView {
    let pathname = use_location().pathname;
    Effect::new(move |previous: Option<String>| {
        let current = pathname.get();
        if previous.is_some_and(|previous| previous != current) {
            let heading = document()
                .query_selector("h1")
                .ok()
                .flatten()
                .and_then(|heading| {
                    wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(heading).ok()
                });
            if let Some(heading) = heading {
                let _ = heading.focus();
            }
        }
        current
    });
}
