//! Build-time rendering: each route's complete HTML, from the same
//! components the browser hydrates, plus the sitemap and robots.txt.

use crate::content::CONTENT;
use crate::{App, BASE};
use futures::StreamExt;
use leptos::prelude::*;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;
use std::path::{Path, PathBuf};

/// A page to write: its path after the base (`""` for the home page, `None`
/// for the not-found page) and where it goes in `dist/`.
pub struct Output {
    pub slug: Option<&'static str>,
    pub file: PathBuf,
}

/// Every file the build writes: one per routed page, and `404.html`.
pub fn outputs(dist: &Path) -> Vec<Output> {
    let mut outputs: Vec<Output> = CONTENT
        .pages
        .routed()
        .into_iter()
        .map(|(slug, _)| Output {
            slug: Some(slug),
            file: if slug.is_empty() {
                dist.join("index.html")
            } else {
                dist.join(slug).join("index.html")
            },
        })
        .collect();
    outputs.push(Output {
        slug: None,
        file: dist.join("404.html"),
    });
    outputs
}

/// Renders the app at `path` into Trunk's page `shell`: the markup goes right
/// after `<body>` (hydration reads it from there, so no whitespace between),
/// the head tags after the shell's `<!--HEAD-->` marker.
pub fn render_page(shell: &str, path: &str) -> String {
    assert!(
        shell.contains("<body>") && shell.contains("<!--HEAD-->"),
        "the page shell (Trunk's index.html) needs a bare <body> and a <!--HEAD--> marker"
    );
    let _ = any_spawner::Executor::init_futures_executor();
    Owner::new().with(|| {
        let (meta_context, meta_output) = ServerMetaContext::new();
        provide_context(RequestUrl::new(path));
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

/// Wraps the stylesheet Trunk emitted for `style/<stem>.css` in `<noscript>`,
/// so it applies only when JavaScript is off (Trunk does not look inside
/// `<noscript>` itself).
pub fn only_without_script(shell: &str, stem: &str) -> String {
    let marker = format!("/{stem}-");
    let found = shell.match_indices("<link ").find_map(|(start, _)| {
        let end = start + shell[start..].find('>')? + 1;
        shell[start..end].contains(&marker).then_some((start, end))
    });
    let (start, end) =
        found.unwrap_or_else(|| panic!("the shell has no stylesheet style/{stem}.css"));
    format!(
        "{}<noscript>{}</noscript>{}",
        &shell[..start],
        &shell[start..end],
        &shell[end..]
    )
}

/// Moves Trunk's inline start-up script into its own file, `assets/boot-<hash>.js`,
/// so the Content-Security-Policy can forbid every inline script. Returns
/// the new shell and the file's name and text.
pub fn externalize_boot_script(shell: &str) -> (String, String, String) {
    const OPEN: &str = "<script type=\"module\">";
    let start = shell
        .find(OPEN)
        .expect("Trunk's start-up <script type=\"module\"> in the shell");
    let length = shell[start..]
        .find("</script>")
        .expect("the start-up script's end")
        + "</script>".len();
    let script = shell[start + OPEN.len()..start + length - "</script>".len()]
        .trim()
        .to_owned();
    let mut hasher = std::hash::DefaultHasher::new();
    std::hash::Hash::hash(&script, &mut hasher);
    let file = format!("boot-{:016x}.js", std::hash::Hasher::finish(&hasher));
    let tag = format!("<script type=\"module\" src=\"{BASE}/assets/{file}\"></script>");
    let shell = format!("{}{tag}{}", &shell[..start], &shell[start + length..]);
    (shell, file, script)
}

/// The path the browser asks for a page at, base included.
pub fn request_path(slug: Option<&str>) -> String {
    match slug {
        Some(slug) => format!("{BASE}/{slug}"),
        None => format!("{BASE}/404"),
    }
}

/// `sitemap.xml`: the canonical URL of every routed page.
pub fn sitemap() -> String {
    let urls: String = CONTENT
        .pages
        .routed()
        .into_iter()
        .map(|(slug, _)| {
            format!(
                "  <url><loc>{}</loc></url>\n",
                xml_escape(&CONTENT.canonical_url(slug))
            )
        })
        .collect();
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n{urls}</urlset>\n"
    )
}

/// `robots.txt`: everything may be crawled; the sitemap is named.
pub fn robots() -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}/sitemap.xml\n",
        CONTENT.practice.site_url.as_str()
    )
}

fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHELL: &str =
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><!--HEAD--></head><body></body></html>";

    #[test]
    fn a_page_is_rendered_with_its_heading_title_and_language() {
        let page = render_page(SHELL, &request_path(Some("roots")));
        let roots = &CONTENT.pages.roots.page;
        assert!(page.contains(&format!("<title>{}</title>", roots.title.as_str())));
        assert!(page.contains(roots.heading.as_str()));
        assert!(page.contains("<html lang=\"en\""), "{}", &page[..200]);
        assert!(
            page.contains("<body><a href=\"#main\" class=\"skip-link\""),
            "markup starts right after <body>"
        );
        assert!(page.contains(&format!(
            "<link href=\"{}\" rel=\"canonical\">",
            CONTENT.canonical_url("roots")
        )));
    }

    #[test]
    fn the_markup_is_valid_html_with_well_formed_comments() {
        let page = render_page(SHELL, &request_path(Some("faq")));
        assert!(!page.contains("<!>"));
        assert!(
            page.contains("<!---->"),
            "dynamic places are still marked for hydration"
        );
    }

    #[test]
    fn an_unknown_path_renders_the_not_found_page_kept_out_of_search() {
        let page = render_page(SHELL, &request_path(None));
        assert!(page.contains(CONTENT.pages.not_found.page.heading.as_str()));
        assert!(page.contains("<meta name=\"robots\" content=\"noindex\""));
        assert!(!page.contains("rel=\"canonical\""));
    }

    #[test]
    fn the_no_script_stylesheet_applies_only_without_script() {
        let shell = "<head><link rel=\"stylesheet\" href=\"/base-1a.css\"/><link rel=\"stylesheet\" href=\"/no-js-2b.css\"/></head>";
        assert_eq!(
            only_without_script(shell, "no-js"),
            "<head><link rel=\"stylesheet\" href=\"/base-1a.css\"/><noscript><link rel=\"stylesheet\" href=\"/no-js-2b.css\"/></noscript></head>"
        );
    }

    #[test]
    fn the_start_up_script_moves_to_a_file_named_by_its_content() {
        let shell =
            "<head><script type=\"module\">\nimport init from '/assets/app.js';\n</script></head>";
        let (new_shell, file, script) = externalize_boot_script(shell);
        assert_eq!(script, "import init from '/assets/app.js';");
        assert!(file.starts_with("boot-") && file.ends_with(".js"));
        assert_eq!(
            new_shell,
            format!("<head><script type=\"module\" src=\"/assets/{file}\"></script></head>")
        );
        let (_, other, _) = externalize_boot_script(&shell.replace("app.js", "app2.js"));
        assert_ne!(file, other, "a new build gets a new name");
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
    }

    #[test]
    fn the_sitemap_lists_every_canonical_url() {
        let sitemap = sitemap();
        for (slug, _) in CONTENT.pages.routed() {
            assert!(sitemap.contains(&format!("<loc>{}</loc>", CONTENT.canonical_url(slug))));
        }
        assert!(robots().contains("/sitemap.xml"));
    }
}
