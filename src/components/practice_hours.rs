use crate::content::content;
use leptos::prelude::*;

/// The practice's opening hours, one line each.
#[component]
pub fn PracticeHours(
    /// The list's class, for where it stands.
    class: &'static str,
) -> impl IntoView {
    view! {
        <ul class=class>
            {content()
                .practice
                .hours
                .iter()
                .map(|hours| view! { <li>{hours.as_str()}</li> })
                .collect_view()}
        </ul>
    }
}
