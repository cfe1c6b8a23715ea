use crate::components::{PageIntro, PageLink, Prose};
use crate::content::content;
use leptos::prelude::*;
use site_content::PageId;

/// `/who-it-helps`: the difficulties people bring, what relational therapy
/// offers for each, and honestly what it is not for.
#[component]
pub fn WhoItHelpsPage() -> impl IntoView {
    let page = &content().pages.who_it_helps;
    view! {
        <article class="page">
            <PageIntro meta=&page.page intro=&page.intro />
            <section aria-labelledby="concerns-heading">
                <h2 id="concerns-heading">{page.concerns_heading.as_str()}</h2>
                <ul class="card-list card-list--two">
                    {page
                        .concerns
                        .iter()
                        .map(|concern| {
                            view! {
                                <li class="concern">
                                    <h3 class="concern__title">{concern.title.as_str()}</h3>
                                    <p><Prose paragraph=&concern.description /></p>
                                    <p class="concern__offer">
                                        <strong class="concern__offer-label">
                                            {page.offer_label.as_str()}
                                        </strong>
                                        " "
                                        <Prose paragraph=&concern.offer />
                                    </p>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
            <section class="prose not-for" aria-labelledby="not-for-heading">
                <h2 id="not-for-heading">{page.not_for_heading.as_str()}</h2>
                <ul>
                    {page
                        .not_for
                        .iter()
                        .map(|reason| view! { <li><Prose paragraph=reason /></li> })
                        .collect_view()}
                </ul>
                <p>
                    <PageLink page=PageId::Crisis class="button">
                        {page.crisis_link.as_str()}
                    </PageLink>
                </p>
            </section>
        </article>
    }
}
