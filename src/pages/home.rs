use crate::components::{ClinicianCards, PageHeading, PageLink, Paragraphs};
use crate::content::{content, main_edition, route_url};
use crate::photos::photo_address;
use crate::referred_page;
use leptos::prelude::*;
use site_content::structured_data::practice_json_ld;
use site_content::PageId;

/// `/`: who the practice is, the approach in a sentence, the way to a first
/// conversation, and the way into every section.
#[component]
pub fn HomePage() -> impl IntoView {
    let page = &content().pages.home;
    let practice = &content().practice;
    let consultation = &page.consultation;
    let groups = content()
        .site
        .navigation
        .iter()
        .map(|group| {
            let cards = group
                .pages
                .iter()
                .filter_map(|reference| {
                    let page = referred_page(reference);
                    let meta = content().pages.meta(page);
                    let label = meta.nav_label.as_ref()?.as_str();
                    let summary = meta.summary.as_ref().map(|summary| summary.as_str());
                    Some(view! {
                        <li class="section-card">
                            <PageLink page=page class="section-card__link">
                                {label}
                            </PageLink>
                            <p class="section-card__summary">{summary}</p>
                        </li>
                    })
                })
                .collect_view();
            view! {
                <section class="home__group">
                    <h3>{group.label.as_str()}</h3>
                    <ul class="card-list section-cards">{cards}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <article class="page home">
            // For search engines: who the practice is, as schema.org data.
            <script type="application/ld+json" inner_html=practice_json_ld(main_edition(), |route| route_url(main_edition(), route), |photo| photo_address(main_edition(), photo))></script>
            <div class="home__top">
                <div class="home__lead">
                    <p class="home__practice">{practice.name.as_str()}</p>
                    <PageHeading meta=&page.page />
                    <div class="prose home__intro">
                        <Paragraphs paragraphs=&page.intro />
                        <p class="home__approach">
                            {page.approach_sentence.as_str()} " "
                            <PageLink page=PageId::Approach>{page.approach_link.as_str()}</PageLink>
                        </p>
                    </div>
                    <section class="consultation" aria-labelledby="consultation-heading">
                        <h2 id="consultation-heading">{consultation.heading.as_str()}</h2>
                        <p>{consultation.text.as_str()}</p>
                        <p class="consultation__actions">
                            <a class="button" href=practice.phone.href()>
                                {consultation.call_label.as_str()} " " {practice.phone.display()}
                            </a>
                            <a class="button button--secondary" href=consultation::mailto_address(practice.email.as_str())>
                                {consultation.email_label.as_str()} " " {practice.email.as_str()}
                            </a>
                        </p>
                        <p class="consultation__reply">{practice.reply_time.as_str()}</p>
                    </section>
                </div>
                <section class="home__team" aria-labelledby="team-heading">
                    <h2 id="team-heading">{page.team_heading.as_str()}</h2>
                    <ClinicianCards />
                    <p>
                        <PageLink page=PageId::Clinicians class="more-link">
                            {content().pages.clinicians.all_link.as_str()}
                        </PageLink>
                    </p>
                </section>
            </div>
            <section class="home__explore" aria-labelledby="explore-heading">
                <h2 id="explore-heading">{page.explore_heading.as_str()}</h2>
                {groups}
            </section>
        </article>
    }
}
