//! Build-time rendering: each route's complete HTML, from the same
//! components the browser hydrates, put into the page shell (see `shell`),
//! plus the sitemap and robots.txt.

use crate::content::{editions, language_prefix, main_edition, route_url, Edition};
use crate::{App, CurrentRoute, Route};
use futures::StreamExt;
use hydration_context::SsrSharedContext;
use leptos::prelude::*;
use leptos_meta::ServerMetaContext;
use site_content::Content;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A page to write: its edition, which address (`None` for the not-found
/// page) and where it goes in `dist/`.
pub struct Output {
    pub edition: &'static Content,
    pub route: Option<Route>,
    pub file: PathBuf,
}

/// Every file the build writes: one per address in each language
/// (`es/roots/index.html`, `clinicians/ruth-alvarado/index.html`), and
/// `404.html` in the main one.
pub fn outputs(dist: &Path) -> Vec<Output> {
    let mut outputs: Vec<Output> = editions()
        .iter()
        .flat_map(|edition| {
            let folder =
                dist.join(language_prefix(edition.site.language.as_str()).trim_start_matches('/'));
            edition.routes().into_iter().map(move |route| Output {
                edition,
                route: Some(route),
                file: folder.join(edition.route_path(route)).join("index.html"),
            })
        })
        .collect();
    outputs.push(Output {
        edition: main_edition(),
        route: None,
        file: dist.join("404.html"),
    });
    outputs
}

/// Renders `route` of `edition` (`None`: the not-found page) into Trunk's
/// page `shell`: the markup goes right after `<body>` (hydration reads it
/// from there, so no whitespace between), the head tags after the shell's
/// `<!--HEAD-->` marker.
pub fn render_page(shell: &str, edition: &'static Content, route: Option<Route>) -> String {
    assert!(
        shell.contains("<body>") && shell.contains("<!--HEAD-->"),
        "the page shell (Trunk's index.html) needs a bare <body> and a <!--HEAD--> marker"
    );
    let _ = any_spawner::Executor::init_futures_executor();
    // Islands mode: only the islands are marked up for hydration.
    let shared_context = Arc::new(SsrSharedContext::new_islands());
    Owner::new_root(Some(shared_context)).with(|| {
        let (meta_context, meta_output) = ServerMetaContext::new();
        provide_context(CurrentRoute(route));
        provide_context(Edition(edition));
        provide_context(meta_context);
        // The renderer marks dynamic places with `<!>`, an empty comment the
        // HTML standard counts as a parse error; `<!---->` makes the same
        // empty comment node for hydration and is valid.
        let body = view! { <App /> }.to_html().replace("<!>", "<!---->");
        let page = shell.replacen("<body>", &format!("<body>{body}"), 1);
        futures::executor::block_on(async move {
            meta_output
                .inject_meta_context(futures::stream::once(async move { page }).boxed())
                .await
                .collect::<String>()
                .await
        })
    })
}

/// `sitemap.xml`: the canonical URL of every address in every language,
/// each with its translations as alternates.
pub fn sitemap() -> String {
    let urls: String = editions()
        .iter()
        .flat_map(|edition| {
            edition
                .routes()
                .into_iter()
                .filter(|route| route.is_listed())
                .map(move |route| (edition, route))
        })
        .map(|(edition, route)| {
            let alternates: String = editions()
                .iter()
                .map(|other| {
                    format!(
                        "\n    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                        other.site.language.as_str(),
                        xml_escape(&route_url(other, route))
                    )
                })
                .collect();
            format!(
                "  <url>\n    <loc>{}</loc>{alternates}\n  </url>\n",
                xml_escape(&route_url(edition, route))
            )
        })
        .collect();
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" \
         xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n{urls}</urlset>\n"
    )
}

/// `robots.txt`: every page may be crawled, the content editor not; the
/// sitemap is named.
pub fn robots() -> String {
    format!(
        "User-agent: *\nAllow: /\nDisallow: {}/{}/\n\nSitemap: {}/sitemap.xml\n",
        crate::content::base(),
        crate::headers::EDITOR_FOLDER,
        main_edition().practice.site_url.as_str()
    )
}

/// The page `trunk serve` shows in place of the site while the content has
/// mistakes: each one, as the terminal shows it. `live_reload` is the
/// address of Trunk's live-reload script, so that the page comes back by
/// itself once the mistakes are mended. (Its words are the loader's: the
/// content they would come from is what failed.)
pub fn content_error_page(errors: &[String], live_reload: &str) -> String {
    let items: String = errors
        .iter()
        .map(|error| format!("<li><code>{}</code></li>", xml_escape(error)))
        .collect();
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>The content has mistakes to mend</title></head><body><main>\
         <h1>The content has {} mistake{} to mend</h1>\
         <p>Mend each one in <code>content/</code>; this page reloads by itself once they are mended.</p>\
         <ul>{items}</ul></main><script src=\"{live_reload}\"></script></body></html>",
        errors.len(),
        if errors.len() == 1 { "" } else { "s" },
    )
}

/// The one page a setup build publishes (`scripts/build --setup`) while the
/// sample practice's words remain: that the site is being prepared, in the
/// editor's own words, and the practice's country's crisis numbers, with
/// the site's policy and stylesheet, kept out of search.
pub fn holding_page(
    words: &site_content::cms::EditorWords,
    policy: &str,
    stylesheet: &str,
) -> String {
    let edition = crate::content::main_edition();
    let strip = edition.crisis_strip();
    let numbers: Vec<String> = strip
        .strip
        .iter()
        .map(|link| {
            format!(
                "<a href=\"{}\">{}</a>",
                link.phone.href(),
                xml_escape(link.label.as_str())
            )
        })
        .collect();
    format!(
        "<!DOCTYPE html><html lang=\"{language}\"><head><meta charset=\"utf-8\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta name=\"robots\" content=\"noindex, nofollow\">\
         <meta name=\"referrer\" content=\"no-referrer\">\
         <title>{title}</title><link rel=\"stylesheet\" href=\"{stylesheet}\"></head>\
         <body><main class=\"site-main\"><article class=\"page prose\"><h1>{title}</h1>\
         <p>{text}</p><p class=\"notice\">{lead} {numbers}</p></article></main></body></html>\n",
        language = xml_escape(edition.site.language.as_str()),
        title = xml_escape(&words.setup_title),
        text = xml_escape(&words.setup_text),
        lead = xml_escape(strip.strip_lead.as_str()),
        numbers = numbers.join(" · "),
    )
}

/// Text made safe in HTML and XML, as an element's text or a quoted
/// attribute's value (`&`, `<`, `>`, `"` and `'` escaped).
pub(crate) fn xml_escape(text: &str) -> String {
    html_escape::encode_quoted_attribute(text).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::page_url;
    use crate::PageId;

    #[test]
    fn escaped_text_cannot_leave_a_quoted_attribute() {
        assert_eq!(
            xml_escape(r#"a "b" <c> & 'd'"#),
            "a &quot;b&quot; &lt;c&gt; &amp; &#x27;d&#x27;"
        );
    }

    const SHELL: &str =
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><!--HEAD--></head><body></body></html>";

    #[test]
    fn a_page_is_rendered_with_its_heading_title_and_language() {
        let page = render_page(SHELL, main_edition(), Some(Route::Page(PageId::Roots)));
        let roots = &main_edition().pages.roots.page;
        assert!(page.contains(&format!("<title>{}</title>", roots.title.as_str())));
        assert!(page.contains(roots.heading.as_str()));
        assert!(page.contains("<html lang=\"en\""), "{}", &page[..200]);
        assert!(
            page.contains("<body><a href=\"#main\" class=\"skip-link\""),
            "markup starts right after <body>"
        );
        assert!(page.contains(&format!(
            "<link href=\"{}\" rel=\"canonical\">",
            page_url(main_edition(), PageId::Roots)
        )));
    }

    #[test]
    fn the_markup_is_valid_html_with_well_formed_comments() {
        let page = render_page(SHELL, main_edition(), Some(Route::Page(PageId::Faq)));
        assert!(!page.contains("<!>"));
        assert!(
            page.contains("<!---->"),
            "dynamic places are still marked for hydration"
        );
    }

    #[test]
    fn an_unknown_path_renders_the_not_found_page_kept_out_of_search() {
        let page = render_page(SHELL, main_edition(), None);
        assert!(page.contains(main_edition().pages.not_found.page.heading.as_str()));
        assert!(page.contains("<meta name=\"robots\" content=\"noindex\""));
        assert!(!page.contains("rel=\"canonical\""));
    }

    #[test]
    fn every_page_and_the_404_have_a_file() {
        let files: Vec<PathBuf> = outputs(Path::new("dist"))
            .into_iter()
            .map(|o| o.file)
            .collect();
        assert!(files.contains(&PathBuf::from("dist/index.html")));
        assert!(files.contains(&PathBuf::from("dist/roots/index.html")));
        assert!(files.contains(&PathBuf::from("dist/404.html")));
        assert!(files.contains(&PathBuf::from("dist/es/index.html")));
        assert!(files.contains(&PathBuf::from("dist/es/roots/index.html")));
        assert!(files.contains(&PathBuf::from(
            "dist/es/clinicians/ruth-alvarado/index.html"
        )));
    }

    #[test]
    fn the_sitemap_lists_every_listed_canonical_url_and_no_other() {
        let sitemap = sitemap();
        for edition in editions() {
            for route in edition.routes() {
                let listed = sitemap.contains(&format!("<loc>{}</loc>", route_url(edition, route)));
                assert_eq!(listed, route.is_listed(), "{route:?}");
            }
        }
        assert!(
            !sitemap.contains("/request-sent<"),
            "reached only by sending"
        );
        let spanish_fees = page_url(&editions()[1], PageId::Fees);
        assert!(spanish_fees.ends_with("/es/fees"));
        assert!(sitemap.contains(&format!("<loc>{spanish_fees}</loc>")));
        assert!(robots().contains("/sitemap.xml"));
    }
}
