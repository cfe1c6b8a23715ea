use super::Sections;
use crate::content::content;
use leptos::prelude::*;
use site_content::FormMode;

/// What to do if someone else uses the visitor's device, on the crisis and
/// privacy pages; where the consultation request opens an email, also what
/// that email leaves behind.
#[component]
pub fn BrowsingSafety() -> impl IntoView {
    let site = &content().site;
    let by_email = (content().pages.contact.form_mode() == FormMode::Email)
        .then(|| view! { <p>{site.browsing_safety_email.as_str()}</p> });
    view! {
        <div class="browsing-safety">
            <Sections sections=std::slice::from_ref(&site.browsing_safety) />
            {by_email}
        </div>
    }
}
