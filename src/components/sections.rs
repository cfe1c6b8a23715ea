use crate::components::Paragraphs;
use leptos::prelude::*;
use site_content::Section;

/// Headed sections of text, each an `<h2>` and its paragraphs.
#[component]
pub fn Sections(
    /// The sections, in order.
    sections: &'static [Section],
) -> impl IntoView {
    sections
        .iter()
        .map(|section| {
            view! {
                <section>
                    <h2>{section.heading.as_str()}</h2>
                    <Paragraphs paragraphs=&section.paragraphs />
                </section>
            }
        })
        .collect_view()
}
