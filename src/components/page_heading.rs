use crate::content::CONTENT;
use leptos::html;
use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};
use site_content::PageMeta;

/// Whether a page has been shown yet: the first page keeps the browser's own
/// focus; every later one, reached by in-app navigation, focuses its heading
/// so keyboard and screen-reader users start where a page load would put them.
#[derive(Clone, Copy)]
pub struct HeadingFocus {
    shown_a_page: StoredValue<bool>,
}

impl Default for HeadingFocus {
    fn default() -> Self {
        Self {
            shown_a_page: StoredValue::new(false),
        }
    }
}

/// A page's `<head>` tags (title, description, canonical URL, link previews)
/// and its one `<h1>`.
#[component]
pub fn PageHeading(
    /// The page's `page.*` fields from its content file.
    meta: &'static PageMeta,
) -> impl IntoView {
    let heading = NodeRef::<html::H1>::new();
    let focus = use_context::<HeadingFocus>();
    Effect::new(move |_| {
        let (Some(focus), Some(heading)) = (focus, heading.get()) else {
            return;
        };
        if focus.shown_a_page.get_value() {
            let _ = heading.focus();
        } else {
            focus.shown_a_page.set_value(true);
        }
    });
    let title = meta.title.as_str();
    let description = meta.description.as_str();
    // A page without an address of its own (not found) is kept out of search.
    let address = match CONTENT.slug_of(meta) {
        Some(slug) => {
            let url = CONTENT.canonical_url(slug);
            view! {
                <Link rel="canonical" href=url.clone() />
                <Meta property="og:url" content=url />
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
        <Meta property="og:site_name" content=CONTENT.practice.name.as_str() />
        <Meta property="og:title" content=title />
        <Meta property="og:description" content=description />
        <Meta name="twitter:card" content="summary" />
        <Meta name="twitter:title" content=title />
        <Meta name="twitter:description" content=description />
        // tabindex -1: focusable from script, not in the Tab order.
        <h1 class="page-heading" tabindex="-1" node_ref=heading>
            {meta.heading.as_str()}
        </h1>
    }
}
