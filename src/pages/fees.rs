use crate::components::{GoodFaithNotice, PageHeading, Paragraphs, Sections};
use crate::content::content;
use leptos::prelude::*;

/// `/fees`: what sessions cost, reduced fees, insurance, cancellations, and
/// the Good Faith Estimate notice.
#[component]
pub fn FeesPage() -> impl IntoView {
    let page = &content().pages.fees;
    view! {
        <article class="page prose" data-handout="columns">
            <PageHeading meta=&page.page />
            <Paragraphs paragraphs=&page.intro />
            <section aria-labelledby="fees-heading">
                <h2 id="fees-heading">{page.fees_heading.as_str()}</h2>
                <dl class="fee-list">
                    {page
                        .fees
                        .iter()
                        .map(|fee| {
                            view! {
                                <div class="fee-list__item">
                                    <dt>{fee.service.as_str()}</dt>
                                    <dd>{fee.amount.as_str()}</dd>
                                </div>
                            }
                        })
                        .collect_view()}
                </dl>
                <p>{page.fees_note.as_str()}</p>
            </section>
            <Sections sections=&page.sections />
            <GoodFaithNotice />
        </article>
    }
}
