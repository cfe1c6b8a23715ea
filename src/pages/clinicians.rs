use crate::components::{BoardList, ClinicianCards, PageIntro};
use crate::content::content;
use leptos::prelude::*;

/// `/clinicians`: everyone in the practice, with their licences and
/// availability, and the boards that license them.
#[component]
pub fn CliniciansPage() -> impl IntoView {
    let page = &content().pages.clinicians;
    view! {
        <article class="page clinicians-page">
            <PageIntro meta=&page.page intro=&page.intro />
            <ClinicianCards level=2 />
            <section class="clinicians-page__boards" aria-labelledby="boards-heading">
                <h2 id="boards-heading">{page.boards_heading.as_str()}</h2>
                <p>{page.boards_intro.as_str()}</p>
                <BoardList boards=content().clinicians_boards() />
            </section>
        </article>
    }
}
