use crate::components::{PageHeading, PageLink, Paragraphs};
use crate::content::content;
use leptos::prelude::*;
use site_content::PageId;

/// Where the relay sends a visitor without the wasm once their request is
/// delivered (with the wasm, the form says so in place).
#[component]
pub fn RequestSentPage() -> impl IntoView {
    let page = &content().pages.request_sent;
    view! {
        <article class="page prose">
            <PageHeading meta=&page.page />
            <Paragraphs paragraphs=&page.text />
            <p>
                <PageLink page=PageId::Home class="button">
                    {page.home_link.as_str()}
                </PageLink>
            </p>
        </article>
    }
}
