use crate::components::{PageIntro, RootsExplorer};
use crate::content::content;
use leptos::prelude::*;

/// `/roots`: the traditions the approach draws on.
#[component]
pub fn RootsPage() -> impl IntoView {
    let page = &content().pages.roots;
    view! {
        <article class="page">
            <PageIntro meta=&page.page intro=&page.intro />
            <RootsExplorer roots=page />
        </article>
    }
}
