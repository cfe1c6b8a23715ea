use crate::components::{PageHeading, Paragraphs, Sections};
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
            <Sections sections=&page.sections />
        </article>
    }
}
