//! The frame around every page: `site.toml` (navigation, quick exit,
//! reading preferences) and `crisis.toml` (help now, by region).

use super::Section;
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
