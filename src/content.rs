//! The practice's words, compiled in from `content/` by `build.rs`: one
//! edition per language (`CONTENT`, the main one, then `CONTENT_ES`...),
//! in `EDITIONS`; `ISLAND_WORDS`, the few parts of each the islands use; and
//! `PRACTICE_JSON_LD` (the practice as schema.org data).

use leptos::prelude::*;
use site_content::{ContactPage, Content, GoodFaithEstimate};

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// What the one island that renders words (the consultation form) needs of
/// one edition, and nothing more: the browser's wasm carries only what islands reach; every other
/// word stays in the pre-rendered HTML.
pub struct IslandWords {
    pub language: &'static str,
    pub email: &'static str,
    pub contact: &'static ContactPage,
    pub good_faith_estimate: &'static GoodFaithEstimate,
}

/// The edition being pre-rendered, given to `App` as context.
#[derive(Clone, Copy)]
pub struct Edition(pub &'static Content);

/// The language of the page: while pre-rendering, the edition's; in the
/// browser, the page's `lang`.
pub fn current_language() -> &'static str {
    #[cfg(feature = "ssr")]
    let language = content().site.language.as_str();
    #[cfg(not(feature = "ssr"))]
    let language = {
        let lang = document()
            .document_element()
            .map(|root| root.get_attribute("lang").unwrap_or_default())
            .unwrap_or_default();
        ISLAND_WORDS
            .iter()
            .find(|words| words.language == lang)
            .map_or(ISLAND_WORDS[0].language, |words| words.language)
    };
    language
}

/// The edition of the page being pre-rendered (the main one by default).
pub fn content() -> &'static Content {
    use_context::<Edition>().map_or(&CONTENT, |edition| edition.0)
}

/// The islands' words in the page's language.
pub fn words() -> &'static IslandWords {
    let language = current_language();
    ISLAND_WORDS
        .iter()
        .find(|words| words.language == language)
        .unwrap_or(&ISLAND_WORDS[0])
}

/// Where a language's pages live after the base path: `""` for the main
/// language, `/es` for Spanish.
pub fn language_prefix(language: &str) -> String {
    if language == ISLAND_WORDS[0].language {
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
