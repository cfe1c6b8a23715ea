//! The visitor's reading preferences: what each can be, how they are kept
//! in the browser (one short line under one key, read before the first
//! paint by `src/head.js`), and the attributes on `<html>` the CSS follows.

/// The key the preferences are saved under; `src/head.js` reads the same.
pub const STORAGE_KEY: &str = "reading-preferences";

/// One preference: its attribute on `<html>` and its options, the first
/// being the usual setting (no attribute). The content names each option,
/// in this order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Preference {
    TextSize,
    Theme,
    Motion,
    LineSpacing,
}

impl Preference {
    pub const ALL: [Preference; 4] = [
        Preference::TextSize,
        Preference::Theme,
        Preference::Motion,
        Preference::LineSpacing,
    ];

    /// Its name in the saved line and in its radio buttons' name.
    pub fn name(self) -> &'static str {
        self.attribute().trim_start_matches("data-")
    }

    /// The `data-` attribute on `<html>` that carries it.
    pub fn attribute(self) -> &'static str {
        match self {
            Preference::TextSize => "data-text-size",
            Preference::Theme => "data-theme",
            Preference::Motion => "data-motion",
            Preference::LineSpacing => "data-line-spacing",
        }
    }

    /// Its options' values, the usual one first.
    pub fn options(self) -> &'static [&'static str] {
        match self {
            Preference::TextSize => &["standard", "large", "larger"],
            Preference::Theme => &["system", "light", "dark", "contrast"],
            Preference::Motion => &["system", "reduced"],
            Preference::LineSpacing => &["standard", "wider"],
        }
    }
}

/// The option chosen for each preference, by index into its options.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ReadingPreferences {
    chosen: [usize; 4],
}

impl ReadingPreferences {
    /// Reads the saved line (`theme=dark;text-size=large`); anything it does
    /// not know is ignored, so an old or edited value never breaks a page.
    pub fn parse(saved: &str) -> Self {
        let mut preferences = Self::default();
        for pair in saved.split(';') {
            let Some((name, value)) = pair.split_once('=') else {
                continue;
            };
            for preference in Preference::ALL {
                if preference.name() == name {
                    if let Some(index) = preference.options().iter().position(|o| *o == value) {
                        preferences.set(preference, index);
                    }
                }
            }
        }
        preferences
    }

    /// The line to save: only what differs from the usual settings.
    pub fn encode(&self) -> String {
        Preference::ALL
            .into_iter()
            .zip(self.attributes())
            .filter_map(|(preference, (_, value))| {
                Some(format!("{}={}", preference.name(), value?))
            })
            .collect::<Vec<_>>()
            .join(";")
    }

    /// Which option of `preference` is chosen.
    pub fn get(&self, preference: Preference) -> usize {
        self.chosen[preference as usize]
    }

    /// Chooses option `index` of `preference`.
    pub fn set(&mut self, preference: Preference, index: usize) {
        if index < preference.options().len() {
            self.chosen[preference as usize] = index;
        }
    }

    /// Each preference's attribute and its value, `None` for the usual one.
    pub fn attributes(&self) -> impl Iterator<Item = (&'static str, Option<&'static str>)> + '_ {
        Preference::ALL.into_iter().map(|preference| {
            let index = self.get(preference);
            (
                preference.attribute(),
                (index > 0).then(|| preference.options()[index]),
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_usual_settings_save_as_nothing_and_set_no_attribute() {
        let usual = ReadingPreferences::default();
        assert_eq!(usual.encode(), "");
        assert!(usual.attributes().all(|(_, value)| value.is_none()));
        assert_eq!(ReadingPreferences::parse(""), usual);
    }

    #[test]
    fn choices_survive_saving_and_reading_back() {
        let mut chosen = ReadingPreferences::default();
        chosen.set(Preference::Theme, 2);
        chosen.set(Preference::TextSize, 1);
        chosen.set(Preference::LineSpacing, 1);
        let saved = chosen.encode();
        assert_eq!(saved, "text-size=large;theme=dark;line-spacing=wider");
        assert_eq!(ReadingPreferences::parse(&saved), chosen);
        assert_eq!(
            chosen.attributes().collect::<Vec<_>>(),
            vec![
                ("data-text-size", Some("large")),
                ("data-theme", Some("dark")),
                ("data-motion", None),
                ("data-line-spacing", Some("wider")),
            ]
        );
    }

    #[test]
    fn unknown_or_broken_values_are_ignored() {
        let read = ReadingPreferences::parse("theme=neon;motion=reduced;junk;size=9;=");
        assert_eq!(read.get(Preference::Theme), 0);
        assert_eq!(read.get(Preference::Motion), 1);
        let mut out_of_range = ReadingPreferences::default();
        out_of_range.set(Preference::Motion, 7);
        assert_eq!(out_of_range, ReadingPreferences::default());
    }
}
