use crate::components::{FaqList, PageHeading, Paragraphs};
use crate::content::content;
use leptos::prelude::*;

/// `/faq`: questions people ask, narrowed as you type.
#[component]
pub fn FaqPage() -> impl IntoView {
    let page = &content().pages.faq;
    view! {
        <article class="page prose">
            <PageHeading meta=&page.page />
            <Paragraphs paragraphs=&page.intro />
            <FaqList page />
        </article>
    }
}
