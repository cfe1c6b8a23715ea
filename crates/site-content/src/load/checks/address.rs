//! Web addresses and email addresses in content, parsed (WHATWG's URL
//! parser, RFC 5322), never judged by their prefix: each lands in a link,
//! a `mailto:`, a policy's source list or a server's configuration, where
//! a stray `?`, `;`, `,` or `"` would change what it means.

use url::{Host, Url};

/// Characters no address in content needs, which the parser would quietly
/// drop (tabs and line breaks) or percent-encode, so that the address
/// linked would not be the one written.
const NEVER_IN_AN_ADDRESS: &str = "\"<>\\^`{|}";

/// A space, control character or [`NEVER_IN_AN_ADDRESS`] anywhere in it.
fn has_stray(address: &str) -> bool {
    address
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || NEVER_IN_AN_ADDRESS.contains(c))
}

/// Why `address` is not a full `https://` address of a public site, or
/// `None` when it is one: parsed, with a domain name as its host, no user
/// name or password, and a fragment (`#...`) only where `fragment` allows.
pub(crate) fn web_address_problem(address: &str, fragment: bool) -> Option<&'static str> {
    if has_stray(address) {
        return Some("it holds a space or a character no address has");
    }
    let Ok(url) = Url::parse(address) else {
        return Some("it is not a web address");
    };
    if url.scheme() != "https" {
        return Some("it does not start with https://");
    }
    if !has_public_domain(&url) {
        return Some("its site is not a domain name such as example.org");
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Some("it holds a user name or password before the site");
    }
    if url.fragment().is_some() && !fragment {
        return Some("it holds a `#` part, which this address cannot have");
    }
    None
}

/// A domain of letters, digits, dashes and dots, with at least two labels
/// (after IDNA, so `bücher.example` counts). WHATWG's parser lets `;` and
/// `,` through in a host, which a policy's source list must never hold.
fn has_public_domain(url: &Url) -> bool {
    let Some(Host::Domain(domain)) = url.host() else {
        return false;
    };
    let labels: Vec<&str> = domain.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
}

/// An address on this computer over plain HTTP (`http://127.0.0.1:8787/`):
/// the relay under `scripts/relay`, which only a production build refuses.
pub fn this_computer(address: &str) -> bool {
    let Ok(url) = Url::parse(address) else {
        return false;
    };
    let local = match url.host() {
        Some(Host::Ipv4(ip)) => ip.is_loopback(),
        Some(Host::Domain(name)) => name == "localhost",
        _ => false,
    };
    url.scheme() == "http"
        && local
        && url.username().is_empty()
        && url.password().is_none()
        && url.fragment().is_none()
        && !has_stray(address)
}

/// A path on the site itself (`/api/consultation`): it resolves to the
/// site's own origin, whatever that is.
pub(crate) fn on_site_path(address: &str) -> bool {
    let Ok(base) = Url::parse("https://site.invalid/") else {
        return false;
    };
    address.starts_with('/')
        && !address.contains('#')
        && !has_stray(address)
        && base
            .join(address)
            .is_ok_and(|url| url.origin() == base.origin())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn web_address(address: &str) -> bool {
        web_address_problem(address, true).is_none()
    }

    #[test]
    fn web_addresses_are_parsed_https_on_a_domain() {
        assert!(web_address("https://weather.com"));
        assert!(web_address("https://booking.example/x?y=1#times"));
        assert!(web_address("https://bücher.example/"));
        for refused in [
            "http://weather.com",
            "https://",
            "https://weather .com",
            "https://weather\n.com",
            "weather.com",
            "https://f.example;sandbox",
            "https://f.example,default-src",
            "https://f.example/\"x",
            "https://user:secret@f.example/",
            "https://weather.com@elsewhere.example/",
            "https://127.0.0.1/",
            "https://[::1]/",
            "https://localhost/",
            "javascript:alert(1)",
        ] {
            assert!(!web_address(refused), "{refused}");
        }
        assert_eq!(
            web_address_problem("https://example.org/#top", false),
            Some("it holds a `#` part, which this address cannot have")
        );
    }

    #[test]
    fn only_this_computer_is_allowed_plain_http() {
        assert!(this_computer("http://127.0.0.1:8787/"));
        assert!(this_computer("http://localhost:8787"));
        assert!(!this_computer("http://127.0.0.1.example.org/"));
        assert!(!this_computer("http://localhost@elsewhere.example/"));
        assert!(!this_computer("http://relay.example/"));
        assert!(!this_computer("https://127.0.0.1:8787/"));
        assert!(!this_computer("http://127.0.0.1:8787/;sandbox \"x"));
    }

    #[test]
    fn a_path_on_the_site_stays_on_the_site() {
        assert!(on_site_path("/api/consultation"));
        assert!(on_site_path("/practice/api/consultation?x=1"));
        for refused in [
            "//elsewhere.example/x",
            "/\\elsewhere.example",
            "api/consultation",
            "/a b",
            "/a#b",
        ] {
            assert!(!on_site_path(refused), "{refused}");
        }
    }
}
