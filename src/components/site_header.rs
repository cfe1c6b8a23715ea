use crate::components::{LanguageSwitch, PageLink, ReadingPreferencesPanel, SiteNav};
use crate::content::content;
use leptos::prelude::*;
use site_content::PageId;

/// The practice's name, leading home, the main navigation, and the tools
/// every page offers: the language switch and the reading preferences.
#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <div class="site-header__tools">
                <LanguageSwitch />
                <ReadingPreferencesPanel />
            </div>
            <div class="site-header__inner">
                <PageLink page=PageId::Home class="site-header__brand">
                    {content().practice.name.as_str()}
                </PageLink>
                <SiteNav />
                <PageLink page=PageId::Contact class="button site-header__consult">
                    {content().site.consultation_button.as_str()}
                </PageLink>
            </div>
        </header>
    }
}
