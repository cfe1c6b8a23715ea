use crate::components::{PageIntro, Sections};
use crate::content::content;
use leptos::prelude::*;

/// `/notice-of-privacy-practices`: the HIPAA notice, laid out to print as a
/// one-sheet handout.
#[component]
pub fn NoticePage() -> impl IntoView {
    let page = &content().pages.notice;
    let practice = &content().practice;
    view! {
        <article class="page privacy-notice" data-handout="columns">
            <PageIntro meta=&page.page intro=&page.intro />
            <p class="privacy-notice__effective">{page.effective.as_str()}</p>
            <div class="privacy-notice__body prose">
                <Sections sections=&page.sections />
                <section>
                    <h2>{page.contact_heading.as_str()}</h2>
                    <p>
                        {page.contact_text.as_str()} " "
                        <a href=practice.phone.href()>{practice.phone.display()}</a> ", "
                        <a href=format!("mailto:{}", practice.email.as_str())>
                            {practice.email.as_str()}
                        </a>
                    </p>
                </section>
            </div>
        </article>
    }
}
