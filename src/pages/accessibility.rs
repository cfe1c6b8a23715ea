use crate::components::{PageIntro, Sections};
use crate::content::content;
use crate::people::written_date;
use crate::template::fill;
use leptos::prelude::*;

/// `/accessibility`: the standard the site meets and how it is tested, its
/// limits, how to report a problem, and each office's physical access.
#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let page = &content().pages.accessibility;
    let practice = &content().practice;
    let offices = practice
        .offices
        .iter()
        .map(|office| {
            view! {
                <section class="accessibility__office">
                    <h3>{office.name.as_str()}</h3>
                    <p>{office.address.as_str()}</p>
                    <dl class="accessibility__access">
                        {office
                            .access
                            .iter()
                            .map(|fact| view! {
                                <dt>{fact.label.as_str()}</dt>
                                <dd>{fact.text.as_str()}</dd>
                            })
                            .collect_view()}
                    </dl>
                </section>
            }
        })
        .collect_view();
    view! {
        <article class="page accessibility">
            <PageIntro meta=&page.page intro=&page.intro />
            <div class="prose">
                <Sections sections=&page.sections />
                <section>
                    <h2>{page.report_heading.as_str()}</h2>
                    <p>
                        {page.report_text.as_str()} " "
                        <a href=practice.phone.href()>{practice.phone.display()}</a> ", "
                        <a href=consultation::mailto_address(practice.email.as_str())>
                            {practice.email.as_str()}
                        </a>
                    </p>
                </section>
                <section>
                    <h2>{page.office_heading.as_str()}</h2>
                    {offices}
                </section>
                <p class="accessibility__reviewed">
                    {fill(
                        page.reviewed_label.as_str(),
                        &[("date", &written_date(&content().pages.clinicians, &page.reviewed))],
                    )}
                </p>
            </div>
        </article>
    }
}
