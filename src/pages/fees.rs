use crate::components::{GoodFaithNotice, PageHeading, Paragraphs, Sections};
use crate::content::content;
use crate::people::payer_sentences;
use leptos::prelude::*;

/// `/fees`: what sessions cost, reduced fees, insurance, cancellations,
/// where each clinician stands with Medicare and Medicaid, and the Good
/// Faith Estimate notice, where the practice's places call for them.
#[component]
pub fn FeesPage() -> impl IntoView {
    let page = &content().pages.fees;
    // Where each clinician stands with the public payers the practice's
    // packs describe (Medicare, each state's Medicaid): one sentence each,
    // made from their status, never written by hand.
    let heading = content()
        .jurisdictions
        .iter()
        .find_map(|pack| pack.medicare.as_ref())
        .map(|words| words.heading.as_str());
    let payers = heading.map(|heading| {
        view! {
            <section aria-labelledby="payers-heading">
                <h2 id="payers-heading">{heading}</h2>
                {payer_sentences(content())
                    .into_iter()
                    .map(|sentence| view! { <p>{sentence}</p> })
                    .collect_view()}
            </section>
        }
    });
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
            {payers}
            <GoodFaithNotice />
        </article>
    }
}
