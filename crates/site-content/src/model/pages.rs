//! The content of each page file in `content/pages/`.

use super::{PageMeta, Section};
use crate::date::Date;
use crate::text::{List, Paragraph, Phone, Ref, Text};

content_type! {
    /// `pages/home.toml`.
    pub struct HomePage {
        pub page: PageMeta,
        pub intro: List<Paragraph>,
        pub approach_sentence: Text,
        pub approach_link: Text,
        pub consultation: Consultation,
        pub explore_heading: Text,
        pub team_heading: Text,
    }
}

content_type! {
    /// The invitation to a first consultation.
    pub struct Consultation {
        pub heading: Text,
        pub text: Text,
        pub call_label: Text,
        pub email_label: Text,
    }
}

content_type! {
    /// `pages/relational-psychotherapy.toml`.
    pub struct ApproachPage {
        pub page: PageMeta,
        pub paragraphs: List<Paragraph>,
        pub principles_heading: Text,
        pub principles_intro: Text,
        pub in_practice_label: Text,
        pub principles: List<Principle>,
    }
}

content_type! {
    /// A principle of the approach, and what it means in practice.
    pub struct Principle {
        pub title: Text,
        pub summary: Text,
        pub in_practice: Text,
    }
}

content_type! {
    /// `pages/roots.toml`.
    pub struct RootsPage {
        pub page: PageMeta,
        pub intro: List<Paragraph>,
        pub explorer_label: Text,
        pub thinkers_heading: Text,
        pub in_the_room_heading: Text,
        pub traditions: List<Tradition>,
    }
}

content_type! {
    /// One tradition the approach draws on.
    pub struct Tradition {
        pub id: Text,
        pub name: Text,
        pub explanation: List<Paragraph>,
        pub thinkers: List<Thinker>,
        pub in_the_room: List<Paragraph>,
    }
}

content_type! {
    /// A thinker of a tradition and their key works.
    pub struct Thinker {
        pub name: Text,
        pub works: List<Text>,
    }
}

content_type! {
    /// `pages/power-and-culture.toml`.
    pub struct PowerAndCulturePage {
        pub page: PageMeta,
        pub intro: List<Paragraph>,
        pub sections: List<Section>,
    }
}

content_type! {
    /// `pages/crisis.toml`.
    pub struct CrisisPage {
        pub page: PageMeta,
        pub intro: List<Paragraph>,
        pub not_emergency: Text,
        pub call_label: Text,
        pub text_label: Text,
        pub chat_label: Text,
        pub list_label: Text,
        /// `{date}`: the day the oldest of the numbers shown was checked.
        pub reviewed: Text,
        pub out_of_hours: Section,
    }
}

content_type! {
    /// `pages/who-it-helps.toml`.
    pub struct WhoItHelpsPage {
        pub page: PageMeta,
        pub intro: List<Paragraph>,
        pub concerns_heading: Text,
        pub offer_label: Text,
        pub concerns: List<Concern>,
        pub not_for_heading: Text,
        pub not_for: List<Paragraph>,
        pub crisis_link: Text,
    }
}

content_type! {
    /// A difficulty people bring, and what relational therapy offers for it.
    pub struct Concern {
        pub title: Text,
        pub description: Paragraph,
        pub offer: Paragraph,
    }
}

content_type! {
    /// `pages/first-steps.toml`: from first message to first session.
    pub struct FirstStepsPage {
        pub page: PageMeta,
        pub intro: List<Paragraph>,
        pub steps_label: Text,
        pub previous_label: Text,
        pub next_label: Text,
        pub progress: Text,
        pub steps: List<Step>,
    }
}

content_type! {
    /// One step on the way to a first session.
    pub struct Step {
        pub id: Text,
        pub title: Text,
        pub paragraphs: List<Paragraph>,
    }
}

content_type! {
    /// `pages/faq.toml`: questions people ask, with a filter.
    pub struct FaqPage {
        pub page: PageMeta,
        pub intro: List<Paragraph>,
        pub filter_label: Text,
        pub filter_hint: Text,
        pub count_one: Text,
        pub count_many: Text,
        pub no_matches: Text,
        pub clear_label: Text,
        pub questions: List<Question>,
        /// Where the limits to confidentiality that the practice's packs
        /// set are listed: under one question's answer.
        #[cfg_attr(feature = "build", serde(default))]
        pub limits: Option<LimitsPlace>,
    }
}

content_type! {
    /// The question under whose answer the law's limits to confidentiality
    /// are listed, and the words that lead into the list.
    pub struct LimitsPlace {
        pub question: Ref,
        pub intro: Text,
    }
}

content_type! {
    /// One question and its answer.
    pub struct Question {
        pub id: Text,
        pub question: Text,
        pub answer: List<Text>,
    }
}

content_type! {
    /// `pages/fees.toml`.
    pub struct FeesPage {
        pub page: PageMeta,
        pub intro: List<Paragraph>,
        pub fees_heading: Text,
        pub fees_note: Text,
        pub fees: List<Fee>,
        pub sections: List<Section>,
        /// Where a pack requires it beside self-pay fees (the US).
        #[cfg_attr(feature = "build", serde(default))]
        pub good_faith_estimate: Option<GoodFaithEstimate>,
    }
}

content_type! {
    /// One fee: the service and its price, as written.
    pub struct Fee {
        pub service: Text,
        pub amount: Text,
    }
}

content_type! {
    /// The US No Surprises Act notice for uninsured and self-pay clients.
    pub struct GoodFaithEstimate {
        pub heading: Text,
        pub paragraphs: List<Paragraph>,
        pub learn_more: Text,
        pub learn_more_url: Text,
        pub learn_more_call: Text,
        pub phone: Phone,
    }
}

content_type! {
    /// `pages/contact.toml`: the details and the consultation request.
    pub struct ContactPage {
        pub page: PageMeta,
        pub intro: List<Paragraph>,
        pub details_heading: Text,
        pub phone_label: Text,
        pub email_label: Text,
        pub location_label: Text,
        pub telehealth_label: Text,
        pub hours_label: Text,
        pub availability_heading: Text,
        pub nobody_accepting: List<Paragraph>,
        pub elsewhere_heading: Text,
        pub elsewhere: List<Link>,
        pub reply_label: Text,
        pub booking_label: Text,
        pub booking_link: Text,
        pub portal_label: Text,
        pub portal_link: Text,
        pub links_out_note: Text,
        pub form_heading: Text,
        pub form_intro: Text,
        pub clinical_notice: Text,
        /// Beside the form: requests are read in working hours, so help now
        /// is the crisis strip's numbers, shown after it.
        pub emergency_notice: Text,
        /// Beside the form: what email does and does not keep private.
        pub email_privacy: Text,
        pub required_note: Text,
        #[cfg_attr(feature = "build", serde(default))]
        pub form_endpoint: Option<Text>,
        /// What receives requests at `form_endpoint`: the project's relay
        /// (which keeps nothing), or another service.
        #[cfg_attr(feature = "build", serde(default))]
        pub form_service: Option<FormService>,
        /// Beside the form, where it opens an email: what the draft holds,
        /// and where it may be kept.
        pub email_draft_note: Text,
        pub name_label: Text,
        pub name_hint: Text,
        pub method_legend: Text,
        pub method_email: Text,
        pub method_phone: Text,
        pub email_field_label: Text,
        pub phone_field_label: Text,
        /// The question of the language of replies, asked where the site
        /// is published in more than one.
        #[cfg_attr(feature = "build", serde(default))]
        pub language_label: Option<Text>,
        pub availability_label: Text,
        pub availability_hint: Text,
        pub format_legend: Text,
        pub format_in_person: Text,
        pub format_telehealth: Text,
        pub format_either: Text,
        pub payment_legend: Text,
        pub payment_self_pay: Text,
        pub payment_insurance: Text,
        pub place_label: Text,
        pub place_hint: Text,
        pub place_choose: Text,
        pub place_elsewhere: Text,
        pub place_missing: Text,
        pub elsewhere_answer: Text,
        pub clinician_label: Text,
        pub clinician_any: Text,
        pub clinician_option: Text,
        pub clinician_not_licensed: Text,
        pub errors_heading: Text,
        pub name_missing: Text,
        pub method_missing: Text,
        pub email_missing: Text,
        pub email_invalid: Text,
        pub phone_missing: Text,
        pub phone_invalid: Text,
        pub availability_missing: Text,
        pub format_missing: Text,
        pub payment_missing: Text,
        pub email_submit: Text,
        pub endpoint_submit: Text,
        pub form_fallback: Text,
        pub email_subject: Text,
        pub email_opened: Text,
        pub message_label: Text,
        pub email_again: Text,
        pub copy_label: Text,
        pub copied: Text,
        pub copy_failed: Text,
        pub sending: Text,
        pub sent: Text,
        pub failed: Text,
        pub retry_label: Text,
    }
}

choice! {
    /// What receives the consultation requests at the contact page's
    /// `form_endpoint`.
    pub enum FormService {
        /// The project's relay (`relay/`), which passes each request on to
        /// the practice's mailbox and keeps nothing.
        Relay = "relay",
        /// Any other service.
        Other = "other",
    }
}

/// Where consultation requests go, as the contact page sets it up: what the
/// form does, and what the site says about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormMode<'a> {
    /// To the relay at this address.
    Relay(&'a str),
    /// To another service at this address.
    Service(&'a str),
    /// By the visitor's own email app.
    Email,
}

impl ContactPage {
    /// Where its consultation requests go.
    pub fn form_mode(&self) -> FormMode<'_> {
        match (&self.form_endpoint, self.form_service) {
            (None, _) => FormMode::Email,
            (Some(endpoint), Some(FormService::Relay)) => FormMode::Relay(endpoint.as_str()),
            (Some(endpoint), _) => FormMode::Service(endpoint.as_str()),
        }
    }
}

content_type! {
    /// `pages/privacy.toml`.
    pub struct PrivacyPage {
        pub page: PageMeta,
        pub intro: List<Paragraph>,
        pub form_heading: Text,
        pub form_by_email: Text,
        pub form_by_endpoint: Text,
        pub form_by_relay: Text,
        pub sections: List<Section>,
    }
}

content_type! {
    /// `pages/glossary.toml`: the theory words the site uses, in plain language.
    pub struct GlossaryPage {
        pub page: PageMeta,
        pub intro: List<Paragraph>,
        pub more_label: Text,
        pub terms: List<GlossaryTerm>,
    }
}

content_type! {
    /// One glossary entry. Paragraphs mark it as `[[term]]`.
    pub struct GlossaryTerm {
        pub id: Text,
        pub term: Text,
        pub definition: Text,
    }
}

content_type! {
    /// `pages/not-found.toml`: the page for an unknown address.
    pub struct NotFoundPage {
        pub page: PageMeta,
        pub text: List<Paragraph>,
        pub home_link: Text,
    }
}

content_type! {
    /// `pages/request-sent.toml`: the page a visitor without the wasm lands
    /// on once the relay has delivered their request.
    pub struct RequestSentPage {
        pub page: PageMeta,
        pub text: List<Paragraph>,
        pub home_link: Text,
    }
}

content_type! {
    /// `pages/clinicians.toml`: the list of the practice's people, and the
    /// words every clinician's own page and card use.
    pub struct CliniciansPage {
        pub page: PageMeta,
        pub intro: List<Paragraph>,
        pub profile_link: Text,
        pub all_link: Text,
        pub licence_label: Text,
        pub lookup_link: Text,
        pub supervisor_label: Text,
        pub languages_label: Text,
        pub sees_label: Text,
        pub training_label: Text,
        pub where_label: Text,
        pub in_person: Text,
        pub by_video: Text,
        pub and: Text,
        pub status: StatusWords,
        pub as_of: Text,
        pub months: List<Text>,
        pub date_format: Text,
        pub boards_heading: Text,
        pub boards_intro: Text,
        pub board_lookup: Text,
        pub board_complaints: Text,
        pub board_phone: Text,
    }
}

content_type! {
    /// What each availability is called.
    pub struct StatusWords {
        pub accepting: Text,
        pub waitlist: Text,
        pub not_accepting: Text,
    }
}

content_type! {
    /// A legal notice a jurisdiction requires, a document of its own (not
    /// the website's privacy page): the US Notice of Privacy Practices,
    /// Washington's consumer health data policy, a UK privacy notice.
    pub struct NoticePage {
        pub page: PageMeta,
        pub intro: List<Paragraph>,
        pub effective: Text,
        pub sections: List<Section>,
        pub contact_heading: Text,
        pub contact_text: Text,
    }
}

content_type! {
    /// `pages/accessibility.toml`: what the site meets and how it is
    /// tested, its limits, how to report a problem, and the office's access.
    pub struct AccessibilityPage {
        pub page: PageMeta,
        pub intro: List<Paragraph>,
        pub sections: List<Section>,
        pub report_heading: Text,
        pub report_text: Text,
        pub office_heading: Text,
        /// The day the statement was last checked against the site.
        pub reviewed: Date,
        /// `{date}`: how that day is said.
        pub reviewed_label: Text,
    }
}

content_type! {
    /// A link out, with a line about where it goes.
    pub struct Link {
        pub label: Text,
        pub url: Text,
        pub description: Text,
    }
}
