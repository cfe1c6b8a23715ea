use crate::content::{content, editions, main_edition, route_url};
use crate::current_route;
use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};
use site_content::PageMeta;

/// A page's `<head>` tags (title, description, canonical URL, link previews)
/// and its one `<h1>`.
#[component]
pub fn PageHeading(
    /// The page's `page.*` fields from its content file.
    #[prop(optional)]
    meta: Option<&'static PageMeta>,
    /// Or, for a page without a `[page]` table of its own (a clinician's):
    /// its title, description and heading.
    #[prop(optional)]
    words: Option<(String, String, String)>,
) -> impl IntoView {
    let (title, description, heading) = match (meta, words) {
        (Some(meta), _) => (
            meta.title.as_str().to_owned(),
            meta.description.as_str().to_owned(),
            meta.heading.as_str().to_owned(),
        ),
        (None, Some(words)) => words,
        (None, None) => unreachable!("a page heading needs its page's words"),
    };
    // A page without an address of its own (not found) is kept out of search.
    let address = match current_route() {
        Some(route) => {
            let url = route_url(content(), route);
            // The same page in every language, and which one to offer when
            // none of them is the reader's.
            let alternates = editions()
                .iter()
                .map(|edition| {
                    view! {
                        <Link
                            rel="alternate"
                            hreflang=edition.site.language.as_str()
                            href=route_url(edition, route)
                        />
                    }
                })
                .collect_view();
            view! {
                <Link rel="canonical" href=url.clone() />
                {alternates}
                <Link rel="alternate" hreflang="x-default" href=route_url(main_edition(), route) />
                <Meta property="og:url" content=url />
                <Meta property="og:locale" content=content().site.language.as_str() />
            }
            .into_any()
        }
        None => view! { <Meta name="robots" content="noindex" /> }.into_any(),
    };
    let unlisted = current_route()
        .is_some_and(|route| !route.is_listed())
        .then(|| view! { <Meta name="robots" content="noindex" /> });
    view! {
        <Title text=title.clone() />
        {unlisted}
        <Meta name="description" content=description.clone() />
        {address}
        <Meta property="og:type" content="website" />
        <Meta property="og:site_name" content=content().practice.name.as_str() />
        <Meta property="og:title" content=title.clone() />
        <Meta property="og:description" content=description.clone() />
        <Meta name="twitter:card" content="summary" />
        <Meta name="twitter:title" content=title />
        <Meta name="twitter:description" content=description />
        <h1 class="page-heading">
            {heading}
        </h1>
    }
}
