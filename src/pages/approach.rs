use crate::components::{PageIntro, PrincipleList};
use crate::content::content;
use leptos::prelude::*;

/// `/relational-psychotherapy`: the practice's own words and its principles.
#[component]
pub fn ApproachPage() -> impl IntoView {
    let page = &content().pages.approach;
    view! {
        <article class="page">
            <PageIntro meta=&page.page intro=&page.paragraphs />
            <section class="principles" aria-labelledby="principles-heading">
                <h2 id="principles-heading">{page.principles_heading.as_str()}</h2>
                <p class="principles__intro">{page.principles_intro.as_str()}</p>
                <PrincipleList page />
            </section>
        </article>
    }
}
