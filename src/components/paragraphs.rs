use leptos::prelude::*;
use site_content::Text;

/// A list of paragraphs from the content, one `<p>` each.
#[component]
pub fn Paragraphs(
    /// The paragraphs, in order.
    paragraphs: &'static [Text],
) -> impl IntoView {
    paragraphs
        .iter()
        .map(|paragraph| view! { <p>{paragraph.as_str()}</p> })
        .collect_view()
}
