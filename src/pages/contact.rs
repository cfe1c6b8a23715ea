use crate::components::{
    ClinicianCards, ConsultationForm, ElsewhereList, PageIntro, Paragraphs, PracticeHours,
};
use crate::content::content;
use crate::people::video_line;
use leptos::prelude::*;

/// `/contact`: how to reach the practice, and the consultation request.
#[component]
pub fn ContactPage() -> impl IntoView {
    let page = &content().pages.contact;
    let practice = &content().practice;
    // The scheduling service and portal: plain links out, never embedded.
    let links_out = [
        (
            &page.booking_label,
            &page.booking_link,
            &practice.booking_url,
        ),
        (&page.portal_label, &page.portal_link, &practice.portal_url),
    ]
    .into_iter()
    .filter_map(|(label, link, url)| {
        let url = url.as_ref()?.as_str();
        Some(view! {
            <dt>{label.as_str()}</dt>
            <dd><a href=url rel="external">{link.as_str()}</a></dd>
        })
    })
    .collect_view();
    view! {
        <article class="page">
            <PageIntro meta=&page.page intro=&page.intro />
            <div class="contact">
                <div class="contact__aside">
                <section class="contact__details" aria-labelledby="details-heading">
                    <h2 id="details-heading">{page.details_heading.as_str()}</h2>
                    <dl class="contact__list">
                        <dt>{page.phone_label.as_str()}</dt>
                        <dd><a href=practice.phone.href()>{practice.phone.display()}</a></dd>
                        <dt>{page.email_label.as_str()}</dt>
                        <dd>
                            <a href=consultation::mailto_address(practice.email.as_str())>
                                {practice.email.as_str()}
                            </a>
                        </dd>
                        <dt>{page.location_label.as_str()}</dt>
                        <dd>
                            {practice
                                .offices
                                .iter()
                                .map(|office| view! { <p>{office.address.as_str()}</p> })
                                .collect_view()}
                        </dd>
                        <dt>{page.telehealth_label.as_str()}</dt>
                        <dd>{video_line(&content().pages.clinicians, &content().video_states())}</dd>
                        <dt>{page.hours_label.as_str()}</dt>
                        <dd>
                            <PracticeHours class="contact__hours" />
                        </dd>
                        <dt>{page.reply_label.as_str()}</dt>
                        <dd>{practice.reply_time.as_str()}</dd>
                        {links_out}
                    </dl>
                    {(practice.booking_url.is_some() || practice.portal_url.is_some()).then(|| view! {
                        <p class="contact__links-out">{page.links_out_note.as_str()}</p>
                    })}
                </section>
                <section class="contact__availability" aria-labelledby="availability-heading">
                    <h2 id="availability-heading">{page.availability_heading.as_str()}</h2>
                    {(!content().anyone_accepting()).then(|| view! {
                        <div class="contact__elsewhere">
                            <Paragraphs paragraphs=&page.nobody_accepting />
                            <h3>{page.elsewhere_heading.as_str()}</h3>
                            <ElsewhereList />
                        </div>
                    })}
                    <ClinicianCards />
                </section>
                </div>
                <ConsultationForm />
            </div>
        </article>
    }
}
