use crate::content::content;
use crate::MAIN_ID;
use leptos::prelude::*;

/// The first stop for keyboard users: a link past the header to the page's content.
#[component]
pub fn SkipLink() -> impl IntoView {
    view! {
        <a class="skip-link" href=format!("#{MAIN_ID}")>
            {content().site.skip_link.as_str()}
        </a>
    }
}
