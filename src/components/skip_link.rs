use crate::content::CONTENT;
use crate::MAIN_ID;
use leptos::prelude::*;

/// The first stop for keyboard users: a link past the header to the page's content.
#[component]
pub fn SkipLink() -> impl IntoView {
    view! {
        <a class="skip-link" href=format!("#{MAIN_ID}")>
            {CONTENT.site.skip_link.as_str()}
        </a>
    }
}
