use crate::components::{PageHeading, Paragraphs, Sections};
use crate::content::CONTENT;
use leptos::prelude::*;

/// `/privacy`: what the site collects and does not, in plain words.
#[component]
pub fn PrivacyPage() -> impl IntoView {
    let page = &CONTENT.pages.privacy;
    view! {
        <article class="page prose">
            <PageHeading meta=&page.page />
            <Paragraphs paragraphs=&page.intro />
            <Sections sections=&page.sections />
        </article>
    }
}
