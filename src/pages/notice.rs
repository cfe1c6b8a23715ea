use crate::components::{PageIntro, Sections};
use crate::content::content;
use crate::template::fill;
use leptos::prelude::*;
use site_content::PageId;

/// A legal notice the practice's jurisdictions require (the Notice of
/// Privacy Practices, a consumer health data policy, a privacy notice),
/// laid out to print as a handout; with the practice's own registrations
/// (its data protection number) where it has any.
#[component]
pub fn NoticePage(
    /// Which notice.
    page: PageId,
) -> impl IntoView {
    let here = content();
    let notice = here.pages.notice(page)?;
    let practice = &here.practice;
    let registrations = practice
        .registrations
        .iter()
        .flatten()
        .filter_map(|registration| {
            let register = here
                .jurisdictions
                .iter()
                .flat_map(|pack| &pack.registers)
                .find(|register| register.id.as_str() == registration.register.id())?;
            let words = fill(
                register.shown_as.as_str(),
                &[("number", registration.number.as_str())],
            );
            Some(view! {
                <p class="privacy-notice__registration">
                    <a href=register.lookup_url.as_str()>{words}</a>
                </p>
            })
        });
    Some(view! {
        <article class="page privacy-notice" data-handout="columns">
            <PageIntro meta=&notice.page intro=&notice.intro />
            <p class="privacy-notice__effective">{notice.effective.as_str()}</p>
            {registrations.collect_view()}
            <div class="privacy-notice__body prose">
                <Sections sections=&notice.sections />
                <section>
                    <h2>{notice.contact_heading.as_str()}</h2>
                    <p>
                        {notice.contact_text.as_str()} " "
                        <a href=practice.phone.href()>{practice.phone.display()}</a> ", "
                        <a href=consultation::mailto_address(practice.email.as_str())>
                            {practice.email.as_str()}
                        </a>
                    </p>
                </section>
            </div>
        </article>
    })
}
