use crate::components::Highlighted;
use crate::text_filter::TextFilter;
use leptos::prelude::*;
use site_content::Question;

/// One question: a disclosure whose answer opens on click, or by itself
/// when the filter matches words in it; hidden when the filter rules it out.
#[component]
pub fn FaqItem(
    /// The question and its answer.
    question: &'static Question,
    /// The visitor's current filter.
    filter: Memo<TextFilter>,
) -> impl IntoView {
    // The visitor's own open/close choice, until the filter changes; without
    // one, an answer opens when the filter matches words in it.
    let choice = RwSignal::new(None::<bool>);
    Effect::watch(move || filter.get(), move |_, _, _| choice.set(None), false);
    let texts: Vec<&'static str> = std::iter::once(question.question.as_str())
        .chain(question.answer.iter().map(|paragraph| paragraph.as_str()))
        .collect();
    let answer_texts = texts[1..].to_vec();
    let shown = Memo::new(move |_| filter.with(|filter| filter.matches(&texts)));
    let expanded = Memo::new(move |_| {
        choice.get().unwrap_or_else(|| {
            filter.with(|filter| !filter.is_empty() && filter.matches(&answer_texts))
        })
    });
    let answer_id = format!("faq-{}-answer", question.id.as_str());
    view! {
        <li class="faq-item" id=question.id.as_str() hidden=move || !shown.get()>
            <h2 class="faq-item__question">
                <button
                    type="button"
                    class="disclosure-toggle faq-item__toggle"
                    aria-expanded=move || expanded.get().to_string()
                    aria-controls=answer_id.clone()
                    on:click=move |_| choice.set(Some(!expanded.get_untracked()))
                >
                    <span><Highlighted text=question.question.as_str() filter /></span>
                    <span class="chevron faq-item__chevron" aria-hidden="true"></span>
                </button>
            </h2>
            <div id=answer_id class="faq-item__answer" hidden=move || !expanded.get()>
                {question
                    .answer
                    .iter()
                    .map(|paragraph| view! { <p><Highlighted text=paragraph.as_str() filter /></p> })
                    .collect_view()}
            </div>
        </li>
    }
}
