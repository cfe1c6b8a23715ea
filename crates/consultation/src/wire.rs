//! How a request travels: the bodies a relay accepts, and its replies.

use crate::reply::Reason;
use crate::request::Request;
use serde::{Deserialize, Serialize};

/// The largest body a relay reads: every field at its `maxlength`, in
/// four-byte characters and percent-encoded, is well under it.
pub const MAX_BODY_BYTES: usize = 32 * 1024;

/// A body's format, as its `Content-Type` names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// `application/json`: the island's.
    Json,
    /// `application/x-www-form-urlencoded`: the HTML form's.
    Form,
}

impl Format {
    /// The format a `Content-Type` header names, if it is one of the two.
    pub fn of(content_type: &str) -> Option<Self> {
        let essence = content_type.split(';').next()?.trim();
        if essence.eq_ignore_ascii_case("application/json") {
            Some(Format::Json)
        } else if essence.eq_ignore_ascii_case("application/x-www-form-urlencoded") {
            Some(Format::Form)
        } else {
            None
        }
    }

    /// Its `Content-Type`.
    pub fn content_type(self) -> &'static str {
        match self {
            Format::Json => "application/json",
            Format::Form => "application/x-www-form-urlencoded",
        }
    }
}

impl Request {
    /// The request as the island sends it.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a request of strings always serialises")
    }

    /// The request as the HTML form sends it.
    pub fn to_form(&self) -> String {
        serde_urlencoded::to_string(self).expect("a request of strings always serialises")
    }

    /// Reads a body: refused if it is too large, not the request's shape,
    /// or something no page of the site would send.
    pub fn read(body: &[u8], format: Format) -> Result<Self, Reason> {
        if body.len() > MAX_BODY_BYTES {
            return Err(Reason::TooLarge);
        }
        let request: Request = match format {
            Format::Json => serde_json::from_slice(body).map_err(|_| Reason::Malformed)?,
            Format::Form => serde_urlencoded::from_bytes(body).map_err(|_| Reason::Malformed)?,
        };
        match request.malformed() {
            Some(_) => Err(Reason::Malformed),
            None => Ok(request),
        }
    }
}

/// Where a relay sends the visitor of the HTML form: two paths on the site,
/// carried in the query of the form's `action` (they are the site's
/// addresses, nothing the visitor typed).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Return {
    /// The thank-you page, once the request is delivered.
    pub done: String,
    /// The form's own page, to show it again with the problems listed or
    /// the failure said, and every answer kept.
    pub back: String,
}

impl Return {
    /// Its query string.
    pub fn query(&self) -> String {
        serde_urlencoded::to_string(self).expect("two strings always serialise")
    }

    /// The paths a query names, if both are paths on the site.
    pub fn from_query(query: &str) -> Option<Self> {
        let paths: Return = serde_urlencoded::from_str(query).ok()?;
        (is_site_path(&paths.done) && is_site_path(&paths.back)).then_some(paths)
    }
}

/// A path on the site itself: starts with one `/`, and holds nothing that
/// could leave it (`//`, `\`, a scheme) or break a header.
fn is_site_path(path: &str) -> bool {
    path.starts_with('/')
        && !path.starts_with("//")
        && path.len() <= 200
        && !path.contains(|c: char| c == '\\' || c == ':' || c.is_control() || c.is_whitespace())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::choice::{ContactMethod, Payment};
    use crate::field::Field;
    use crate::request::tests::complete;

    #[test]
    fn every_field_travels_under_its_key() {
        let request = Request {
            id: "0b6a3c1e-5f7d-4e8a-9c2b-1d3e5f7a9b0c".into(),
            phone: "503 555 0199".into(),
            language: "Español".into(),
            ..complete()
        };
        let json: serde_json::Value = serde_json::from_str(&request.to_json()).unwrap();
        let keys: Vec<&str> = json
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let mut expected: Vec<&str> = Field::ALL.iter().map(|field| field.key()).collect();
        expected.push("request-id");
        let (mut keys, mut expected) = (keys, expected);
        keys.sort_unstable();
        expected.sort_unstable();
        assert_eq!(keys, expected);
    }

    #[test]
    fn both_formats_round_trip() {
        let request = Request {
            name: "Zoë & Kim = \"us\"".into(),
            availability: "Mon 9–11? 50% of Tuesdays + weekends".into(),
            ..complete()
        };
        assert_eq!(
            Request::read(request.to_json().as_bytes(), Format::Json),
            Ok(request.clone())
        );
        assert_eq!(
            Request::read(request.to_form().as_bytes(), Format::Form),
            Ok(request)
        );
    }

    #[test]
    fn the_html_form_sends_what_it_has() {
        let body = "name=Alex&method=phone&phone=%2B1+503+555+0199&email=&availability=Evenings\
                    &place=Oregon&clinician=any&format=either&payment=insurance";
        let request = Request::read(body.as_bytes(), Format::Form).unwrap();
        assert_eq!(request.method, Some(ContactMethod::Phone));
        assert_eq!(request.phone, "+1 503 555 0199");
        assert_eq!(request.payment, Some(Payment::Insurance));
        assert_eq!(request.problems(), []);
        let unchosen = Request::read(b"name=Alex", Format::Form).unwrap();
        assert_eq!(unchosen.method, None);
    }

    #[test]
    fn hostile_bodies_are_refused_whole() {
        let oversized = format!("{{\"name\":\"{}\"}}", "x".repeat(MAX_BODY_BYTES));
        assert_eq!(
            Request::read(oversized.as_bytes(), Format::Json),
            Err(Reason::TooLarge)
        );
        for body in [
            r#"{"name": 5}"#,
            r#"{"method": "carrier-pigeon"}"#,
            r#"{"name": "A", "bcc": "someone@elsewhere.example"}"#,
            r#"["name"]"#,
            r#"{"name": "A\r\nBcc: someone@elsewhere.example"}"#,
            "not json",
        ] {
            assert_eq!(
                Request::read(body.as_bytes(), Format::Json),
                Err(Reason::Malformed),
                "{body}"
            );
        }
        assert_eq!(
            Request::read(b"name=A%0D%0ABcc%3A+x%40y.org", Format::Form),
            Err(Reason::Malformed)
        );
        let too_long = format!("name={}", "x".repeat(Field::Name.max_chars() + 1));
        assert_eq!(
            Request::read(too_long.as_bytes(), Format::Form),
            Err(Reason::Malformed)
        );
    }

    #[test]
    fn content_types_are_read_by_their_essence() {
        assert_eq!(
            Format::of("application/json; charset=utf-8"),
            Some(Format::Json)
        );
        assert_eq!(
            Format::of("Application/X-WWW-Form-Urlencoded"),
            Some(Format::Form)
        );
        assert_eq!(Format::of("text/plain"), None);
        assert_eq!(Format::of("multipart/form-data; boundary=x"), None);
    }

    #[test]
    fn the_return_paths_stay_on_the_site() {
        let paths = Return {
            done: "/es/request-sent".into(),
            back: "/es/contact".into(),
        };
        assert_eq!(
            paths.query(),
            "done=%2Fes%2Frequest-sent&back=%2Fes%2Fcontact"
        );
        assert_eq!(Return::from_query(&paths.query()), Some(paths));
        for hostile in [
            "done=https%3A%2F%2Felsewhere.example&back=%2Fcontact",
            "done=%2F%2Felsewhere.example&back=%2Fcontact",
            "done=%2F%5Celsewhere.example&back=%2Fcontact",
            "done=%2Fsent%0D%0ALocation%3A+x&back=%2Fcontact",
            "done=%2Fsent",
            "",
        ] {
            assert_eq!(Return::from_query(hostile), None, "{hostile}");
        }
    }
}
