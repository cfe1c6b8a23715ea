//! The request itself, and what can be wrong with it.

use crate::check::{is_email, is_phone, is_request_id};
use crate::choice::{ContactMethod, Payment, SessionFormat};
use crate::field::Field;
use serde::{Deserialize, Serialize};

/// The value of "somewhere else" among the places someone can be during
/// sessions (the others are the places themselves).
pub const ELSEWHERE: &str = "elsewhere";
/// The value of "whoever fits" among the clinicians (the others are their
/// slugs).
pub const WHOEVER_FITS: &str = "any";

/// Everything the visitor has typed or chosen, as the form's inputs name it
/// and as it travels: JSON from the island, form-encoded from the HTML form.
/// Nothing here touches storage: the request lives only in memory.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Request {
    /// Chosen by the island once per request and kept when it is sent
    /// again, so that the relay can drop a duplicate; empty from the HTML
    /// form.
    #[serde(rename = "request-id", skip_serializing_if = "String::is_empty")]
    pub id: String,
    pub name: String,
    pub method: Option<ContactMethod>,
    pub email: String,
    pub phone: String,
    /// The language they would like replies in, by its own name; empty
    /// where the site has one language and does not ask.
    pub language: String,
    pub availability: String,
    /// Where they will be during sessions: a place the practice's licences
    /// cover, or [`ELSEWHERE`].
    pub place: String,
    /// Whom they would like to see: a clinician's slug, or [`WHOEVER_FITS`].
    pub clinician: String,
    pub format: Option<SessionFormat>,
    pub payment: Option<Payment>,
}

/// What is wrong with one field, in words the page has for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Problem {
    Missing,
    Invalid,
}

impl Problem {
    /// Every problem.
    pub const ALL: [Problem; 2] = [Problem::Missing, Problem::Invalid];

    /// Its key on the wire.
    pub fn key(self) -> &'static str {
        match self {
            Problem::Missing => "missing",
            Problem::Invalid => "invalid",
        }
    }

    /// The problem with this key.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|problem| problem.key() == key)
    }

    /// The attribute of a field's error element that carries the words for
    /// this problem, for the island and the relay to show.
    pub fn words_attribute(self) -> &'static str {
        match self {
            Problem::Missing => "data-missing",
            Problem::Invalid => "data-invalid",
        }
    }
}

/// What no form the site renders would send: a relay refuses it whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Malformed {
    /// Longer than the field's `maxlength`.
    TooLong(Field),
    /// A line break or another control character in a one-line answer.
    ControlCharacter(Field),
    /// A request id that is not the island's.
    RequestId,
}

impl Request {
    /// The problems with the request, in the order of the form; empty when
    /// it can be sent. Only the chosen contact detail is required.
    pub fn problems(&self) -> Vec<(Field, Problem)> {
        let mut problems = Vec::new();
        if self.name.trim().is_empty() {
            problems.push((Field::Name, Problem::Missing));
        }
        match self.method {
            None => problems.push((Field::Method, Problem::Missing)),
            Some(ContactMethod::Email) if self.email.trim().is_empty() => {
                problems.push((Field::Email, Problem::Missing))
            }
            Some(ContactMethod::Email) if !is_email(&self.email) => {
                problems.push((Field::Email, Problem::Invalid))
            }
            Some(ContactMethod::Phone) if self.phone.trim().is_empty() => {
                problems.push((Field::Phone, Problem::Missing))
            }
            Some(ContactMethod::Phone) if !is_phone(&self.phone) => {
                problems.push((Field::Phone, Problem::Invalid))
            }
            Some(_) => {}
        }
        if self.availability.trim().is_empty() {
            problems.push((Field::Availability, Problem::Missing));
        }
        if self.place.trim().is_empty() {
            problems.push((Field::Place, Problem::Missing));
        }
        if self.format.is_none() {
            problems.push((Field::Format, Problem::Missing));
        }
        if self.payment.is_none() {
            problems.push((Field::Payment, Problem::Missing));
        }
        problems
    }

    /// The problem with one field, if any.
    pub fn problem(&self, field: Field) -> Option<Problem> {
        self.problems()
            .into_iter()
            .find_map(|(wrong, problem)| (wrong == field).then_some(problem))
    }

    /// The first thing about the request that no page of the site would
    /// send, if any.
    pub fn malformed(&self) -> Option<Malformed> {
        if !self.id.is_empty() && !is_request_id(&self.id) {
            return Some(Malformed::RequestId);
        }
        self.typed().into_iter().find_map(|(field, text)| {
            if text.chars().count() > field.max_chars() {
                Some(Malformed::TooLong(field))
            } else if text.chars().any(char::is_control) {
                Some(Malformed::ControlCharacter(field))
            } else {
                None
            }
        })
    }

    /// The answer given in a field, trimmed: a choice's key, or the text.
    pub fn answer(&self, field: Field) -> &str {
        use crate::choice::Choice;
        let text = match field {
            Field::Name => &self.name,
            Field::Method => return self.method.map_or("", Choice::key),
            Field::Email => &self.email,
            Field::Phone => &self.phone,
            Field::Language => &self.language,
            Field::Availability => &self.availability,
            Field::Place => &self.place,
            Field::Clinician => &self.clinician,
            Field::Format => return self.format.map_or("", Choice::key),
            Field::Payment => return self.payment.map_or("", Choice::key),
        };
        text.trim()
    }

    /// The contact detail that goes with the chosen method.
    pub fn contact_detail(&self) -> &str {
        match self.method {
            Some(ContactMethod::Phone) => self.answer(Field::Phone),
            _ => self.answer(Field::Email),
        }
    }

    /// Every field given an answer, with it, in the order of the form (the
    /// contact detail the method did not choose is left out).
    pub fn answered(&self) -> Vec<(Field, &str)> {
        Field::ALL
            .iter()
            .filter(|&&field| {
                !matches!(
                    (field, self.method),
                    (Field::Email, Some(ContactMethod::Phone))
                        | (Field::Phone, Some(ContactMethod::Email))
                )
            })
            .map(|&field| (field, self.answer(field)))
            .filter(|(_, answer)| !answer.is_empty())
            .collect()
    }

    /// The fields typed or picked from a list, untrimmed, as they came.
    fn typed(&self) -> [(Field, &str); 7] {
        [
            (Field::Name, &self.name),
            (Field::Email, &self.email),
            (Field::Phone, &self.phone),
            (Field::Language, &self.language),
            (Field::Availability, &self.availability),
            (Field::Place, &self.place),
            (Field::Clinician, &self.clinician),
        ]
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn complete() -> Request {
        Request {
            id: String::new(),
            name: "Alex".into(),
            method: Some(ContactMethod::Email),
            email: "alex@example.org".into(),
            phone: String::new(),
            language: String::new(),
            availability: "Weekday evenings".into(),
            place: "Washington".into(),
            clinician: WHOEVER_FITS.into(),
            format: Some(SessionFormat::Telehealth),
            payment: Some(Payment::SelfPay),
        }
    }

    #[test]
    fn a_complete_request_has_no_problems() {
        assert_eq!(complete().problems(), []);
        assert_eq!(complete().malformed(), None);
    }

    #[test]
    fn an_empty_request_lists_every_field_in_form_order() {
        assert_eq!(
            Request::default().problems(),
            [
                (Field::Name, Problem::Missing),
                (Field::Method, Problem::Missing),
                (Field::Availability, Problem::Missing),
                (Field::Place, Problem::Missing),
                (Field::Format, Problem::Missing),
                (Field::Payment, Problem::Missing),
            ]
        );
    }

    #[test]
    fn only_the_chosen_contact_detail_is_required_and_checked() {
        let mut request = complete();
        request.email = "alex at example".into();
        assert_eq!(request.problem(Field::Email), Some(Problem::Invalid));
        request.method = Some(ContactMethod::Phone);
        assert_eq!(request.problem(Field::Email), None);
        assert_eq!(request.problem(Field::Phone), Some(Problem::Missing));
        request.phone = "555-CALL".into();
        assert_eq!(request.problem(Field::Phone), Some(Problem::Invalid));
        request.phone = "(503) 555-0199".into();
        assert_eq!(request.problems(), []);
        assert_eq!(request.contact_detail(), "(503) 555-0199");
        let answered: Vec<Field> = request.answered().iter().map(|(f, _)| *f).collect();
        assert!(answered.contains(&Field::Phone) && !answered.contains(&Field::Email));
    }

    #[test]
    fn what_no_page_would_send_is_malformed() {
        let long = Request {
            availability: "x".repeat(Field::Availability.max_chars() + 1),
            ..complete()
        };
        assert_eq!(
            long.malformed(),
            Some(Malformed::TooLong(Field::Availability))
        );
        let injected = Request {
            name: "Alex\r\nBcc: someone@elsewhere.example".into(),
            ..complete()
        };
        assert_eq!(
            injected.malformed(),
            Some(Malformed::ControlCharacter(Field::Name))
        );
        let id = Request {
            id: "../../etc".into(),
            ..complete()
        };
        assert_eq!(id.malformed(), Some(Malformed::RequestId));
        let island = Request {
            id: "0b6a3c1e-5f7d-4e8a-9c2b-1d3e5f7a9b0c".into(),
            name: "Zoë Ñúñez-O'Brien".into(),
            ..complete()
        };
        assert_eq!(island.malformed(), None);
    }
}
