use crate::components::{PageHeading, Paragraphs};
use crate::content::CONTENT;
use leptos::prelude::*;

/// `/power-and-culture`: power, culture and difference, in life and in the room.
#[component]
pub fn PowerAndCulturePage() -> impl IntoView {
    let page = &CONTENT.pages.power_and_culture;
    view! {
        <article class="page prose">
            <PageHeading meta=&page.page />
            <Paragraphs paragraphs=&page.intro />
            {page
                .sections
                .iter()
                .map(|section| {
                    view! {
                        <section>
                            <h2>{section.heading.as_str()}</h2>
                            <Paragraphs paragraphs=&section.paragraphs />
                        </section>
                    }
                })
                .collect_view()}
        </article>
    }
}
