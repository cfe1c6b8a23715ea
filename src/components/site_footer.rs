use crate::components::{PageLink, PracticeHours};
use crate::content::content;
use crate::people::video_line;
use crate::referred_page;
use leptos::prelude::*;
use site_content::PageId;

/// How to reach the practice, and every section, at the foot of every page.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let practice = &content().practice;
    let site = &content().site;
    let crisis = &content().pages.crisis.page;
    let sections = site
        .navigation
        .iter()
        .flat_map(|group| group.pages.iter())
        .filter_map(|page| {
            let page = referred_page(page);
            let label = content().pages.meta(page).nav_label.as_ref()?;
            Some((page, label.as_str()))
        })
        .chain([(
            PageId::Crisis,
            crisis
                .nav_label
                .as_ref()
                .unwrap_or(&crisis.heading)
                .as_str(),
        )])
        .map(|(page, label)| view! { <li><PageLink page=page>{label}</PageLink></li> })
        .collect_view();
    // The notices a practice must keep in reach, on every page: the site's
    // privacy page, each notice its jurisdictions require, accessibility.
    let notices = std::iter::once(PageId::Privacy)
        .chain(PageId::NOTICES.iter().copied())
        .chain([PageId::Accessibility])
        .filter(|&page| content().pages.has(page))
        .map(|page| {
            let label = content().pages.meta(page).heading.as_str();
            view! { <li><PageLink page=page>{label}</PageLink></li> }
        })
        .collect_view();
    view! {
        <footer class="site-footer">
            <div class="site-footer__inner">
                <section class="site-footer__contact" aria-labelledby="footer-contact">
                    <h2 id="footer-contact" class="site-footer__heading">
                        {site.footer_contact_heading.as_str()}
                    </h2>
                    <p class="site-footer__name">{practice.name.as_str()}</p>
                    <address class="site-footer__address">
                        {practice
                            .offices
                            .iter()
                            .map(|office| view! { <p>{office.address.as_str()}</p> })
                            .collect_view()}
                        <p>{video_line(&content().pages.clinicians, &content().video_states())}</p>
                        <p>
                            <a href=practice.phone.href()>{practice.phone.display()}</a>
                        </p>
                        <p>
                            <a href=consultation::mailto_address(practice.email.as_str())>
                                {practice.email.as_str()}
                            </a>
                        </p>
                    </address>
                    <PracticeHours class="site-footer__hours" />
                    <p>{practice.reply_time.as_str()}</p>
                </section>
                <nav class="site-footer__sections" aria-labelledby="footer-sections">
                    <h2 id="footer-sections" class="site-footer__heading">
                        {site.footer_sections_heading.as_str()}
                    </h2>
                    <ul>
                        <li><PageLink page=PageId::Home>{site.home_link.as_str()}</PageLink></li>
                        {sections}
                    </ul>
                </nav>
                <nav class="site-footer__notices" aria-labelledby="footer-notices">
                    <h2 id="footer-notices" class="site-footer__heading">
                        {site.footer_notices_heading.as_str()}
                    </h2>
                    <ul>{notices}</ul>
                </nav>
            </div>
            <p class="site-footer__note">{site.footer_note.as_str()}</p>
        </footer>
    }
}
