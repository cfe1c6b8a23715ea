use leptos::html;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
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

/// A page's browser title, search description and its one `<h1>`.
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
    view! {
        <Title text=meta.title.as_str() />
        <Meta name="description" content=meta.description.as_str() />
        // tabindex -1: focusable from script, not in the Tab order.
        <h1 class="page-heading" tabindex="-1" node_ref=heading>
            {meta.heading.as_str()}
        </h1>
    }
}
