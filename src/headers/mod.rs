//! The response headers the site is served with, written by the build from
//! this one source: `dist/_headers` (Netlify, Cloudflare Pages), snippets
//! for nginx beside the site (`dist-nginx/*.conf`), and the same policy in a
//! `<meta>` of every page, for hosts that send no headers of their own
//! (GitHub Pages). Visitor pages get the site's strict policy; the content
//! editor at `/admin/` its own ([`Policy::for_editor`]). [`check_site`] then
//! proves that every built page's inline scripts are the ones its policy
//! allows, so a stale hash fails the build, not the visitor.

use base64::Engine;
use sha2::{Digest, Sha256};

mod check;
mod files;

pub use check::{check_site, EDITOR_FOLDER};
pub use files::{
    headers_file, nginx_dir, nginx_snippets, page_patterns, policy_in_headers_file, Served,
};

/// Directives a `<meta>` policy cannot carry (CSP 3, §3.3).
const NOT_IN_META: [&str; 3] = ["frame-ancestors", "report-uri", "sandbox"];

/// A Content-Security-Policy: each directive and its sources, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Policy {
    directives: Vec<(String, Vec<String>)>,
}

impl Policy {
    /// The site's policy: nothing but what its pages load from its own
    /// origin (scripts, styles, images, fonts, requests), the inline scripts by
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
            ("default-src", none()),
            ("script-src", script),
            ("style-src", own()),
            ("img-src", vec!["'self'".to_owned(), "data:".to_owned()]),
            ("font-src", own()),
            ("connect-src", dedup(connect)),
            ("base-uri", own()),
            ("form-action", dedup(form)),
            ("frame-ancestors", none()),
        ];
        Self::of(directives)
    }

    /// The content editor's policy (Sveltia CMS at `/admin/`): its own files
    /// only (its fonts, translations and status files are served beside
    /// it); no evaluated code; inline styles, which its components write;
    /// images, files and its app manifest it holds in memory (`blob:`,
    /// `data:`); and the git host's API it saves through (`connect`,
    /// origins). Nothing of it applies to visitor pages.
    pub fn for_editor(connect: &[String]) -> Self {
        let own = || vec!["'self'".to_owned()];
        let with = |extra: &[&str]| {
            let mut sources = own();
            sources.extend(extra.iter().map(|source| (*source).to_owned()));
            sources
        };
        let mut reach = with(&["data:", "blob:"]);
        reach.extend(connect.iter().cloned());
        let directives = vec![
            ("default-src", none()),
            ("script-src", own()),
            ("style-src", with(&["'unsafe-inline'"])),
            ("img-src", with(&["data:", "blob:"])),
            ("font-src", own()),
            ("media-src", with(&["blob:"])),
            ("manifest-src", with(&["blob:"])),
            ("connect-src", dedup(reach)),
            ("base-uri", own()),
            ("form-action", none()),
            ("frame-ancestors", none()),
        ];
        Self::of(directives)
    }

    /// A policy of these directives, in order.
    fn of(directives: Vec<(&str, Vec<String>)>) -> Self {
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

/// `https://forms.example.org` for `https://forms.example.org/consultation`;
/// nothing for a path on the site itself.
fn origin(url: &str) -> Option<String> {
    // Parsed, not cut out of the string: a host with `;` or `,` in it
    // would otherwise add a directive or a second policy.
    // WHATWG's parser lets through `;` in a host, which a policy must not.
    let url = url::Url::parse(url).ok()?;
    let host = url.host_str()?;
    let plain = host
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "-.[]:".contains(c));
    (matches!(url.scheme(), "https" | "http") && plain).then(|| url.origin().ascii_serialization())
}

/// `'none'`: what `default-src` allows, so that every other kind of
/// resource is refused unless its own directive names it.
fn none() -> Vec<String> {
    vec!["'none'".to_owned()]
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
            header.starts_with("default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-")
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
        let relay = Policy::for_site(&[], &["http://127.0.0.1:8787/"], false);
        assert_eq!(
            relay.sources("connect-src"),
            ["'self'", "http://127.0.0.1:8787"],
            "the relay under scripts/relay"
        );
        let hostile = Policy::for_site(&[], &["https://f.example;sandbox"], false);
        assert_eq!(
            hostile.sources("connect-src"),
            ["'self'"],
            "an address that is not one adds nothing"
        );
    }

    #[test]
    fn the_meta_policy_is_the_header_less_what_a_meta_cannot_carry() {
        let meta = policy().meta();
        assert!(meta.sources("frame-ancestors").is_empty());
        assert_eq!(meta.sources("script-src"), policy().sources("script-src"));
    }

    #[test]
    fn inline_scripts_are_found_but_not_files_or_data() {
        let html = "<script data-boot=\"/b.js\">run();</script><script src=\"/a.js\"></script>\
                    <script type=\"application/ld+json\">{}</script>";
        assert_eq!(inline_scripts(html), ["run();"]);
    }

    #[test]
    fn the_editor_evaluates_no_code_and_reaches_its_git_host_and_nothing_else_beyond_the_site() {
        let editor = Policy::for_editor(&["https://api.github.com".to_owned()]);
        assert_eq!(editor.sources("script-src"), ["'self'"]);
        assert_eq!(
            editor.sources("connect-src"),
            ["'self'", "data:", "blob:", "https://api.github.com"]
        );
        let header = editor.header();
        assert!(
            !header.contains("unsafe-eval")
                && !header.contains("127.0.0.1")
                && !header.contains("localhost"),
            "{header}"
        );
        for directive in [
            "img-src",
            "font-src",
            "style-src",
            "media-src",
            "manifest-src",
        ] {
            assert!(
                editor
                    .sources(directive)
                    .iter()
                    .all(|source| !source.starts_with("http")),
                "{directive} loads nothing from another origin: {header}"
            );
        }
        assert_eq!(editor.sources("frame-ancestors"), ["'none'"]);
        let visitors = policy().header();
        assert!(
            !visitors.contains("'unsafe-eval'") && !visitors.contains("'unsafe-inline'"),
            "visitors' stays strict: {visitors}"
        );
    }
}
