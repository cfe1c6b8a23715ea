use crate::components::TermToggle;
use crate::content::content;
use crate::page_href;
use leptos::prelude::*;
use site_content::{PageId, Paragraph};

/// A list of paragraphs from the content, one `<p>` each.
#[component]
pub fn Paragraphs(
    /// The paragraphs, in order.
    paragraphs: &'static [Paragraph],
) -> impl IntoView {
    paragraphs
        .iter()
        .map(|paragraph| view! { <p><Prose paragraph /></p> })
        .collect_view()
}

/// The words of one paragraph, its glossary marks as in-place definitions.
#[component]
pub fn Prose(
    /// The paragraph to render.
    paragraph: &'static Paragraph,
) -> impl IntoView {
    let glossary = &content().pages.glossary;
    paragraph
        .segments()
        .iter()
        .map(|segment| {
            let term = segment.term_id().and_then(|id| glossary.term(id));
            match term {
                Some(term) => view! {
                    <TermToggle
                        words=segment.text()
                        term
                        glossary=page_href(PageId::Glossary)
                        more_label=glossary.more_label.as_str()
                    />
                }
                .into_any(),
                None => segment.text().into_any(),
            }
        })
        .collect_view()
}
