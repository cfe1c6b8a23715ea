//! The practice's words, compiled in from `content/` by `build.rs`: one
//! edition per language (`CONTENT`, the main one, then `CONTENT_ES`...),
//! in `EDITIONS`; `LANGUAGES`, their codes in the same order; and
//! `PRACTICE_JSON_LD` (the practice as schema.org data). The islands need
//! none of it: they read what they need from the page.

use leptos::prelude::*;
use site_content::Content;

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// The edition being pre-rendered, given to `App` as context.
#[derive(Clone, Copy)]
pub struct Edition(pub &'static Content);

/// The language of the page being pre-rendered.
pub fn current_language() -> &'static str {
    content().site.language.as_str()
}

/// The edition of the page being pre-rendered (the main one by default).
pub fn content() -> &'static Content {
    use_context::<Edition>().map_or(&CONTENT, |edition| edition.0)
}

/// Where a language's pages live after the base path: `""` for the main
/// language, `/es` for Spanish.
pub fn language_prefix(language: &str) -> String {
    if language == LANGUAGES[0] {
        String::new()
    } else {
        format!("/{language}")
    }
}

/// The full address of the page at `slug` in `edition`: its canonical URL.
pub fn page_url(edition: &Content, slug: &str) -> String {
    format!(
        "{}{}/{slug}",
        edition.practice.site_url.as_str(),
        language_prefix(edition.site.language.as_str())
    )
}
