use leptos::prelude::*;
use site_content::{Limit, Question, Text};

/// The class of each question.
pub const ITEM: &str = "faq-item";

/// The class of each text of a question that the FAQ filter searches and
/// highlights in: the question itself first, then each paragraph of its
/// answer.
pub const FILTER_TEXT: &str = "faq-item__text";

/// One question: a disclosure (`<details>`) whose answer opens on click.
#[component]
pub fn FaqItem(
    /// The question and its answer.
    question: &'static Question,
    /// The law's limits to confidentiality, listed under this answer after
    /// their lead-in, each with its place.
    limits: Option<(&'static Text, Vec<(&'static str, &'static Limit)>)>,
) -> impl IntoView {
    let limits = limits.map(|(intro, limits)| {
        view! {
            <p class=FILTER_TEXT>{intro.as_str()}</p>
            <ul class="faq-item__limits">
                {limits
                    .into_iter()
                    .map(|(place, limit)| view! {
                        <li>
                            {place} ": " <span class=FILTER_TEXT>{limit.statement.as_str()}</span>
                            " (" <a href=limit.source.as_str()>{limit.cite.as_str()}</a> ")"
                        </li>
                    })
                    .collect_view()}
            </ul>
        }
    });
    view! {
        <li class=ITEM id=question.id.as_str()>
            <details class="faq-item__details">
                <summary class="disclosure-toggle faq-item__toggle">
                    <h2 class="faq-item__question">
                        <span class=FILTER_TEXT>{question.question.as_str()}</span>
                    </h2>
                    <span class="chevron faq-item__chevron" aria-hidden="true"></span>
                </summary>
                <div class="faq-item__answer">
                    {question
                        .answer
                        .iter()
                        .map(|paragraph| view! { <p class=FILTER_TEXT>{paragraph.as_str()}</p> })
                        .collect_view()}
                    {limits}
                </div>
            </details>
        </li>
    }
}
