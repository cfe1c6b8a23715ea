use crate::components::{PageHeading, Paragraphs};
use leptos::prelude::*;
use site_content::{PageMeta, Paragraph};

/// The top of a page: its heading and head tags, then its opening paragraphs
/// at a readable measure.
#[component]
pub fn PageIntro(
    /// The page's `page.*` fields.
    meta: &'static PageMeta,
    /// The opening paragraphs.
    intro: &'static [Paragraph],
) -> impl IntoView {
    view! {
        <PageHeading meta />
        <div class="prose">
            <Paragraphs paragraphs=intro />
        </div>
    }
}
