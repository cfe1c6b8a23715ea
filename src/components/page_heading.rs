use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use site_content::PageMeta;

/// A page's browser title, search description and its one `<h1>`.
#[component]
pub fn PageHeading(
    /// The page's `page.*` fields from its content file.
    meta: &'static PageMeta,
) -> impl IntoView {
    view! {
        <Title text=meta.title.as_str() />
        <Meta name="description" content=meta.description.as_str() />
        // Focusable from script so that navigation can move focus here.
        <h1 class="page-heading" tabindex="-1">
            {meta.heading.as_str()}
        </h1>
    }
}
