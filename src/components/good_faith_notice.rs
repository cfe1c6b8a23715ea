use crate::content::content;
use leptos::prelude::*;

/// The US Good Faith Estimate notice for uninsured and self-pay clients,
/// where the practice's packs require it.
#[component]
pub fn GoodFaithNotice() -> impl IntoView {
    let notice = content().pages.fees.good_faith_estimate.as_ref()?;
    Some(view! {
        <section class="good-faith" aria-labelledby="good-faith-heading">
            <h2 id="good-faith-heading" class="good-faith__heading">{notice.heading.as_str()}</h2>
            // Plain paragraphs: legal wording carries no glossary marks.
            {notice
                .paragraphs
                .iter()
                .map(|paragraph| view! { <p>{paragraph.plain_text()}</p> })
                .collect_view()}
            <p>
                {notice.learn_more.as_str()} " "
                <a class="good-faith__address" href=notice.learn_more_url.as_str()>{notice.learn_more_url.as_str().trim_start_matches("https://")}</a>
                " " {notice.learn_more_call.as_str()} " "
                <a href=notice.phone.href()>{notice.phone.display()}</a> "."
            </p>
        </section>
    })
}
