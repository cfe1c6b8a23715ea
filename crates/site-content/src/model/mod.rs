//! The shape of the content. Each type maps to a table in `content/*.toml`;
//! field names are the TOML keys.

use crate::text::{List, Paragraph, Text};

mod frame;
mod jurisdiction;
mod pages;
mod photo;
mod practice;

pub use frame::*;
pub use jurisdiction::*;
pub use pages::*;
pub use photo::*;
pub use practice::*;

/// Everything the site says, in one language.
#[derive(Clone, Debug, PartialEq)]
pub struct Content {
    pub practice: Practice,
    pub site: Site,
    pub crisis: Crisis,
    pub pages: Pages,
    /// Each clinician, in the order `practice.toml` lists them.
    pub clinicians: Vec<Clinician>,
    /// The packs of the places the practice works in, in the order
    /// `practice.toml` names them.
    pub jurisdictions: Vec<Jurisdiction>,
}

/// An address of the site: a page of the registry, or a clinician's own
/// page (`/clinicians/<slug>`), by their place in `practice.toml`'s list,
/// which the checks keep the same in every language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Route {
    Page(PageId),
    Clinician(usize),
}

impl Route {
    /// Whether search engines may list it (see [`PageId::is_listed`]).
    pub fn is_listed(self) -> bool {
        match self {
            Route::Page(page) => page.is_listed(),
            Route::Clinician(_) => true,
        }
    }
}

/// Each name once, in the order first given.
pub fn distinct<'a>(states: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let mut seen: Vec<&str> = Vec::new();
    for state in states {
        if !seen.contains(&state) {
            seen.push(state);
        }
    }
    seen
}

/// Where clinicians' own pages live: under the list's address.
pub const CLINICIAN_FOLDER: PageId = PageId::Clinicians;

page_registry! {
    /// Every page with an address of its own, declared here once: its id,
    /// its content file (`content/pages/<name>.toml`), which is also its
    /// address (`/<name>`; the home page is `/`), its field in [`Pages`] and
    /// its type. The route table, navigation, sitemap, language alternates,
    /// loader and tests all follow this list, in this order.
    pages {
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
        Clinicians = "clinicians", clinicians: CliniciansPage;
        Accessibility = "accessibility", accessibility: AccessibilityPage;
        RequestSent = "request-sent", request_sent: RequestSentPage;
    }
    notices {
        NoticeOfPrivacyPractices = "notice-of-privacy-practices", notice;
        ConsumerHealthData = "consumer-health-data", consumer_health_data;
        PrivacyNotice = "privacy-notice", privacy_notice;
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

    /// Whether search engines may list it: every page but the one a
    /// visitor reaches only by sending a request.
    pub fn is_listed(self) -> bool {
        self != PageId::RequestSent
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

impl Content {
    /// Every address of the site, in order: the registry's published
    /// pages, then each clinician's page.
    pub fn routes(&self) -> Vec<Route> {
        PageId::ALL
            .iter()
            .filter(|&&page| self.pages.has(page))
            .map(|&page| Route::Page(page))
            .chain((0..self.clinicians.len()).map(Route::Clinician))
            .collect()
    }

    /// A route's address after the base path and language, without the
    /// leading `/`: `""`, `roots`, `clinicians/ruth-alvarado`.
    pub fn route_path(&self, route: Route) -> String {
        match route {
            Route::Page(page) => page.slug().to_owned(),
            Route::Clinician(index) => format!(
                "{}/{}",
                CLINICIAN_FOLDER.slug(),
                self.clinicians[index].slug
            ),
        }
    }

    /// Every address (`""`, `roots`, `clinicians/ruth-alvarado`) with its
    /// main heading, in order: what the tests walk.
    pub fn routed(&self) -> Vec<(String, &str)> {
        self.routes()
            .into_iter()
            .map(|route| {
                let heading = match route {
                    Route::Page(page) => self.pages.meta(page).heading.as_str(),
                    Route::Clinician(index) => self.clinicians[index].name.as_str(),
                };
                (self.route_path(route), heading)
            })
            .collect()
    }

    /// The states someone can be in to see a clinician of the practice by
    /// video, in the order the clinicians and their licences give them.
    pub fn video_states(&self) -> Vec<&str> {
        distinct(self.clinicians.iter().flat_map(Clinician::video_states))
    }

    /// The states someone can be in to see a clinician of the practice at
    /// all, in the order the clinicians and their licences give them.
    pub fn licensed_states(&self) -> Vec<&str> {
        distinct(self.clinicians.iter().flat_map(Clinician::licensed_states))
    }

    /// Whether anyone can take a new client now.
    pub fn anyone_accepting(&self) -> bool {
        self.clinicians
            .iter()
            .any(|clinician| clinician.availability.status.is_accepting())
    }

    /// The numbers the crisis strip shows, and its lead: the first pack
    /// that has a strip (the country's, as the practice names it first).
    pub fn crisis_strip(&self) -> &PackCrisis {
        self.jurisdictions
            .iter()
            .find_map(|pack| pack.crisis.as_ref())
            .expect("the content check guarantees a pack with crisis lines")
    }

    /// Whether a place a licence covers is a whole country (its pack
    /// belongs to no other), not a state.
    pub fn is_country(&self, place: &str) -> bool {
        self.jurisdictions
            .iter()
            .any(|pack| pack.is_country() && pack.name.as_str() == place)
    }

    /// The board with this id, with the pack it is in.
    pub fn board(&self, id: &str) -> Option<(&Jurisdiction, &Board)> {
        self.jurisdictions
            .iter()
            .find_map(|pack| Some((pack, pack.board(id)?)))
    }

    /// The boards that license the practice's clinicians, each once, in
    /// the order their licences name them.
    pub fn clinicians_boards(&self) -> Vec<&Board> {
        self.boards_of(self.clinicians.iter().flat_map(|c| &c.licences))
    }

    /// The boards of these licences, each once, in the order first named.
    pub fn boards_of<'a>(
        &'a self,
        licences: impl IntoIterator<Item = &'a Licence>,
    ) -> Vec<&'a Board> {
        let mut boards: Vec<&Board> = Vec::new();
        for licence in licences {
            if let Some((_, board)) = self.board(licence.board.id()) {
                if !boards.iter().any(|seen| seen.id == board.id) {
                    boards.push(board);
                }
            }
        }
        boards
    }
}

impl GlossaryPage {
    /// The entry with this id.
    pub fn term(&self, id: &str) -> Option<&GlossaryTerm> {
        self.terms.iter().find(|term| term.id.as_str() == id)
    }
}
