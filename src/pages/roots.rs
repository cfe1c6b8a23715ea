use crate::components::{PageIntro, RootsExplorer};
use crate::content::CONTENT;
use leptos::prelude::*;

/// `/roots`: the traditions the approach draws on.
#[component]
pub fn RootsPage() -> impl IntoView {
    let page = &CONTENT.pages.roots;
    view! {
        <article class="page">
            <PageIntro meta=&page.page intro=&page.intro />
            <RootsExplorer roots=page />
        </article>
    }
}
