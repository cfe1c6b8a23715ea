use crate::components::{PageIntro, PrincipleCard};
use crate::content::CONTENT;
use leptos::prelude::*;

/// `/relational-psychotherapy`: the practice's own words and its principles.
#[component]
pub fn ApproachPage() -> impl IntoView {
    let page = &CONTENT.pages.approach;
    view! {
        <article class="page">
            <PageIntro meta=&page.page intro=&page.paragraphs />
            <section class="principles" aria-labelledby="principles-heading">
                <h2 id="principles-heading">{page.principles_heading.as_str()}</h2>
                <p class="principles__intro">{page.principles_intro.as_str()}</p>
                <ol class="principles__list">
                    {page
                        .principles
                        .iter()
                        .enumerate()
                        .map(|(index, principle)| {
                            view! {
                                <PrincipleCard
                                    principle
                                    index
                                    in_practice_label=page.in_practice_label.as_str()
                                />
                            }
                        })
                        .collect_view()}
                </ol>
            </section>
        </article>
    }
}
