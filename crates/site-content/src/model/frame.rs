//! The frame around every page: `site.toml` (navigation, quick exit,
//! reading preferences) and `crisis.toml` (help now, near the practice).

use super::Section;
use crate::date::Date;
use crate::text::{List, Phone, Ref, Text};

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
        pub footer_notices_heading: Text,
        pub footer_note: Text,
        pub language_name: Text,
        pub language_label: Text,
        pub quick_exit: QuickExit,
        pub browsing_safety: Section,
        /// After it, where the consultation request opens an email: the
        /// draft and the sent message stay in the email app.
        pub browsing_safety_email: Text,
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
    /// `crisis.toml`: the crisis lines near the practice, which its
    /// jurisdictions' packs do not know (a county's line).
    pub struct Crisis {
        pub local_heading: Text,
        pub local_lines: List<CrisisLine>,
    }
}

content_type! {
    /// One crisis or emergency service, and where and when that was checked.
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
        /// A page that lists numbers by place (every county's line).
        #[cfg_attr(feature = "build", serde(default))]
        pub list: Option<Text>,
        pub source: Text,
        pub reviewed: Date,
    }
}
