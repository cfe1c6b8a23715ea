//! Rules that differ by language, as a table: a new language is a new row
//! here, never a new branch in the loader's code.

/// What each language's wording must contain.
pub struct LanguageRules {
    /// The language's code, as `site.toml` gives it.
    pub language: &'static str,
    /// The words that name the right to a Good Faith Estimate (No Surprises
    /// Act), which the fees page's notice must use.
    pub good_faith_estimate: &'static str,
    /// The words saying the estimate is given in writing.
    pub in_writing: &'static str,
}

/// Every language the site's legal wording has been checked in.
pub const LANGUAGE_RULES: &[LanguageRules] = &[
    LanguageRules {
        language: "en",
        good_faith_estimate: "Good Faith Estimate",
        in_writing: "in writing",
    },
    LanguageRules {
        language: "es",
        good_faith_estimate: "Estimado de Buena Fe",
        in_writing: "por escrito",
    },
];

impl LanguageRules {
    /// The rules of the language with this code.
    pub fn of(language: &str) -> Option<&'static LanguageRules> {
        LANGUAGE_RULES
            .iter()
            .find(|rules| rules.language == language)
    }
}
