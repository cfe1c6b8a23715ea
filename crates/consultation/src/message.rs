//! The request as words: the email a relay delivers, and the draft the
//! visitor's own mail program opens where there is no relay.

use crate::field::Field;
use crate::request::Request;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// What `mailto:` keeps as it is (RFC 3986's unreserved characters).
const UNRESERVED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

impl Request {
    /// The plain text a relay delivers: the request id, then every answer
    /// under its key, one per line, in the order of the form.
    pub fn email_text(&self, id: &str) -> String {
        std::iter::once(("request-id", id))
            .chain(
                self.answered()
                    .into_iter()
                    .map(|(field, answer)| (field.key(), answer)),
            )
            .map(|(key, answer)| format!("{key}: {answer}\n"))
            .collect()
    }
}

/// The message, as lines of `label: value` in the order of the form.
pub fn compose<'a>(lines: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    lines
        .into_iter()
        .map(|(label, value)| format!("{label}: {}", value.trim()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The answers in the words the visitor saw: `label` gives a field's label,
/// `words` what an answer to it looked like on the page.
pub fn in_words(
    request: &Request,
    label: impl Fn(Field) -> String,
    words: impl Fn(Field, &str) -> String,
) -> Vec<(String, String)> {
    request
        .answered()
        .into_iter()
        .map(|(field, answer)| (label(field), words(field, answer)))
        .collect()
}

/// A `mailto:` address that opens an email draft with this subject and body
/// (RFC 6068: UTF-8, percent-encoded, line breaks as CRLF).
pub fn mailto(to: &str, subject: &str, body: &str) -> String {
    with_body(&mailto_subject(to, subject), body)
}

/// A `mailto:` link to `to` alone, its address percent-encoded but for the
/// `@`, so that no `?` or `&` in it can add a header (a hidden `bcc`).
pub fn mailto_address(to: &str) -> String {
    let (user, domain) = to.rsplit_once('@').unwrap_or((to, ""));
    let [user, domain] = [user, domain].map(|part| utf8_percent_encode(part, UNRESERVED));
    if to.contains('@') {
        format!("mailto:{user}@{domain}")
    } else {
        format!("mailto:{user}")
    }
}

/// A `mailto:` address with a subject, to which a form or [`with_body`]
/// adds the body.
pub fn mailto_subject(to: &str, subject: &str) -> String {
    format!(
        "{}?subject={}",
        mailto_address(to),
        utf8_percent_encode(subject, UNRESERVED)
    )
}

/// `mailto_subject`'s address with the body added.
pub fn with_body(mailto_subject: &str, body: &str) -> String {
    let body = body.replace("\r\n", "\n").replace('\n', "\r\n");
    format!(
        "{mailto_subject}&body={}",
        utf8_percent_encode(&body, UNRESERVED)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::request::tests::complete;

    #[test]
    fn the_relays_email_holds_the_id_and_every_answer() {
        let text = complete().email_text("0b6a3c1e-5f7d-4e8a-9c2b-1d3e5f7a9b0c");
        assert_eq!(
            text,
            "request-id: 0b6a3c1e-5f7d-4e8a-9c2b-1d3e5f7a9b0c\n\
             name: Alex\n\
             method: email\n\
             email: alex@example.org\n\
             availability: Weekday evenings\n\
             place: Washington\n\
             clinician: any\n\
             format: telehealth\n\
             payment: self-pay\n"
        );
    }

    #[test]
    fn the_draft_is_in_the_words_the_visitor_saw() {
        let lines = in_words(
            &complete(),
            |field| format!("<{}>", field.key()),
            |field, answer| match field {
                Field::Method => "E-mail".to_owned(),
                _ => answer.to_owned(),
            },
        );
        assert_eq!(lines[1], ("<method>".to_owned(), "E-mail".to_owned()));
        assert_eq!(lines.len(), 8);
    }

    #[test]
    fn the_email_draft_is_correctly_encoded() {
        let body = compose([("Name", "Zoë & Kim"), ("Availability", "Mon 9–11?")]);
        assert_eq!(body, "Name: Zoë & Kim\nAvailability: Mon 9–11?");
        assert_eq!(
            mailto("hello@example.org", "Consultation request", &body),
            "mailto:hello@example.org?subject=Consultation%20request&body=Name%3A%20Zo%C3%AB%20%26%20Kim%0D%0AAvailability%3A%20Mon%209%E2%80%9311%3F"
        );
        assert_eq!(
            mailto_subject("a?b@x.org", "Hi"),
            "mailto:a%3Fb@x.org?subject=Hi"
        );
    }

    #[test]
    fn a_mail_link_can_add_no_header() {
        assert_eq!(mailto_address("hello@x.org"), "mailto:hello@x.org");
        assert_eq!(
            mailto_address("hello@x.org?bcc=someone@elsewhere.example"),
            "mailto:hello%40x.org%3Fbcc%3Dsomeone@elsewhere.example",
            "one address, with no query"
        );
        assert_eq!(mailto_address("a&cc=b"), "mailto:a%26cc%3Db");
    }
}
