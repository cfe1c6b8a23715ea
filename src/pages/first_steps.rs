use crate::components::{PageIntro, StepThrough};
use crate::content::content;
use leptos::prelude::*;

/// `/first-steps`: from first message to first session, step by step.
#[component]
pub fn FirstStepsPage() -> impl IntoView {
    let page = &content().pages.first_steps;
    view! {
        <article class="page" data-handout>
            <PageIntro meta=&page.page intro=&page.intro />
            <StepThrough page />
        </article>
    }
}
