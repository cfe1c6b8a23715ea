use crate::content::content;
use leptos::prelude::*;

/// The places to look for a therapist elsewhere (from `contact.toml`), each
/// linked with what it offers.
#[component]
pub fn ElsewhereList() -> impl IntoView {
    view! {
        <ul>
            {content()
                .pages
                .contact
                .elsewhere
                .iter()
                .map(|link| view! {
                    <li>
                        <a href=link.url.as_str()>{link.label.as_str()}</a>
                        ": " {link.description.as_str()}
                    </li>
                })
                .collect_view()}
        </ul>
    }
}
