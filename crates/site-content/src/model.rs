//! The shape of the content. Each type maps to a table in `content/*.toml`;
//! field names are the TOML keys.

use crate::text::{List, Paragraph, Phone, Ref, Text};

/// Everything the site says, in one language.
#[derive(Clone, Debug, PartialEq)]
pub struct Content {
    pub practice: Practice,
    pub site: Site,
    pub crisis: Crisis,
    pub pages: Pages,
}

content_type! {
    /// `practice.toml`: who the practice is and how to reach it.
    pub struct Practice {
        pub name: Text,
        pub tagline: Text,
        pub site_url: Text,
        pub phone: Phone,
        pub email: Text,
        pub location: Text,
        pub area_served: Text,
        pub telehealth: Text,
        pub hours: List<Text>,
        pub reply_time: Text,
        pub crisis_region: Ref,
        pub clinicians: List<Clinician>,
    }
}

content_type! {
    /// One clinician of the practice.
    pub struct Clinician {
        pub name: Text,
        pub credentials: Text,
        pub role: Text,
        pub bio: Text,
    }
}

content_type! {
    /// `site.toml`: the words of the frame around every page.
    pub struct Site {
        pub language: Text,
        pub skip_link: Text,
        pub home_link: Text,
        pub nav_label: Text,
        pub menu_button: Text,
        pub consultation_button: Text,
        pub crisis_strip_label: Text,
        pub crisis_more: Text,
        pub footer_contact_heading: Text,
        pub footer_sections_heading: Text,
        pub footer_note: Text,
        pub language_name: Text,
        pub language_label: Text,
        pub quick_exit: QuickExit,
        pub browsing_safety: Section,
        pub preferences: Preferences,
        pub navigation: List<NavGroup>,
    }
}

content_type! {
    /// The quick exit: a button on every page (and Escape twice) that swaps
    /// the site for a neutral one.
    pub struct QuickExit {
        pub label: Text,
        pub hint: Text,
        pub url: Text,
    }
}

content_type! {
    /// The reading preferences panel: its words and each choice's options.
    pub struct Preferences {
        pub button: Text,
        pub heading: Text,
        pub note: Text,
        pub text_size: Choice,
        pub theme: Choice,
        pub motion: Choice,
        pub line_spacing: Choice,
        pub reset: Text,
    }
}

content_type! {
    /// One reading preference: its label and the name of each option, in
    /// the order the site offers them.
    pub struct Choice {
        pub label: Text,
        pub options: List<Text>,
    }
}

content_type! {
    /// A group of sections in the navigation, as a visitor thinks of them.
    pub struct NavGroup {
        pub label: Text,
        pub pages: List<Ref>,
    }
}

content_type! {
    /// `crisis.toml`: where to get help now, by region.
    pub struct Crisis {
        pub regions: List<CrisisRegion>,
    }
}

content_type! {
    /// The crisis lines of one country or region.
    pub struct CrisisRegion {
        pub id: Text,
        pub name: Text,
        pub strip_lead: Text,
        pub strip: List<StripLink>,
        pub lines: List<CrisisLine>,
    }
}

content_type! {
    /// A number in the crisis strip shown on every page.
    pub struct StripLink {
        pub label: Text,
        pub phone: Phone,
    }
}

content_type! {
    /// One crisis or emergency service.
    pub struct CrisisLine {
        pub name: Text,
        pub description: Text,
        pub availability: Text,
        #[cfg_attr(feature = "build", serde(default))]
        pub call: Option<Phone>,
        #[cfg_attr(feature = "build", serde(default))]
        pub text: Option<Phone>,
        #[cfg_attr(feature = "build", serde(default))]
        pub chat: Option<Text>,
    }
}

page_registry! {
    /// Every page with an address of its own, declared here once: its id,
    /// its content file (`content/pages/<name>.toml`), which is also its
    /// address (`/<name>`; the home page is `/`), its field in [`Pages`] and
    /// its type. The route table, navigation, sitemap, language alternates,
    /// loader and tests all follow this list, in this order.
    Home = "home", home: HomePage;
    Approach = "relational-psychotherapy", approach: ApproachPage;
    Roots = "roots", roots: RootsPage;
    PowerAndCulture = "power-and-culture", power_and_culture: PowerAndCulturePage;
    Glossary = "glossary", glossary: GlossaryPage;
    WhoItHelps = "who-it-helps", who_it_helps: WhoItHelpsPage;
    FirstSteps = "first-steps", first_steps: FirstStepsPage;
    Faq = "faq", faq: FaqPage;
    Fees = "fees", fees: FeesPage;
    Contact = "contact", contact: ContactPage;
    Privacy = "privacy", privacy: PrivacyPage;
    Crisis = "crisis", crisis: CrisisPage;
}

impl Pages {
    /// Each page with an address, by slug (`""` for home), with its `[page]`
    /// table, in the registry's order.
    pub fn routed(&self) -> Vec<(&'static str, &PageMeta)> {
        PageId::ALL
            .iter()
            .map(|&page| (page.slug(), self.meta(page)))
            .collect()
    }
}

/// The not-found page's file: it has no address of its own.
pub const NOT_FOUND_FILE: &str = "pages/not-found.toml";

impl PageId {
    /// The page's address after the base path and language: `""` for the
    /// home page, else its name.
    pub fn slug(self) -> &'static str {
        match self {
            PageId::Home => "",
            page => page.name(),
        }
    }

    /// The page at an address's slug.
    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|page| page.slug() == slug)
    }

    /// Its content file, relative to the content folder (`pages/faq.toml`).
    pub fn file(self) -> String {
        format!("pages/{}.toml", self.name())
    }
}

content_type! {
    /// The `[page]` table every page file starts with.
    pub struct PageMeta {
        pub title: Text,
        pub description: Text,
        pub heading: Text,
        #[cfg_attr(feature = "build", serde(default))]
        pub nav_label: Option<Text>,
        #[cfg_attr(feature = "build", serde(default))]
        pub summary: Option<Text>,
    }
}

content_type! {
    /// A heading with its paragraphs.
    pub struct Section {
        pub heading: Text,
        pub paragraphs: List<Paragraph>,
    }
}

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
        pub good_faith_estimate: GoodFaithEstimate,
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
        pub reply_label: Text,
        pub form_heading: Text,
        pub form_intro: Text,
        pub clinical_notice: Text,
        pub required_note: Text,
        #[cfg_attr(feature = "build", serde(default))]
        pub form_endpoint: Option<Text>,
        pub name_label: Text,
        pub name_hint: Text,
        pub method_legend: Text,
        pub method_email: Text,
        pub method_phone: Text,
        pub email_field_label: Text,
        pub phone_field_label: Text,
        pub availability_label: Text,
        pub availability_hint: Text,
        pub format_legend: Text,
        pub format_in_person: Text,
        pub format_telehealth: Text,
        pub format_either: Text,
        pub payment_legend: Text,
        pub payment_self_pay: Text,
        pub payment_insurance: Text,
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

content_type! {
    /// `pages/privacy.toml`.
    pub struct PrivacyPage {
        pub page: PageMeta,
        pub intro: List<Paragraph>,
        pub form_heading: Text,
        pub form_by_email: Text,
        pub form_by_endpoint: Text,
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

impl Content {
    /// The page at a path's slug (`"roots"` for `/roots`), if there is one.
    pub fn page(&self, slug: &str) -> Option<&PageMeta> {
        PageId::from_slug(slug).map(|id| self.pages.meta(id))
    }

    /// The crisis region the practice serves, whose numbers fill the strip.
    pub fn home_crisis_region(&self) -> &CrisisRegion {
        self.crisis
            .region(self.practice.crisis_region.id())
            .expect("the content check guarantees the practice's crisis region exists")
    }
}

impl GlossaryPage {
    /// The entry with this id.
    pub fn term(&self, id: &str) -> Option<&GlossaryTerm> {
        self.terms.iter().find(|term| term.id.as_str() == id)
    }
}

impl Crisis {
    /// The region with this id.
    pub fn region(&self, id: &str) -> Option<&CrisisRegion> {
        self.regions.iter().find(|region| region.id.as_str() == id)
    }
}
