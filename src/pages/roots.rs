use crate::components::{PageHeading, Paragraphs, RootsExplorer};
use crate::content::CONTENT;
use leptos::prelude::*;

/// `/roots`: the traditions the approach draws on.
#[component]
pub fn RootsPage() -> impl IntoView {
    let page = &CONTENT.pages.roots;
    view! {
        <article class="page">
            <PageHeading meta=&page.page />
            <div class="prose">
                <Paragraphs paragraphs=&page.intro />
            </div>
            <RootsExplorer roots=page />
        </article>
    }
}
