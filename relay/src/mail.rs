//! The email a request becomes: plain text, every answer and the request
//! id, from the practice's sending address to its verified destination.

use crate::config::Config;
use consultation::{is_email, ContactMethod, Request};
use mail_builder::MessageBuilder;

/// The message, as MIME text. The visitor's email (when that is how they
/// asked to be contacted) is its `Reply-To`, so that the practice can
/// answer it directly; mail-builder encodes every header, and the request
/// has been checked for line breaks, so no answer can add a header.
pub fn compose(config: &Config, request: &Request, id: &str, now_ms: u64) -> String {
    let domain = config
        .from
        .rsplit_once('@')
        .map_or("relay", |(_, domain)| domain);
    let mut message = MessageBuilder::new()
        .from(config.from.as_str())
        .to(config.to.as_str())
        .subject(format!("{} {}", config.subject, short(id)))
        // Set by hand: mail-builder's own use a clock and a host name that
        // the Workers runtime does not have.
        .date((now_ms / 1000) as i64)
        .message_id(format!("{id}@{domain}"))
        .text_body(request.email_text(id));
    let email = request.email.trim();
    if request.method == Some(ContactMethod::Email) && is_email(email) {
        message = message.reply_to(email);
    }
    message
        .write_to_string()
        .expect("writing to a string cannot fail")
}

/// The start of a request id, enough to tell requests apart in a subject.
fn short(id: &str) -> &str {
    id.get(..8).unwrap_or(id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use consultation::{Field, Payment, SessionFormat};
    use mail_parser::{MessageParser, MimeHeaders};

    fn config() -> Config {
        Config {
            site: url::Url::parse("https://www.example.org").unwrap(),
            from: "requests@example.org".into(),
            to: "intake@example.org".into(),
            subject: "Consultation request".into(),
        }
    }

    fn request() -> Request {
        Request {
            name: "Zoë Ñúñez".into(),
            method: Some(ContactMethod::Email),
            email: "zoe@example.net".into(),
            availability: "Tuesdays after 5".into(),
            place: "Oregon".into(),
            clinician: "any".into(),
            format: Some(SessionFormat::Either),
            payment: Some(Payment::SelfPay),
            ..Request::default()
        }
    }

    const ID: &str = "0b6a3c1e-5f7d-4e8a-9c2b-1d3e5f7a9b0c";

    #[test]
    fn the_email_holds_the_id_and_every_answer_and_nothing_else() {
        let mime = compose(&config(), &request(), ID, 1_764_950_400_000);
        let message = MessageParser::default().parse(mime.as_bytes()).unwrap();
        let address = |address: Option<&mail_parser::Address>| {
            address
                .and_then(|a| a.first())
                .and_then(|a| a.address())
                .map(str::to_owned)
        };
        assert_eq!(
            address(message.from()).as_deref(),
            Some("requests@example.org")
        );
        assert_eq!(address(message.to()).as_deref(), Some("intake@example.org"));
        assert_eq!(
            address(message.reply_to()).as_deref(),
            Some("zoe@example.net")
        );
        assert_eq!(message.subject(), Some("Consultation request 0b6a3c1e"));
        assert_eq!(
            message.message_id(),
            Some(format!("{ID}@example.org").as_str())
        );
        assert_eq!(message.attachment_count(), 0);
        let kind = message.content_type().unwrap();
        assert_eq!(
            (kind.ctype(), kind.subtype()),
            ("text", Some("plain")),
            "plain text only"
        );
        let text = message.body_text(0).unwrap();
        assert_eq!(text.replace("\r\n", "\n"), request().email_text(ID));
        for &field in Field::ALL {
            assert!(text.contains(request().answer(field)), "{field:?}");
        }
        let names: Vec<&str> = message.headers().iter().map(|h| h.name()).collect();
        assert_eq!(
            names,
            [
                "From",
                "To",
                "Subject",
                "Date",
                "Message-ID",
                "Reply-To",
                "MIME-Version",
                "Content-Type",
                "Content-Transfer-Encoding"
            ]
            .into_iter()
            .filter(|name| names.contains(name))
            .collect::<Vec<_>>(),
        );
    }

    #[test]
    fn no_answer_can_add_a_header() {
        let mut hostile = request();
        hostile.name = "A\r\nBcc: someone@elsewhere.example".into();
        hostile.email = "zoe@example.net\r\nBcc: someone@elsewhere.example".into();
        let mime = compose(&config(), &hostile, ID, 0);
        let message = MessageParser::default().parse(mime.as_bytes()).unwrap();
        assert!(message.bcc().is_none() && message.cc().is_none());
        assert!(
            message.reply_to().is_none(),
            "an address that is not one is no Reply-To"
        );
        assert_eq!(
            address_count(&message),
            2,
            "the sender and the practice alone"
        );
    }

    fn address_count(message: &mail_parser::Message) -> usize {
        [
            message.from(),
            message.to(),
            message.cc(),
            message.bcc(),
            message.reply_to(),
        ]
        .into_iter()
        .flatten()
        .map(|address| address.iter().count())
        .sum()
    }
}
