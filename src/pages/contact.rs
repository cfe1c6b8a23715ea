use crate::components::{ConsultationForm, PageIntro, PracticeHours};
use crate::content::content;
use leptos::prelude::*;

/// `/contact`: how to reach the practice, and the consultation request.
#[component]
pub fn ContactPage() -> impl IntoView {
    let page = &content().pages.contact;
    let practice = &content().practice;
    view! {
        <article class="page">
            <PageIntro meta=&page.page intro=&page.intro />
            <div class="contact">
                <section class="contact__details" aria-labelledby="details-heading">
                    <h2 id="details-heading">{page.details_heading.as_str()}</h2>
                    <dl class="contact__list">
                        <dt>{page.phone_label.as_str()}</dt>
                        <dd><a href=practice.phone.href()>{practice.phone.display()}</a></dd>
                        <dt>{page.email_label.as_str()}</dt>
                        <dd>
                            <a href=format!("mailto:{}", practice.email.as_str())>
                                {practice.email.as_str()}
                            </a>
                        </dd>
                        <dt>{page.location_label.as_str()}</dt>
                        <dd>{practice.location.as_str()}</dd>
                        <dt>{page.telehealth_label.as_str()}</dt>
                        <dd>{practice.telehealth.as_str()}</dd>
                        <dt>{page.hours_label.as_str()}</dt>
                        <dd>
                            <PracticeHours class="contact__hours" />
                        </dd>
                        <dt>{page.reply_label.as_str()}</dt>
                        <dd>{practice.reply_time.as_str()}</dd>
                    </dl>
                </section>
                <ConsultationForm />
            </div>
        </article>
    }
}
