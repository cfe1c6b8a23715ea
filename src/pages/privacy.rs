use crate::components::{BrowsingSafety, PageHeading, Paragraphs, Sections};
use crate::content::content;
use crate::template::fill;
use leptos::prelude::*;
use site_content::FormMode;

/// `/privacy`: what the site collects and does not, in plain words.
#[component]
pub fn PrivacyPage() -> impl IntoView {
    let page = &content().pages.privacy;
    // Say what the form really does, as the content has set it up.
    let form = match content().pages.contact.form_mode() {
        FormMode::Relay(endpoint) => fill(page.form_by_relay.as_str(), &[("endpoint", endpoint)]),
        FormMode::Service(endpoint) => {
            fill(page.form_by_endpoint.as_str(), &[("endpoint", endpoint)])
        }
        FormMode::Email => fill(
            page.form_by_email.as_str(),
            &[("email", content().practice.email.as_str())],
        ),
    };
    view! {
        <article class="page prose">
            <PageHeading meta=&page.page />
            <Paragraphs paragraphs=&page.intro />
            <Sections sections=&page.sections />
            <section>
                <h2>{page.form_heading.as_str()}</h2>
                <p>{form}</p>
            </section>
            <BrowsingSafety />
        </article>
    }
}
