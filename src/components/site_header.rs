use crate::components::{LanguageSwitch, ReadingPreferencesPanel, SiteNav};
use crate::content::content;
use crate::page_href;
use leptos::prelude::*;
use leptos_router::components::A;

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
                <A href=page_href("") attr:class="site-header__brand">
                    {content().practice.name.as_str()}
                </A>
                <SiteNav />
                <A href=page_href("contact") attr:class="button site-header__consult">
                    {content().site.consultation_button.as_str()}
                </A>
            </div>
        </header>
    }
}
