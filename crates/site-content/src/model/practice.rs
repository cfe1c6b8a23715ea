//! `practice.toml` (who the practice is, how to reach it, its offices and
//! the places it works in) and `clinicians/<slug>.toml` (each
//! person, with their licences and whether they are taking new clients).

use super::{MedicaidStatus, MedicareStatus, Photo, Registration};
use crate::date::Date;
use crate::text::{List, Paragraph, Phone, Ref, Text};

content_type! {
    /// `practice.toml`: who the practice is and how to reach it.
    pub struct Practice {
        pub name: Text,
        pub tagline: Text,
        pub site_url: Text,
        pub phone: Phone,
        pub email: Text,
        pub hours: List<Text>,
        pub reply_time: Text,
        /// The packs of the places the practice works in, the country's
        /// first (`["us", "us-or"]`).
        pub jurisdictions: List<Ref>,
        #[cfg_attr(feature = "build", serde(default))]
        pub registrations: Option<List<Registration>>,
        #[cfg_attr(feature = "build", serde(default))]
        pub booking_url: Option<Text>,
        #[cfg_attr(feature = "build", serde(default))]
        pub portal_url: Option<Text>,
        pub offices: List<Office>,
        pub clinicians: List<Ref>,
    }
}

content_type! {
    /// A place where clients are seen in person, and how to get in.
    pub struct Office {
        pub id: Text,
        pub name: Text,
        pub address: Text,
        pub access: List<Fact>,
    }
}

content_type! {
    /// A labelled fact (`Step-free entrance: …`).
    pub struct Fact {
        pub label: Text,
        pub text: Text,
    }
}

content_type! {
    /// `clinicians/<slug>.toml`: one person of the practice; the file's
    /// name is their address (`/clinicians/<slug>`).
    pub struct Clinician {
        #[cfg_attr(feature = "build", serde(skip))]
        pub slug: String,
        pub name: Text,
        #[cfg_attr(feature = "build", serde(default))]
        pub pronouns: Option<Text>,
        pub role: Text,
        pub photo: Photo,
        pub summary: Text,
        pub bio: List<Paragraph>,
        pub training: List<Text>,
        pub languages: List<Text>,
        pub sees: List<Text>,
        #[cfg_attr(feature = "build", serde(default))]
        pub offices: Option<List<Ref>>,
        #[cfg_attr(feature = "build", serde(default))]
        pub video_states: Option<List<Text>>,
        pub availability: Availability,
        pub licences: List<Licence>,
        /// Where they stand with Medicare, where a pack describes it.
        #[cfg_attr(feature = "build", serde(default))]
        pub medicare: Option<MedicareStatus>,
        /// Whether they are enrolled with the Medicaid programmes of the
        /// states they are licensed in, where a pack describes them.
        #[cfg_attr(feature = "build", serde(default))]
        pub medicaid: Option<MedicaidStatus>,
        #[cfg_attr(feature = "build", serde(default))]
        pub supervisor: Option<Supervisor>,
    }
}

content_type! {
    /// A licence to practise, as the board issued it.
    pub struct Licence {
        pub title: Text,
        pub number: Text,
        pub board: Ref,
        /// The place the licence covers: its board's pack's name.
        #[cfg_attr(feature = "build", serde(skip))]
        pub state: String,
    }
}

content_type! {
    /// Who supervises an associate or pre-licensed clinician.
    pub struct Supervisor {
        pub name: Text,
        pub licence: Licence,
    }
}

content_type! {
    /// Whether a clinician is taking new clients, as of when.
    pub struct Availability {
        pub status: Status,
        pub as_of: Date,
        #[cfg_attr(feature = "build", serde(default))]
        pub note: Option<Text>,
    }
}

choice! {
    /// Whether a clinician is taking new clients.
    pub enum Status {
        Accepting = "accepting",
        Waitlist = "waitlist",
        NotAccepting = "not-accepting",
    }
}

impl Status {
    /// Whether someone new can start, now or from a waitlist.
    pub fn is_accepting(self) -> bool {
        self == Status::Accepting
    }
}

impl Clinician {
    /// The states a licence of theirs covers, in the order of the licences:
    /// where someone must be, during a session, to see them.
    pub fn licensed_states(&self) -> Vec<&str> {
        super::distinct(self.licences.iter().map(|licence| licence.state.as_str()))
    }

    /// The states they can see clients in by video: those they name, else
    /// every state a licence of theirs covers. The check makes sure each
    /// named one is covered.
    pub fn video_states(&self) -> Vec<&str> {
        match &self.video_states {
            Some(states) => states.iter().map(Text::as_str).collect(),
            None => self.licensed_states(),
        }
    }

    /// The licence shown beside their name: the first.
    pub fn main_licence(&self) -> &Licence {
        &self.licences[0]
    }
}

impl Practice {
    /// The office with this id.
    pub fn office(&self, id: &str) -> Option<&Office> {
        self.offices.iter().find(|office| office.id.as_str() == id)
    }
}
