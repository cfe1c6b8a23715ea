//! The consultation request: what a visitor fills in, its checks, and the
//! message it becomes (as an email draft or as JSON for a form endpoint).
//! Nothing here touches storage: the request lives only in memory.

/// A choice the form offers as radio buttons, each option named by a key
/// (its radio button's value and the end of its id).
pub trait Choice: Copy + Sized + 'static {
    /// Every option, in the order of the form.
    const ALL: &'static [Self];
    /// The option's key.
    fn key(self) -> &'static str;
    /// The option with this key.
    fn from_key(key: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|option| option.key() == key)
    }
}

/// How the visitor would like to be contacted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ContactMethod {
    Email,
    Phone,
}

impl Choice for ContactMethod {
    const ALL: &'static [Self] = &[ContactMethod::Email, ContactMethod::Phone];
    fn key(self) -> &'static str {
        match self {
            ContactMethod::Email => "email",
            ContactMethod::Phone => "phone",
        }
    }
}

/// Where the visitor would like to meet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SessionFormat {
    InPerson,
    Telehealth,
    Either,
}

impl Choice for SessionFormat {
    const ALL: &'static [Self] = &[
        SessionFormat::InPerson,
        SessionFormat::Telehealth,
        SessionFormat::Either,
    ];
    fn key(self) -> &'static str {
        match self {
            SessionFormat::InPerson => "in-person",
            SessionFormat::Telehealth => "telehealth",
            SessionFormat::Either => "either",
        }
    }
}

/// How the visitor expects to pay.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Payment {
    SelfPay,
    Insurance,
}

impl Choice for Payment {
    const ALL: &'static [Self] = &[Payment::SelfPay, Payment::Insurance];
    fn key(self) -> &'static str {
        match self {
            Payment::SelfPay => "self-pay",
            Payment::Insurance => "insurance",
        }
    }
}

/// The value of "somewhere else" among the places someone can be during
/// sessions (the others are the states themselves).
pub const ELSEWHERE: &str = "elsewhere";
/// The value of "whoever fits" among the clinicians (the others are their
/// slugs).
pub const WHOEVER_FITS: &str = "any";

/// A field of the form, in the order it appears.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    Name,
    Method,
    Email,
    Phone,
    Language,
    Availability,
    Place,
    Clinician,
    Format,
    Payment,
}

impl Field {
    /// Every field, in the order of the form.
    pub const ALL: [Field; 10] = [
        Field::Name,
        Field::Method,
        Field::Email,
        Field::Phone,
        Field::Language,
        Field::Availability,
        Field::Place,
        Field::Clinician,
        Field::Format,
        Field::Payment,
    ];

    /// The id of a text field's input, or the name of a choice's radio
    /// buttons; the field's other ids derive from it.
    pub fn name(self) -> &'static str {
        match self {
            Field::Name => "consult-name",
            Field::Method => "consult-method",
            Field::Email => "consult-email",
            Field::Phone => "consult-phone",
            Field::Language => "consult-language",
            Field::Availability => "consult-availability",
            Field::Place => "consult-place",
            Field::Clinician => "consult-clinician",
            Field::Format => "consult-format",
            Field::Payment => "consult-payment",
        }
    }

    /// Whether every request needs it (the contact details depend on the
    /// method chosen; the clinician has "whoever fits", and the language of
    /// replies the page's own, chosen from the start).
    pub fn always_required(self) -> bool {
        !matches!(
            self,
            Field::Email | Field::Phone | Field::Language | Field::Clinician
        )
    }

    /// Whether the field is a choice of radio buttons.
    pub fn is_choice(self) -> bool {
        matches!(self, Field::Method | Field::Format | Field::Payment)
    }

    /// The id of the element to focus for this field: its input, or its
    /// first radio button.
    pub fn input_id(self) -> String {
        let first_option = match self {
            Field::Method => ContactMethod::ALL[0].key(),
            Field::Format => SessionFormat::ALL[0].key(),
            Field::Payment => Payment::ALL[0].key(),
            _ => return self.name().to_owned(),
        };
        format!("{}-{first_option}", self.name())
    }

    /// The id of the field's error message.
    pub fn error_id(self) -> String {
        format!("{}-error", self.name())
    }
}

/// What is wrong with one field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    Missing,
    Invalid,
}

/// Everything the visitor has typed or chosen so far.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ConsultationRequest {
    pub name: String,
    pub method: Option<ContactMethod>,
    pub email: String,
    pub phone: String,
    /// The language they would like replies in: the chosen option's words,
    /// empty where the site has one language and does not ask.
    pub language: String,
    pub availability: String,
    /// Where they will be during sessions: the chosen option's words, empty
    /// while none is chosen.
    pub place: String,
    /// Whom they would like to see: the chosen option's words.
    pub clinician: String,
    pub format: Option<SessionFormat>,
    pub payment: Option<Payment>,
}

impl ConsultationRequest {
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

    /// The request as answers in the order of the form: a key (for JSON), the
    /// field's label and the answer, in the words the visitor saw: `label`
    /// gives a field's label, `chosen` the label of the option chosen in it.
    /// The language of replies is left out where the form does not ask it.
    pub fn answers(
        &self,
        label: impl Fn(Field) -> String,
        chosen: impl Fn(Field) -> String,
    ) -> Vec<(&'static str, String, String)> {
        let language = self.language.trim();
        let language = (!language.is_empty())
            .then(|| ("language", label(Field::Language), language.to_owned()));
        [
            ("name", label(Field::Name), self.name.trim().to_owned()),
            (
                "contact",
                label(Field::Method),
                format!("{}: {}", chosen(Field::Method), self.contact_detail()),
            ),
        ]
        .into_iter()
        .chain(language)
        .chain([
            (
                "availability",
                label(Field::Availability),
                self.availability.trim().to_owned(),
            ),
            ("place", label(Field::Place), self.place.trim().to_owned()),
            (
                "clinician",
                label(Field::Clinician),
                self.clinician.trim().to_owned(),
            ),
            ("format", label(Field::Format), chosen(Field::Format)),
            ("payment", label(Field::Payment), chosen(Field::Payment)),
        ])
        .collect()
    }

    /// The contact detail that goes with the chosen method.
    pub fn contact_detail(&self) -> &str {
        match self.method {
            Some(ContactMethod::Phone) => self.phone.trim(),
            _ => self.email.trim(),
        }
    }
}

/// An email address as people type them: something@something.something.
pub fn is_email(text: &str) -> bool {
    let text = text.trim();
    let Some((user, domain)) = text.split_once('@') else {
        return false;
    };
    !user.is_empty()
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && domain.contains('.')
        && !text.contains(char::is_whitespace)
        && !domain.contains('@')
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

/// The message, as lines of `label: value` in the order of the form.
pub fn compose(lines: &[(&str, &str)]) -> String {
    lines
        .iter()
        .map(|(label, value)| format!("{label}: {}", value.trim()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A `mailto:` address that opens an email draft with this subject and body
/// (RFC 6068: UTF-8, percent-encoded, line breaks as CRLF).
pub fn mailto(to: &str, subject: &str, body: &str) -> String {
    with_body(&mailto_subject(to, subject), body)
}

/// A `mailto:` address with a subject, to which a form or [`with_body`] adds
/// the body.
pub fn mailto_subject(to: &str, subject: &str) -> String {
    format!(
        "mailto:{}?subject={}",
        percent_encode(to, "@"),
        percent_encode(subject, "")
    )
}

/// `mailto_subject`'s address with the body added.
pub fn with_body(mailto_subject: &str, body: &str) -> String {
    format!(
        "{mailto_subject}&body={}",
        percent_encode(&body.replace("\r\n", "\n").replace('\n', "\r\n"), "")
    )
}

/// Percent-encodes all but unreserved characters (and those in `keep`).
fn percent_encode(text: &str, keep: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        let c = byte as char;
        if c.is_ascii_alphanumeric() || "-._~".contains(c) || keep.contains(c) {
            out.push(c);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// A JSON object of string fields, for a form endpoint.
pub fn json_object(fields: &[(&str, &str)]) -> String {
    let body: Vec<String> = fields
        .iter()
        .map(|(key, value)| format!("{}:{}", json_string(key), json_string(value)))
        .collect();
    format!("{{{}}}", body.join(","))
}

fn json_string(value: &str) -> String {
    let mut out = String::from("\"");
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn complete() -> ConsultationRequest {
        ConsultationRequest {
            name: "Alex".into(),
            method: Some(ContactMethod::Email),
            email: "alex@example.org".into(),
            phone: String::new(),
            language: String::new(),
            availability: "Weekday evenings".into(),
            place: "Washington".into(),
            clinician: "Whoever fits".into(),
            format: Some(SessionFormat::Telehealth),
            payment: Some(Payment::SelfPay),
        }
    }

    #[test]
    fn a_complete_request_has_no_problems() {
        assert_eq!(complete().problems(), []);
    }

    #[test]
    fn an_empty_request_lists_every_field_in_form_order() {
        assert_eq!(
            ConsultationRequest::default().problems(),
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
    }

    #[test]
    fn options_and_fields_are_named_for_the_form() {
        assert_eq!(
            SessionFormat::from_key("in-person"),
            Some(SessionFormat::InPerson)
        );
        assert_eq!(Payment::from_key("cash"), None);
        assert_eq!(Field::Method.input_id(), "consult-method-email");
        assert_eq!(Field::Method.error_id(), "consult-method-error");
        assert_eq!(Field::Name.input_id(), "consult-name");
        assert!(Field::Payment.is_choice() && !Field::Email.is_choice());
    }

    #[test]
    fn answers_carry_the_labels_the_visitor_saw() {
        let answers = complete().answers(
            |field| format!("<{}>", field.name()),
            |field| format!("[{}]", field.name()),
        );
        assert_eq!(
            answers[1],
            (
                "contact",
                "<consult-method>".to_owned(),
                "[consult-method]: alex@example.org".to_owned()
            )
        );
        assert_eq!(
            answers[3],
            (
                "place",
                "<consult-place>".to_owned(),
                "Washington".to_owned()
            )
        );
        assert_eq!(answers[4].2, "Whoever fits");
        assert_eq!(answers[6].0, "payment");
        assert_eq!(
            answers.len(),
            7,
            "no language where the form does not ask it"
        );
        let asked = ConsultationRequest {
            language: "Español".into(),
            ..complete()
        }
        .answers(|field| format!("<{}>", field.name()), |_| String::new());
        assert_eq!(
            asked[2],
            (
                "language",
                "<consult-language>".to_owned(),
                "Español".to_owned()
            )
        );
        assert_eq!(asked.len(), 8);
    }

    #[test]
    fn emails_and_phones_are_read_as_people_type_them() {
        assert!(is_email(" sam@mail.example.org "));
        assert!(!is_email("sam@localhost"));
        assert!(!is_email("sam@@x.org"));
        assert!(!is_email("@x.org"));
        assert!(is_phone("+44 20 7946 0958"));
        assert!(!is_phone("12345"));
    }

    #[test]
    fn the_email_draft_is_correctly_encoded() {
        let body = compose(&[("Name", "Zoë & Kim"), ("Availability", "Mon 9–11?")]);
        assert_eq!(body, "Name: Zoë & Kim\nAvailability: Mon 9–11?");
        assert_eq!(
            mailto("hello@example.org", "Consultation request", &body),
            "mailto:hello@example.org?subject=Consultation%20request&body=Name%3A%20Zo%C3%AB%20%26%20Kim%0D%0AAvailability%3A%20Mon%209%E2%80%9311%3F"
        );
    }

    #[test]
    fn json_for_an_endpoint_is_escaped() {
        assert_eq!(
            json_object(&[("name", "A \"B\"\nC"), ("availability", "any")]),
            r#"{"name":"A \"B\"\nC","availability":"any"}"#
        );
    }
}
