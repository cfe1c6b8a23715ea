use crate::content::{content, EDITIONS};
use crate::{current_slug, page_href_in};
use leptos::prelude::*;

/// Links to this same page in each other language the site is written in,
/// each named in its own language.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let here = content();
    let slug = current_slug();
    // A page without an address of its own (not found) leads home instead.
    let slug = if here.page(&slug).is_some() {
        slug
    } else {
        String::new()
    };
    let links = EDITIONS
        .iter()
        .filter(|edition| edition.site.language.as_str() != here.site.language.as_str())
        .map(|edition| {
            let language = edition.site.language.as_str();
            view! {
                <li>
                    <a
                        class="language-switch__link"
                        href=page_href_in(language, &slug)
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
