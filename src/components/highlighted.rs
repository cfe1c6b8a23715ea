use crate::text_filter::TextFilter;
use leptos::prelude::*;

/// Text with the words of the current filter marked (`<mark>`).
#[component]
pub fn Highlighted(
    /// The words to show.
    text: &'static str,
    /// The filter whose matches are marked.
    filter: Memo<TextFilter>,
) -> impl IntoView {
    move || {
        filter
            .get()
            .highlight(text)
            .into_iter()
            .map(|(run, marked)| {
                if marked {
                    view! { <mark class="highlight">{run}</mark> }.into_any()
                } else {
                    run.into_any()
                }
            })
            .collect_view()
    }
}
