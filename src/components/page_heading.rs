use crate::content::{content, editions, main_edition, page_url};
use crate::current_page;
use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};
use site_content::PageMeta;

/// A page's `<head>` tags (title, description, canonical URL, link previews)
/// and its one `<h1>`.
#[component]
pub fn PageHeading(
    /// The page's `page.*` fields from its content file.
    meta: &'static PageMeta,
) -> impl IntoView {
    let title = meta.title.as_str();
    let description = meta.description.as_str();
    // A page without an address of its own (not found) is kept out of search.
    let address = match current_page() {
        Some(page) => {
            let url = page_url(content(), page);
            // The same page in every language, and which one to offer when
            // none of them is the reader's.
            let alternates = editions()
                .iter()
                .map(|edition| {
                    view! {
                        <Link
                            rel="alternate"
                            hreflang=edition.site.language.as_str()
                            href=page_url(edition, page)
                        />
                    }
                })
                .collect_view();
            view! {
                <Link rel="canonical" href=url.clone() />
                {alternates}
                <Link rel="alternate" hreflang="x-default" href=page_url(main_edition(), page) />
                <Meta property="og:url" content=url />
                <Meta property="og:locale" content=content().site.language.as_str() />
            }
            .into_any()
        }
        None => view! { <Meta name="robots" content="noindex" /> }.into_any(),
    };
    view! {
        <Title text=title />
        <Meta name="description" content=description />
        {address}
        <Meta property="og:type" content="website" />
        <Meta property="og:site_name" content=content().practice.name.as_str() />
        <Meta property="og:title" content=title />
        <Meta property="og:description" content=description />
        <Meta name="twitter:card" content="summary" />
        <Meta name="twitter:title" content=title />
        <Meta name="twitter:description" content=description />
        <h1 class="page-heading">
            {meta.heading.as_str()}
        </h1>
    }
}
