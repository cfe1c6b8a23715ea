use crate::components::{PageHeading, PageLink, Paragraphs};
use crate::content::content;
use leptos::prelude::*;
use site_content::PageId;

/// Any unknown address: says so kindly and leads back.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let page = &content().pages.not_found;
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
