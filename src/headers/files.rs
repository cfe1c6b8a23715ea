//! The headers files the build writes: `dist/_headers` for Netlify and
//! Cloudflare Pages, and nginx snippets, from one description ([`Served`]).

use super::Policy;

/// What the site is served with: the visitors' policy on the address of
/// every page, the editor's on `/admin/`, and the security headers both
/// share.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Served {
    /// Visitor pages' policy.
    pub site: Policy,
    /// The content editor's policy.
    pub editor: Policy,
    /// Every visitor page's address pattern ([`page_patterns`]).
    pub pages: Vec<String>,
}

/// Where the content editor lives, as a headers file names it.
pub fn editor_pattern() -> String {
    format!("/{}/*", super::EDITOR_FOLDER)
}

/// The address patterns of visitor pages, from their files in the built
/// site (`index.html`, `roots/index.html`, `es/faq/index.html`, `404.html`):
/// each folder at the top both as itself and everything under it. A host
/// applies every rule that matches an address, and would join two policies
/// (visitors' and editor's) into one that breaks the editor; naming the
/// pages keeps each policy to its own addresses.
pub fn page_patterns<'a>(files: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut patterns: Vec<String> = Vec::new();
    let mut add = |pattern: String| {
        if !patterns.contains(&pattern) {
            patterns.push(pattern);
        }
    };
    for file in files {
        match file.split_once('/') {
            None if file == "index.html" => {
                add("/".to_owned());
                add("/index.html".to_owned());
            }
            None => add(format!("/{file}")),
            Some((folder, _)) => {
                add(format!("/{folder}"));
                add(format!("/{folder}/*"));
            }
        }
    }
    patterns
}

/// Each rule of the headers file: an address pattern and its headers.
fn rules(served: &Served) -> Vec<(String, Vec<(&'static str, String)>)> {
    let mut rules = vec![("/*".to_owned(), shared_headers())];
    for pattern in &served.pages {
        rules.push((
            pattern.clone(),
            vec![("Content-Security-Policy", served.site.header())],
        ));
    }
    rules.push((
        "/assets/*".to_owned(),
        vec![(
            "Cache-Control",
            "public, max-age=31536000, immutable".to_owned(),
        )],
    ));
    rules.push((editor_pattern(), editor_headers(&served.editor)));
    rules
}

/// The headers every address gets, visitor page or editor.
fn shared_headers() -> Vec<(&'static str, String)> {
    vec![
        ("Referrer-Policy", "no-referrer".to_owned()),
        ("X-Content-Type-Options", "nosniff".to_owned()),
        (
            "Permissions-Policy",
            "camera=(), microphone=(), geolocation=()".to_owned(),
        ),
        // Browsers heed it only over HTTPS, which every host here serves.
        ("Strict-Transport-Security", "max-age=31536000".to_owned()),
    ]
}

/// The editor's own: its policy, out of search, and never a stale copy.
fn editor_headers(editor: &Policy) -> Vec<(&'static str, String)> {
    vec![
        ("Content-Security-Policy", editor.header()),
        ("X-Robots-Tag", "noindex, nofollow".to_owned()),
        ("Cache-Control", "no-cache".to_owned()),
    ]
}

/// `dist/_headers`, as Netlify and Cloudflare Pages read it.
pub fn headers_file(served: &Served) -> String {
    let mut file = String::from(
        "# Written by the build (src/headers/): the response headers for Netlify\n\
         # and Cloudflare Pages. Visitor pages carry the site's policy, /admin/ the\n\
         # content editor's. Pages get the hosts' default caching, which\n\
         # revalidates on every visit.\n",
    );
    for (pattern, headers) in rules(served) {
        file.push_str(&pattern);
        file.push('\n');
        for (name, value) in headers {
            file.push_str(&format!("  {name}: {value}\n"));
        }
    }
    file
}

/// An nginx snippet of `headers`; an `add_header` in a location hides the
/// server's own, so each location includes every header it needs.
fn nginx_lines(comment: &str, headers: &[(&'static str, String)]) -> String {
    let mut file = format!("# Written by the build (src/headers/): {comment}\n");
    for (name, value) in headers {
        file.push_str(&format!("add_header {name} \"{value}\" always;\n"));
    }
    file
}

/// The nginx snippets (`dist/_nginx/<name>`), included by the locations of
/// `deploy/nginx/practice-site.conf`: the visitor pages' headers, and the
/// editor's.
pub fn nginx_snippet(served: &Served) -> Vec<(&'static str, String)> {
    let mut site = vec![("Content-Security-Policy", served.site.header())];
    site.extend(shared_headers());
    let mut editor = editor_headers(&served.editor);
    editor.extend(shared_headers());
    vec![
        (
            "security-headers.conf",
            nginx_lines(
                "the headers of visitor pages, as in dist/_headers.\n# Copy it to /etc/nginx/snippets/ with each deploy.",
                &site,
            ),
        ),
        (
            "editor-headers.conf",
            nginx_lines(
                "the headers of the content editor (/admin/), as in dist/_headers.\n# Copy it to /etc/nginx/snippets/ with each deploy.",
                &editor,
            ),
        ),
    ]
}

/// The policy a headers file sends with the addresses of `pattern`.
pub fn policy_in_headers_file(text: &str, pattern: &str) -> Option<Policy> {
    text.lines()
        .skip_while(|line| line.trim() != pattern)
        .skip(1)
        .take_while(|line| line.starts_with(char::is_whitespace))
        .find_map(|line| line.trim().strip_prefix("Content-Security-Policy: "))
        .map(Policy::parse)
}

#[cfg(test)]
mod tests {
    use super::super::script_hash;
    use super::*;

    fn served() -> Served {
        Served {
            site: Policy::for_site(&[script_hash("run();")], &[], true),
            editor: Policy::for_editor(&["https://api.github.com".to_owned()]),
            pages: page_patterns([
                "index.html",
                "roots/index.html",
                "es/index.html",
                "es/faq/index.html",
                "404.html",
            ]),
        }
    }

    #[test]
    fn each_top_folder_of_pages_is_named_as_itself_and_all_under_it() {
        assert_eq!(
            served().pages,
            [
                "/",
                "/index.html",
                "/roots",
                "/roots/*",
                "/es",
                "/es/*",
                "/404.html"
            ]
        );
    }

    #[test]
    fn visitor_pages_and_the_editor_each_get_their_own_policy_and_share_the_rest() {
        let served = served();
        let file = headers_file(&served);
        for pattern in &served.pages {
            assert_eq!(
                policy_in_headers_file(&file, pattern),
                Some(served.site.clone()),
                "{pattern}"
            );
        }
        assert_eq!(
            policy_in_headers_file(&file, "/*"),
            None,
            "no policy for every address"
        );
        assert_eq!(
            policy_in_headers_file(&file, &editor_pattern()),
            Some(served.editor.clone())
        );
        assert!(file.contains("/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n"));
        assert!(file.contains("/*\n  Referrer-Policy: no-referrer\n"));
        assert!(file.contains("  X-Robots-Tag: noindex, nofollow\n"));
        let nginx = nginx_snippet(&served);
        assert!(nginx[0].1.contains(&format!(
            "add_header Content-Security-Policy \"{}\" always;",
            served.site.header()
        )));
        assert!(nginx[1].1.contains(&format!(
            "add_header Content-Security-Policy \"{}\" always;",
            served.editor.header()
        )));
    }
}
