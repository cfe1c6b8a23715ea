use crate::components::{PageHeading, Paragraphs};
use crate::content::content;
use leptos::prelude::*;

/// `/glossary`: the theory words the site uses, each with its own anchor.
#[component]
pub fn GlossaryPage() -> impl IntoView {
    let page = &content().pages.glossary;
    view! {
        <article class="page prose">
            <PageHeading meta=&page.page />
            <Paragraphs paragraphs=&page.intro />
            <dl class="glossary">
                {page
                    .terms
                    .iter()
                    .map(|term| {
                        view! {
                            <div class="glossary__entry" id=term.id.as_str()>
                                <dt class="glossary__term">{term.term.as_str()}</dt>
                                <dd class="glossary__definition">{term.definition.as_str()}</dd>
                            </div>
                        }
                    })
                    .collect_view()}
            </dl>
        </article>
    }
}
