use crate::components::{PageHeading, Paragraphs, Sections};
use crate::content::content;
use leptos::prelude::*;

/// `/power-and-culture`: power, culture and difference, in life and in the room.
#[component]
pub fn PowerAndCulturePage() -> impl IntoView {
    let page = &content().pages.power_and_culture;
    view! {
        <article class="page prose">
            <PageHeading meta=&page.page />
            <Paragraphs paragraphs=&page.intro />
            <Sections sections=&page.sections />
        </article>
    }
}
