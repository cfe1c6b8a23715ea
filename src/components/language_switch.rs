use crate::content::{content, editions};
use crate::{current_route, route_href_in, PageId, Route};
use leptos::prelude::*;

/// Links to this same page in each other language the site is written in,
/// each named in its own language.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let here = content();
    // A page without an address of its own (not found) leads home instead.
    let route = current_route().unwrap_or(Route::Page(PageId::Home));
    let links = editions()
        .iter()
        .filter(|edition| edition.site.language.as_str() != here.site.language.as_str())
        .map(|edition| {
            let language = edition.site.language.as_str();
            view! {
                <li>
                    <a
                        class="language-switch__link"
                        href=route_href_in(language, route)
                        hreflang=language
                        lang=language
                    >
                        {edition.site.language_name.as_str()}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="language-switch" aria-label=here.site.language_label.as_str()>
            <ul class="language-switch__list">{links}</ul>
        </nav>
    }
}
