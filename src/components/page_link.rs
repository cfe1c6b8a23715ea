use crate::{current_page, page_href, PageId};
use leptos::prelude::*;

/// A link to a page of the site in the page's own language, marked
/// `aria-current="page"` on that page itself.
#[component]
pub fn PageLink(
    /// The page linked to.
    page: PageId,
    /// The link's class.
    #[prop(optional)]
    class: Option<&'static str>,
    /// The link's words.
    children: Children,
) -> impl IntoView {
    let current = (current_page() == Some(page)).then_some("page");
    view! {
        <a href=page_href(page) class=class aria-current=current>
            {children()}
        </a>
    }
}
