//! Checks of single answers, as people type them.

/// An email address that mail can reach: the shape people type
/// ([`looks_like_email`]) and, with the `rfc5322` feature, valid by
/// RFC 5322's rules.
pub fn is_email(text: &str) -> bool {
    looks_like_email(text) && follows_rfc5322(text.trim())
}

/// An email address's shape: something@something.something, one `@`, no
/// spaces, no `?` (which would start a `mailto:` query).
pub fn looks_like_email(text: &str) -> bool {
    let text = text.trim();
    let Some((user, domain)) = text.split_once('@') else {
        return false;
    };
    !user.is_empty()
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && domain.contains('.')
        && !domain.contains('@')
        && !text.contains(|c: char| c.is_whitespace() || c.is_control() || c == '?')
}

#[cfg(feature = "rfc5322")]
fn follows_rfc5322(text: &str) -> bool {
    use email_address::{EmailAddress, Options};
    let options = Options::default()
        .with_required_tld()
        .without_domain_literal()
        .without_display_text();
    // A quoted local part may hold anything: nobody types one.
    EmailAddress::parse_with_options(text, options)
        .is_ok_and(|address| !address.local_part().starts_with('"'))
}

#[cfg(not(feature = "rfc5322"))]
fn follows_rfc5322(_: &str) -> bool {
    true
}

/// A phone number as people type them: digits with spaces, dashes, dots,
/// parentheses or a leading `+`, and at least seven digits.
pub fn is_phone(text: &str) -> bool {
    let text = text.trim();
    let body = text.strip_prefix('+').unwrap_or(text);
    body.chars()
        .all(|c| c.is_ascii_digit() || " -.()".contains(c))
        && body.chars().filter(char::is_ascii_digit).count() >= 7
}

/// A request id as the island makes them (`crypto.randomUUID()`): hex
/// digits and dashes, 36 characters.
pub fn is_request_id(text: &str) -> bool {
    text.len() == 36 && text.chars().all(|c| c.is_ascii_hexdigit() || c == '-')
}

/// A version 4 UUID of 16 random bytes, written as [`is_request_id`] reads
/// it (RFC 9562, §5.4).
pub fn request_id(mut bytes: [u8; 16]) -> String {
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|byte| format!("{byte:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_id_made_of_random_bytes_is_a_version_4_uuid() {
        let id = request_id([0xff; 16]);
        assert_eq!(id, "ffffffff-ffff-4fff-bfff-ffffffffffff");
        assert!(is_request_id(&id));
        assert_eq!(request_id([0; 16]), "00000000-0000-4000-8000-000000000000");
    }

    #[test]
    fn an_email_s_shape_is_what_people_type() {
        assert!(looks_like_email(" sam@mail.example.org "));
        assert!(
            looks_like_email("a..b@example.org"),
            "a shape, not RFC 5322"
        );
        assert!(!looks_like_email("sam@localhost"));
        assert!(!looks_like_email("sam@@x.org"));
        assert!(!looks_like_email("@x.org"));
        assert!(!looks_like_email(
            "hello@x.org?bcc=someone@elsewhere.example"
        ));
        assert!(!looks_like_email("sam@x.org\r\nBcc: y@z.org"));
    }

    #[cfg(feature = "rfc5322")]
    #[test]
    fn emails_are_read_by_rfc_5322() {
        assert!(!is_email("a..b@example.org"));
        assert!(!is_email(".a@example.org"));
        assert!(is_email(" sam@mail.example.org "));
        assert!(is_email("o'brien+therapy@example.co.uk"));
        assert!(!is_email("sam@localhost"));
        assert!(!is_email("sam@@x.org"));
        assert!(!is_email("@x.org"));
        assert!(!is_email("sam@x.org."));
        assert!(!is_email("hello@x.org?bcc=someone@elsewhere.example"));
        assert!(!is_email("\"a b\"@x.org"));
        assert!(!is_email("sam@x.org\r\nBcc: y@z.org"));
    }

    #[test]
    fn phones_are_read_as_people_type_them() {
        assert!(is_phone("+44 20 7946 0958"));
        assert!(is_phone("(503) 555-0199"));
        assert!(!is_phone("12345"));
        assert!(!is_phone("555-CALL-NOW"));
    }

    #[test]
    fn request_ids_are_the_islands() {
        assert!(is_request_id("0b6a3c1e-5f7d-4e8a-9c2b-1d3e5f7a9b0c"));
        assert!(!is_request_id("0b6a3c1e"));
        assert!(!is_request_id("0b6a3c1e-5f7d-4e8a-9c2b-1d3e5f7a9b0\n"));
    }
}
