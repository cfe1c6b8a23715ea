//! `jurisdictions/<id>.toml`: what the law and the public services of one
//! place (a country, `us`, or a state, `us-or`) require of a practice or
//! offer its visitors. The practice names its packs in `practice.toml`;
//! every fact in a pack carries the official address it was checked
//! against (`source`) and the day it was (`reviewed`).

use super::CrisisLine;
use crate::date::Date;
use crate::text::{List, Phone, Ref, Text};

content_type! {
    /// One jurisdiction's pack, in one language.
    pub struct Jurisdiction {
        /// The pack's id: its file's name (`us-or`).
        #[cfg_attr(feature = "build", serde(skip))]
        pub id: String,
        /// The place, as a licence names it (`Oregon`, `United Kingdom`).
        pub name: Text,
        /// The country a state's pack belongs to (`us`).
        #[cfg_attr(feature = "build", serde(default))]
        pub within: Option<Ref>,
        #[cfg_attr(feature = "build", serde(default))]
        pub spelling: Option<Spelling>,
        #[cfg_attr(feature = "build", serde(default))]
        pub crisis: Option<PackCrisis>,
        #[cfg_attr(feature = "build", serde(default))]
        pub boards: List<Board>,
        #[cfg_attr(feature = "build", serde(default))]
        pub registers: List<Register>,
        #[cfg_attr(feature = "build", serde(default))]
        pub notices: List<NoticeRule>,
        #[cfg_attr(feature = "build", serde(default))]
        pub fee_notice: Option<FeeNotice>,
        #[cfg_attr(feature = "build", serde(default))]
        pub medicare: Option<MedicareWords>,
        #[cfg_attr(feature = "build", serde(default))]
        pub medicaid: Option<MedicaidWords>,
        #[cfg_attr(feature = "build", serde(default))]
        pub confidentiality: List<Limit>,
    }
}

content_type! {
    /// How the place spells: its locale, and the spellings of another
    /// that the build points out.
    pub struct Spelling {
        pub locale: Text,
        pub prefer: List<Preferred>,
    }
}

content_type! {
    /// A word the place spells its own way: `write` it, not `instead_of`.
    pub struct Preferred {
        pub write: Text,
        pub instead_of: Text,
    }
}

content_type! {
    /// The place's crisis lines, and the numbers the strip on every page
    /// shows (each one a line's own number).
    pub struct PackCrisis {
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
    /// A licensing board or register: where a licence can be checked, and
    /// where a complaint about a licensee goes.
    pub struct Board {
        pub id: Text,
        pub name: Text,
        /// The profession it licenses (`psychologist`), which the
        /// confidentiality limits name.
        pub profession: Text,
        pub lookup_url: Text,
        pub complaints_url: Text,
        pub phone: Phone,
        #[cfg_attr(feature = "build", serde(default))]
        pub address: Option<Text>,
        pub source: Text,
        pub reviewed: Date,
    }
}

content_type! {
    /// A register the practice itself must be on (the UK's data protection
    /// register): `shown_as` says it with the practice's `{number}`.
    pub struct Register {
        pub id: Text,
        pub name: Text,
        pub shown_as: Text,
        pub lookup_url: Text,
        pub source: Text,
        pub reviewed: Date,
    }
}

content_type! {
    /// A notice the place requires the practice to publish as a page of
    /// its own, and what it must say.
    pub struct NoticeRule {
        /// The page that carries it (`notice-of-privacy-practices`).
        pub page: Ref,
        pub name: Text,
        pub must_say: List<Phrase>,
        pub source: Text,
        pub reviewed: Date,
    }
}

content_type! {
    /// The notice that must stand beside fees a client pays themselves
    /// (the US Good Faith Estimate), and what it must say.
    pub struct FeeNotice {
        pub name: Text,
        pub must_say: List<Phrase>,
        pub source: Text,
        pub reviewed: Date,
    }
}

content_type! {
    /// Words a notice must contain, and what they say in plain terms.
    pub struct Phrase {
        pub words: Text,
        pub meaning: Text,
    }
}

content_type! {
    /// The sentence each Medicare status gives a clinician (`{name}`).
    pub struct MedicareWords {
        pub heading: Text,
        pub enrolled: Text,
        pub opted_out: Text,
        pub not_enrolled: Text,
        pub source: Text,
        pub reviewed: Date,
    }
}

content_type! {
    /// The state's Medicaid programme, and the sentence each status gives a
    /// clinician licensed there (`{name}`, `{programme}`).
    pub struct MedicaidWords {
        pub programme: Text,
        pub enrolled: Text,
        pub not_enrolled: Text,
        pub source: Text,
        pub reviewed: Date,
    }
}

content_type! {
    /// A limit to confidentiality the law sets here, for the professions
    /// it names (every profession when none is named).
    pub struct Limit {
        #[cfg_attr(feature = "build", serde(default))]
        pub professions: Option<List<Text>>,
        pub statement: Text,
        /// The law, as a reader would look it up (`ORS 419B.010`).
        pub cite: Text,
        pub source: Text,
        pub reviewed: Date,
    }
}

content_type! {
    /// A registration of the practice itself, on a register a pack names.
    pub struct Registration {
        pub register: Ref,
        pub number: Text,
    }
}

choice! {
    /// Where a clinician stands with Medicare (US).
    pub enum MedicareStatus {
        Enrolled = "enrolled",
        OptedOut = "opted-out",
        NotEnrolled = "not-enrolled",
    }
}

choice! {
    /// Whether a clinician is enrolled with the Medicaid programme of each
    /// state they are licensed in (US).
    pub enum MedicaidStatus {
        Enrolled = "enrolled",
        NotEnrolled = "not-enrolled",
    }
}

impl Jurisdiction {
    /// Whether this pack belongs to no other: a country's.
    pub fn is_country(&self) -> bool {
        self.within.is_none()
    }

    /// The board with this id.
    pub fn board(&self, id: &str) -> Option<&Board> {
        self.boards.iter().find(|board| board.id.as_str() == id)
    }
}

impl MedicareWords {
    /// The sentence for a status, still to be filled with the name.
    pub fn sentence(&self, status: MedicareStatus) -> &Text {
        match status {
            MedicareStatus::Enrolled => &self.enrolled,
            MedicareStatus::OptedOut => &self.opted_out,
            MedicareStatus::NotEnrolled => &self.not_enrolled,
        }
    }
}

impl MedicaidWords {
    /// The sentence for a status, still to be filled with the name and the
    /// programme.
    pub fn sentence(&self, status: MedicaidStatus) -> &Text {
        match status {
            MedicaidStatus::Enrolled => &self.enrolled,
            MedicaidStatus::NotEnrolled => &self.not_enrolled,
        }
    }
}
