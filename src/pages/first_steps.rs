use crate::components::{PageHeading, Paragraphs, StepThrough};
use crate::content::CONTENT;
use leptos::prelude::*;

/// `/first-steps`: from first message to first session, step by step.
#[component]
pub fn FirstStepsPage() -> impl IntoView {
    let page = &CONTENT.pages.first_steps;
    view! {
        <article class="page">
            <PageHeading meta=&page.page />
            <div class="prose">
                <Paragraphs paragraphs=&page.intro />
            </div>
            <StepThrough page />
        </article>
    }
}
