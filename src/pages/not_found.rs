use crate::components::{PageHeading, Paragraphs};
use crate::content::content;
use crate::page_href;
use leptos::prelude::*;
use leptos_router::components::A;

/// Any unknown address: says so kindly and leads back.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let page = &content().pages.not_found;
    view! {
        <article class="page prose">
            <PageHeading meta=&page.page />
            <Paragraphs paragraphs=&page.text />
            <p>
                <A href=page_href("") attr:class="button">
                    {page.home_link.as_str()}
                </A>
            </p>
        </article>
    }
}
