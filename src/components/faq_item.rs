use leptos::prelude::*;
use site_content::Question;

/// One question: a disclosure whose answer opens on click (closed as
/// rendered; `FaqFilter` makes it work, and marks the words it matches in
/// each `data-filter-text` element).
#[component]
pub fn FaqItem(
    /// The question and its answer.
    question: &'static Question,
) -> impl IntoView {
    let answer_id = format!("faq-{}-answer", question.id.as_str());
    view! {
        <li class="faq-item" id=question.id.as_str()>
            <h2 class="faq-item__question">
                <button
                    type="button"
                    class="disclosure-toggle faq-item__toggle"
                    aria-expanded="false"
                    aria-controls=answer_id.clone()
                >
                    <span data-filter-text>{question.question.as_str()}</span>
                    <span class="chevron faq-item__chevron" aria-hidden="true"></span>
                </button>
            </h2>
            <div id=answer_id class="faq-item__answer" hidden>
                {question
                    .answer
                    .iter()
                    .map(|paragraph| view! { <p data-filter-text>{paragraph.as_str()}</p> })
                    .collect_view()}
            </div>
        </li>
    }
}
