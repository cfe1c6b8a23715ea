//! The headers files the build writes: `dist/_headers` for Netlify and
//! Cloudflare Pages, and nginx snippets beside `dist/`, from one description
//! ([`Served`]).

use super::Policy;
use std::path::{Path, PathBuf};

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

/// Powerful features no page of the site uses, each turned off for every
/// address (the editor's too).
// Only names Chromium knows (checked on 156): it logs an error for any other.
const FEATURES_OFF: [&str; 28] = [
    "accelerometer",
    "autoplay",
    "browsing-topics",
    "camera",
    "clipboard-read",
    "compute-pressure",
    "display-capture",
    "encrypted-media",
    "fullscreen",
    "gamepad",
    "geolocation",
    "gyroscope",
    "hid",
    "identity-credentials-get",
    "idle-detection",
    "local-fonts",
    "magnetometer",
    "microphone",
    "midi",
    "otp-credentials",
    "payment",
    "picture-in-picture",
    "publickey-credentials-create",
    "publickey-credentials-get",
    "screen-wake-lock",
    "serial",
    "usb",
    "xr-spatial-tracking",
];

/// The `Permissions-Policy`: every feature of [`FEATURES_OFF`] off, and
/// writing to the clipboard kept for the site's own Copy button.
pub fn permissions_policy() -> String {
    let mut features: Vec<String> = FEATURES_OFF
        .iter()
        .map(|feature| format!("{feature}=()"))
        .collect();
    features.push("clipboard-write=(self)".to_owned());
    features.join(", ")
}

/// Each rule of the headers file: an address pattern and its headers. A
/// host sends every matching rule's headers, joining two values of one
/// header into a list; so a header whose value differs by address is given
/// by the patterns of pages, assets and editor, never by `/*` too.
fn rules(served: &Served) -> Vec<(String, Vec<(&'static str, String)>)> {
    let mut rules = vec![("/*".to_owned(), shared_headers())];
    for pattern in &served.pages {
        rules.push((pattern.clone(), page_headers(&served.site)));
    }
    rules.push(("/assets/*".to_owned(), asset_headers()));
    rules.push((editor_pattern(), editor_headers(&served.editor)));
    rules
}

/// The headers every address gets, visitor page, asset or editor.
fn shared_headers() -> Vec<(&'static str, String)> {
    vec![
        ("Referrer-Policy", "no-referrer".to_owned()),
        ("X-Content-Type-Options", "nosniff".to_owned()),
        // Browsers that know `frame-ancestors` heed the policy's instead.
        ("X-Frame-Options", "DENY".to_owned()),
        ("Permissions-Policy", permissions_policy()),
        // Browsers heed it only over HTTPS, which every host here serves.
        (
            "Strict-Transport-Security",
            "max-age=31536000; includeSubDomains".to_owned(),
        ),
    ]
}

/// A visitor page's: its policy, and a window and resources of its own.
fn page_headers(site: &Policy) -> Vec<(&'static str, String)> {
    vec![
        ("Content-Security-Policy", site.header()),
        ("Cross-Origin-Opener-Policy", "same-origin".to_owned()),
        ("Cross-Origin-Resource-Policy", "same-origin".to_owned()),
    ]
}

/// The hashed files': cached for a year, and loadable from another origin,
/// as the consultation relay's page links the site's stylesheet.
fn asset_headers() -> Vec<(&'static str, String)> {
    vec![
        (
            "Cache-Control",
            "public, max-age=31536000, immutable".to_owned(),
        ),
        ("Cross-Origin-Resource-Policy", "cross-origin".to_owned()),
    ]
}

/// The editor's own: its policy, out of search, and never a stale copy.
/// Its sign-in through an OAuth provider answers from a popup by
/// `window.opener`, which `same-origin` would cut.
fn editor_headers(editor: &Policy) -> Vec<(&'static str, String)> {
    vec![
        ("Content-Security-Policy", editor.header()),
        (
            "Cross-Origin-Opener-Policy",
            "same-origin-allow-popups".to_owned(),
        ),
        ("Cross-Origin-Resource-Policy", "same-origin".to_owned()),
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

/// Where the build writes the nginx snippets for the site built into
/// `dist`: beside it (`dist-nginx/` for `dist/`), never in it, as they are
/// the server's and not the site's.
pub fn nginx_dir(dist: &Path) -> PathBuf {
    let name = dist
        .file_name()
        .map_or("site".into(), |name| name.to_string_lossy());
    dist.with_file_name(format!("{name}-nginx"))
}

/// The nginx snippets (in [`nginx_dir`]), included by the locations of
/// `deploy/nginx/practice-site.conf`: visitor pages', the editor's and the
/// assets', each with the shared headers, as an `add_header` in a location
/// hides the server's own.
pub fn nginx_snippets(served: &Served) -> Vec<(&'static str, String)> {
    [
        (
            "security-headers.conf",
            "visitor pages",
            page_headers(&served.site),
        ),
        (
            "editor-headers.conf",
            "the content editor (/admin/)",
            editor_headers(&served.editor),
        ),
        ("asset-headers.conf", "/assets/", asset_headers()),
    ]
    .into_iter()
    .map(|(name, whose, mut headers)| {
        headers.extend(shared_headers());
        let mut file = format!(
            "# Written by the build (src/headers/): the headers of {whose}, as in\n\
             # dist/_headers. Copy it to /etc/nginx/snippets/ with each deploy.\n"
        );
        for (name, value) in headers {
            file.push_str(&format!("add_header {name} \"{value}\" always;\n"));
        }
        (name, file)
    })
    .collect()
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
        let nginx = nginx_snippets(&served);
        assert!(nginx[0].1.contains(&format!(
            "add_header Content-Security-Policy \"{}\" always;",
            served.site.header()
        )));
        assert!(nginx[1].1.contains(&format!(
            "add_header Content-Security-Policy \"{}\" always;",
            served.editor.header()
        )));
        assert!(nginx[2]
            .1
            .contains("add_header Cross-Origin-Resource-Policy \"cross-origin\" always;"));
    }

    /// The headers a host sends for `address`: every matching rule's.
    fn sent(file: &str, address: &str) -> Vec<(String, String)> {
        let mut sent = Vec::new();
        let mut matching = false;
        for line in file.lines().filter(|line| !line.starts_with('#')) {
            match line
                .strip_prefix("  ")
                .and_then(|line| line.split_once(": "))
            {
                Some((name, value)) if matching => sent.push((name.to_owned(), value.to_owned())),
                Some(_) => {}
                None => {
                    matching = match line.strip_suffix('*') {
                        Some(prefix) => address.starts_with(prefix),
                        None => address == line,
                    }
                }
            }
        }
        sent
    }

    #[test]
    fn each_address_gets_each_header_once_pages_and_the_editor_keep_to_their_origin_and_assets_do_not(
    ) {
        let file = headers_file(&served());
        for address in [
            "/",
            "/roots",
            "/es/faq",
            "/404.html",
            "/assets/site-1.css",
            "/admin/",
            "/admin/a.js",
            "/no/such",
        ] {
            let sent = sent(&file, address);
            for (name, _) in &sent {
                let times = sent.iter().filter(|(other, _)| other == name).count();
                assert_eq!(times, 1, "{address}: {name} is sent once: {sent:#?}");
            }
            let value = |name: &str| {
                sent.iter()
                    .find(|(other, _)| other == name)
                    .map(|(_, value)| value.as_str())
            };
            assert_eq!(value("X-Frame-Options"), Some("DENY"), "{address}");
            assert_eq!(
                value("Strict-Transport-Security"),
                Some("max-age=31536000; includeSubDomains")
            );
            let corp = value("Cross-Origin-Resource-Policy");
            match address {
                "/no/such" => assert_eq!(
                    corp, None,
                    "an unknown address gets the shared headers alone"
                ),
                _ if address.starts_with("/assets/") => assert_eq!(
                    corp,
                    Some("cross-origin"),
                    "the relay's page links the stylesheet"
                ),
                _ => assert_eq!(corp, Some("same-origin"), "{address}"),
            }
        }
        let permissions = permissions_policy();
        assert!(
            permissions.contains("camera=(), ")
                && permissions.ends_with(", clipboard-write=(self)"),
            "{permissions}"
        );
    }

    #[test]
    fn the_nginx_snippets_are_written_beside_the_site_never_in_it() {
        assert_eq!(nginx_dir(Path::new("dist")), Path::new("dist-nginx"));
        assert_eq!(
            nginx_dir(Path::new("/w/target/dist-subpath/")),
            Path::new("/w/target/dist-subpath-nginx")
        );
    }
}
