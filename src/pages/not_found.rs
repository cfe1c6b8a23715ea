use crate::components::{PageHeading, PageLink, Paragraphs};
use crate::content::content;
use leptos::prelude::*;
use site_content::{List, PageId, PageMeta, Paragraph};

/// Any unknown address: says so kindly and leads back.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let page = &content().pages.not_found;
    view! { <BriefPage meta=&page.page text=&page.text home_link=page.home_link.as_str() /> }
}

/// A page of a few paragraphs that leads to the home page.
#[component]
pub(super) fn BriefPage(
    /// Its `[page]` table.
    meta: &'static PageMeta,
    /// Its paragraphs.
    text: &'static List<Paragraph>,
    /// The words of its link to the home page.
    home_link: &'static str,
) -> impl IntoView {
    view! {
        <article class="page prose">
            <PageHeading meta />
            <Paragraphs paragraphs=text />
            <p>
                <PageLink page=PageId::Home class="button">
                    {home_link}
                </PageLink>
            </p>
        </article>
    }
}
