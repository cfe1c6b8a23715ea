//! The response headers the site is served with, written by the build from
//! this one source: `dist/_headers` (Netlify, Cloudflare Pages),
//! `dist/_nginx/security-headers.conf` (nginx), and the same policy in a
//! `<meta>` of every page, for hosts that send no headers of their own
//! (GitHub Pages). [`check_site`] then proves that every built page's inline
//! scripts are the ones the policy allows, so a stale hash fails the build,
//! not the visitor.

use base64::Engine;
use sha2::{Digest, Sha256};
use std::path::Path;

/// Directives a `<meta>` policy cannot carry (CSP 3, §3.3).
const NOT_IN_META: [&str; 3] = ["frame-ancestors", "report-uri", "sandbox"];

/// A Content-Security-Policy: each directive and its sources, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Policy {
    directives: Vec<(String, Vec<String>)>,
}

impl Policy {
    /// The site's policy: nothing but its own origin, the inline scripts by
    /// their `hashes` (`'sha256-...'`), the wasm, and for each form endpoint
    /// on another origin, sending and posting to it; posting to `mailto:`
    /// where the consultation form opens an email instead.
    pub fn for_site(hashes: &[String], endpoints: &[&str], mailto_form: bool) -> Self {
        let origins: Vec<String> = endpoints.iter().filter_map(|url| origin(url)).collect();
        let mut script = vec!["'self'".to_owned(), "'wasm-unsafe-eval'".to_owned()];
        script.extend(hashes.iter().cloned());
        let mut connect = vec!["'self'".to_owned()];
        connect.extend(origins.iter().cloned());
        let mut form = connect.clone();
        if mailto_form {
            form.push("mailto:".to_owned());
        }
        let own = || vec!["'self'".to_owned()];
        let directives = vec![
            ("default-src", own()),
            ("script-src", script),
            ("style-src", own()),
            ("img-src", vec!["'self'".to_owned(), "data:".to_owned()]),
            ("font-src", own()),
            ("connect-src", dedup(connect)),
            ("object-src", vec!["'none'".to_owned()]),
            ("base-uri", own()),
            ("form-action", dedup(form)),
            ("frame-ancestors", vec!["'none'".to_owned()]),
        ];
        Self {
            directives: directives
                .into_iter()
                .map(|(name, sources)| (name.to_owned(), sources))
                .collect(),
        }
    }

    /// Reads a policy as a header or a `<meta>` carries it.
    pub fn parse(text: &str) -> Self {
        let directives = text
            .split(';')
            .filter_map(|directive| {
                let mut words = directive.split_whitespace();
                let name = words.next()?.to_ascii_lowercase();
                Some((name, words.map(str::to_owned).collect()))
            })
            .collect();
        Self { directives }
    }

    /// The policy as the `Content-Security-Policy` header sends it.
    pub fn header(&self) -> String {
        self.directives
            .iter()
            .map(|(name, sources)| format!("{name} {}", sources.join(" ")))
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// The same policy as a `<meta http-equiv>` can carry it.
    pub fn meta(&self) -> Self {
        Self {
            directives: self
                .directives
                .iter()
                .filter(|(name, _)| !NOT_IN_META.contains(&name.as_str()))
                .cloned()
                .collect(),
        }
    }

    /// The sources of one directive.
    pub fn sources(&self, directive: &str) -> &[String] {
        self.directives
            .iter()
            .find(|(name, _)| name == directive)
            .map_or(&[], |(_, sources)| sources.as_slice())
    }
}

/// `'sha256-...'`: how a policy names an inline script.
pub fn script_hash(script: &str) -> String {
    let digest = Sha256::digest(script.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The headers for every path, and for `/assets/`, whose names carry a hash
/// of their content so they never change.
pub fn rules(policy: &Policy) -> Vec<(&'static str, Vec<(&'static str, String)>)> {
    vec![
        ("/*", security_headers(policy)),
        (
            "/assets/*",
            vec![(
                "Cache-Control",
                "public, max-age=31536000, immutable".to_owned(),
            )],
        ),
    ]
}

fn security_headers(policy: &Policy) -> Vec<(&'static str, String)> {
    vec![
        ("Content-Security-Policy", policy.header()),
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

/// `dist/_headers`, as Netlify and Cloudflare Pages read it.
pub fn headers_file(policy: &Policy) -> String {
    let mut file = String::from(
        "# Written by the build (src/headers.rs): the response headers for Netlify\n\
         # and Cloudflare Pages. Pages get the hosts' default caching, which\n\
         # revalidates on every visit.\n",
    );
    for (pattern, headers) in rules(policy) {
        file.push_str(pattern);
        file.push('\n');
        for (name, value) in headers {
            file.push_str(&format!("  {name}: {value}\n"));
        }
    }
    file
}

/// `dist/_nginx/security-headers.conf`: the same security headers for
/// nginx, included by each location of `deploy/nginx/practice-site.conf`
/// (an `add_header` in a location hides the server's own).
pub fn nginx_snippet(policy: &Policy) -> String {
    let mut file = String::from(
        "# Written by the build (src/headers.rs): the security headers of dist/_headers\n\
         # for nginx. Copy it to /etc/nginx/snippets/ with each deploy.\n",
    );
    for (name, value) in security_headers(policy) {
        file.push_str(&format!("add_header {name} \"{value}\" always;\n"));
    }
    file
}

/// The policy the headers file at `file` sends with every page.
pub fn policy_in_headers_file(text: &str) -> Option<Policy> {
    text.lines()
        .skip_while(|line| line.trim() != "/*")
        .skip(1)
        .take_while(|line| line.starts_with(char::is_whitespace))
        .find_map(|line| line.trim().strip_prefix("Content-Security-Policy: "))
        .map(Policy::parse)
}

/// Checks a built site: every page carries the policy of `dist/_headers` in
/// its `<meta>` (less what a meta tag cannot carry), the nginx snippet sends
/// the same, and every inline script of every page is allowed by its hash.
/// Each problem is one line naming the file.
pub fn check_site(dist: &Path) -> Result<(), Vec<String>> {
    let mut problems = Vec::new();
    let read = |path: &Path| std::fs::read_to_string(path).unwrap_or_default();
    let Some(policy) = policy_in_headers_file(&read(&dist.join("_headers"))) else {
        return Err(vec![format!(
            "{}: no Content-Security-Policy for /*",
            dist.join("_headers").display()
        )]);
    };
    let nginx = dist.join("_nginx/security-headers.conf");
    if !read(&nginx).contains(&format!(
        "add_header Content-Security-Policy \"{}\" always;",
        policy.header()
    )) {
        problems.push(format!(
            "{}: its Content-Security-Policy is not the one in _headers",
            nginx.display()
        ));
    }
    let mut pages = Vec::new();
    html_files(dist, &mut pages);
    for page in pages {
        let html = read(&page);
        match meta_policy(&html) {
            Some(meta) if meta == policy.meta() => {}
            Some(_) => problems.push(format!(
                "{}: its <meta> Content-Security-Policy is not the one in _headers",
                page.display()
            )),
            None => problems.push(format!(
                "{}: no <meta> Content-Security-Policy",
                page.display()
            )),
        }
        for script in inline_scripts(&html) {
            let hash = script_hash(script);
            if !policy.sources("script-src").contains(&hash) {
                problems.push(format!(
                    "{}: an inline script ({hash}) that the Content-Security-Policy does not allow: its hash is stale",
                    page.display()
                ));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// The policy of a page's `<meta http-equiv="Content-Security-Policy">`.
pub fn meta_policy(html: &str) -> Option<Policy> {
    let marker = "<meta http-equiv=\"Content-Security-Policy\" content=\"";
    let start = html.find(marker)? + marker.len();
    let end = start + html[start..].find('"')?;
    Some(Policy::parse(&html[start..end]))
}

/// The text of each inline script that runs (data blocks such as JSON-LD do
/// not).
pub fn inline_scripts(html: &str) -> Vec<&str> {
    let mut scripts = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let Some(open_end) = rest[start..].find('>').map(|end| start + end + 1) else {
            break;
        };
        let tag = &rest[start..open_end];
        let Some(close) = rest[open_end..].find("</script>").map(|end| open_end + end) else {
            break;
        };
        let runs = !tag.contains(" src=") && !tag.contains("application/ld+json");
        if runs {
            scripts.push(&rest[open_end..close]);
        }
        rest = &rest[close..];
    }
    scripts
}

fn html_files(dir: &Path, found: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            html_files(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "html") {
            found.push(path);
        }
    }
}

/// `https://forms.example.org` for `https://forms.example.org/consultation`;
/// nothing for a path on the site itself.
fn origin(url: &str) -> Option<String> {
    let rest = url.strip_prefix("https://")?;
    let host = rest.split(['/', '?', '#']).next()?;
    (!host.is_empty()).then(|| format!("https://{host}"))
}

fn dedup(mut sources: Vec<String>) -> Vec<String> {
    let mut seen = Vec::new();
    sources.retain(|source| {
        let new = !seen.contains(source);
        seen.push(source.clone());
        new
    });
    sources
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy() -> Policy {
        Policy::for_site(&[script_hash("run();")], &[], true)
    }

    #[test]
    fn the_policy_allows_only_the_site_and_its_own_script() {
        let header = policy().header();
        assert!(
            header.starts_with("default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-")
        );
        assert!(header.contains("; connect-src 'self'; "));
        assert!(header.contains("; form-action 'self' mailto:; "));
        assert!(header.ends_with("frame-ancestors 'none'"));
        assert_eq!(Policy::parse(&header), policy(), "it reads back the same");
    }

    #[test]
    fn a_cross_origin_endpoint_is_allowed_to_receive_and_only_it() {
        let policy = Policy::for_site(
            &[],
            &[
                "https://forms.example.org/f/consult?x=1",
                "/api/consultation",
            ],
            false,
        );
        assert_eq!(
            policy.sources("connect-src"),
            ["'self'", "https://forms.example.org"]
        );
        assert_eq!(
            policy.sources("form-action"),
            ["'self'", "https://forms.example.org"]
        );
    }

    #[test]
    fn the_meta_policy_is_the_header_less_what_a_meta_cannot_carry() {
        let meta = policy().meta();
        assert!(meta.sources("frame-ancestors").is_empty());
        assert_eq!(meta.sources("script-src"), policy().sources("script-src"));
    }

    #[test]
    fn the_headers_file_and_the_nginx_snippet_send_the_same_policy() {
        let file = headers_file(&policy());
        assert_eq!(policy_in_headers_file(&file), Some(policy()));
        assert!(file.contains("/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n"));
        assert!(file.contains("  Strict-Transport-Security: max-age=31536000\n"));
        let nginx = nginx_snippet(&policy());
        assert!(nginx.contains(&format!(
            "add_header Content-Security-Policy \"{}\" always;",
            policy().header()
        )));
    }

    #[test]
    fn inline_scripts_are_found_but_not_files_or_data() {
        let html = "<script data-boot=\"/b.js\">run();</script><script src=\"/a.js\"></script>\
                    <script type=\"application/ld+json\">{}</script>";
        assert_eq!(inline_scripts(html), ["run();"]);
    }

    #[test]
    fn a_stale_hash_or_a_missing_meta_fails_the_check() {
        let dist = std::env::temp_dir().join(format!("headers-check-{}", std::process::id()));
        std::fs::create_dir_all(dist.join("_nginx")).unwrap();
        let policy = policy();
        std::fs::write(dist.join("_headers"), headers_file(&policy)).unwrap();
        std::fs::write(
            dist.join("_nginx/security-headers.conf"),
            nginx_snippet(&policy),
        )
        .unwrap();
        let page = |script: &str| {
            format!(
                "<head><meta http-equiv=\"Content-Security-Policy\" content=\"{}\"><script>{script}</script></head>",
                policy.meta().header()
            )
        };
        std::fs::write(dist.join("index.html"), page("run();")).unwrap();
        assert_eq!(check_site(&dist), Ok(()));

        std::fs::write(dist.join("index.html"), page("run(); // edited")).unwrap();
        let problems = check_site(&dist).unwrap_err();
        assert!(
            problems[0].contains("index.html: an inline script"),
            "{problems:?}"
        );
        assert!(problems[0].contains("its hash is stale"));

        std::fs::write(dist.join("index.html"), "<script>run();</script>").unwrap();
        let problems = check_site(&dist).unwrap_err();
        assert!(
            problems[0].contains("no <meta> Content-Security-Policy"),
            "{problems:?}"
        );
        std::fs::remove_dir_all(&dist).unwrap();
    }
}
