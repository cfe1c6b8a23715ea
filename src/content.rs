//! The practice's words, read from `content/` when the site is generated
//! (never compiled in: an edit needs no Rust build), one edition per
//! language, the main one first. The islands need none of it: they read
//! what they need from the page.

use leptos::prelude::*;
use site_content::{Content, PageId, Route};
use std::sync::OnceLock;

static EDITIONS: OnceLock<Vec<Content>> = OnceLock::new();
static BASE: OnceLock<String> = OnceLock::new();

/// Sets the path the site is served under (`""` or `/` at a domain's root,
/// `/practice/` under a sub-path), once, before anything is rendered.
pub fn set_base(base: &str) {
    let _ = BASE.set(base.trim_end_matches('/').to_owned());
}

/// Reads and checks every edition in `dir`, and gives what should be
/// looked at though it is not a mistake. Call it once, before rendering; a
/// second call keeps the first content.
#[cfg(not(target_arch = "wasm32"))]
pub fn load(
    dir: &std::path::Path,
) -> Result<Vec<site_content::load::ContentError>, Vec<site_content::load::ContentError>> {
    let mut notes = Vec::new();
    let editions = site_content::load::load_editions_noting(dir, &mut notes)?;
    let _ = EDITIONS.set(editions);
    Ok(notes)
}

/// The content folder when nothing else is named: `PRACTICE_CONTENT_DIR`,
/// else `content/` (as the practice knows it, when run from the
/// repository, so messages read `content/site.toml:22`).
#[cfg(not(target_arch = "wasm32"))]
pub fn default_dir() -> std::path::PathBuf {
    let here = std::path::Path::new("content");
    std::env::var_os("PRACTICE_CONTENT_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| {
            if here.join("site.toml").is_file() {
                here.to_owned()
            } else {
                std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content")
            }
        })
}

/// Every edition, the main language's first.
pub fn editions() -> &'static [Content] {
    EDITIONS.get_or_init(|| {
        // Tests read the content on first use, as the pre-render would.
        #[cfg(not(target_arch = "wasm32"))]
        {
            site_content::load::load_editions(&default_dir()).unwrap_or_else(|errors| {
                let errors: Vec<String> = errors.iter().map(ToString::to_string).collect();
                panic!("the content has mistakes:\n{}", errors.join("\n"))
            })
        }
        #[cfg(target_arch = "wasm32")]
        unreachable!("the wasm carries no content")
    })
}

/// The main language's edition.
pub fn main_edition() -> &'static Content {
    &editions()[0]
}

/// The path the site is served under, without a trailing slash: empty at a
/// domain's root, `/practice` for `https://example.org/practice/`.
pub fn base() -> &'static str {
    BASE.get().map_or("", String::as_str)
}

/// The edition being pre-rendered, given to `App` as context.
#[derive(Clone, Copy)]
pub struct Edition(pub &'static Content);

/// The language of the page being pre-rendered.
pub fn current_language() -> &'static str {
    content().site.language.as_str()
}

/// The edition of the page being pre-rendered (the main one by default).
pub fn content() -> &'static Content {
    use_context::<Edition>().map_or_else(main_edition, |edition| edition.0)
}

/// Where a language's pages live after the base path: `""` for the main
/// language, `/es` for Spanish.
pub fn language_prefix(language: &str) -> String {
    if language == main_edition().site.language.as_str() {
        String::new()
    } else {
        format!("/{language}")
    }
}

/// The full address of `route` in `edition`: its canonical URL.
pub fn route_url(edition: &Content, route: Route) -> String {
    format!(
        "{}{}/{}",
        edition.practice.site_url.as_str(),
        language_prefix(edition.site.language.as_str()),
        edition.route_path(route)
    )
}

/// The full address of `page` in `edition`.
pub fn page_url(edition: &Content, page: PageId) -> String {
    route_url(edition, Route::Page(page))
}

/// A route's title and description, as its `<head>` gives them: a page's
/// from its `[page]` table, a clinician's from their name and summary.
pub fn head_words(edition: &Content, route: Route) -> (String, String) {
    match route {
        Route::Page(page) => {
            let meta = edition.pages.meta(page);
            (
                meta.title.as_str().to_owned(),
                meta.description.as_str().to_owned(),
            )
        }
        Route::Clinician(index) => {
            crate::people::clinician_head(edition, &edition.clinicians[index])
        }
    }
}
