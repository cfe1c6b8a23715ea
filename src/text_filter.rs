//! Narrowing a list by what a visitor types: case-insensitive, every word
//! must be found, and the matches marked for highlighting.

/// What a visitor typed into a filter box, ready to match text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextFilter {
    words: Vec<Vec<char>>,
}

impl TextFilter {
    /// The filter for a typed query; blank means "show everything".
    pub fn new(query: &str) -> Self {
        Self {
            words: query
                .split_whitespace()
                .map(|word| word.chars().flat_map(char::to_lowercase).collect())
                .collect(),
        }
    }

    /// Whether nothing was typed.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Whether every typed word occurs in one of `texts`.
    pub fn matches(&self, texts: &[&str]) -> bool {
        self.words
            .iter()
            .all(|word| texts.iter().any(|text| !find_all(text, word).is_empty()))
    }

    /// `text` in runs, each marked `true` where it matches a typed word.
    pub fn highlight<'a>(&self, text: &'a str) -> Vec<(&'a str, bool)> {
        let mut ranges: Vec<(usize, usize)> = self
            .words
            .iter()
            .flat_map(|word| find_all(text, word))
            .collect();
        ranges.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::new();
        for (start, end) in ranges {
            match merged.last_mut() {
                Some(last) if start <= last.1 => last.1 = last.1.max(end),
                _ => merged.push((start, end)),
            }
        }
        let mut runs = Vec::new();
        let mut position = 0;
        for (start, end) in merged {
            if start > position {
                runs.push((&text[position..start], false));
            }
            runs.push((&text[start..end], true));
            position = end;
        }
        if position < text.len() || runs.is_empty() {
            runs.push((&text[position..], false));
        }
        runs
    }
}

/// The byte ranges where `word` (lowercase chars) occurs in `text`, ignoring case.
fn find_all(text: &str, word: &[char]) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut found = Vec::new();
    if word.is_empty() {
        return found;
    }
    for start in 0..chars.len() {
        let mut wanted = word.iter();
        let mut index = start;
        let mut matched = true;
        'chars: while let Some(&(_, c)) = chars.get(index) {
            for lower in c.to_lowercase() {
                match wanted.next() {
                    Some(&expected) if expected == lower => {}
                    Some(_) => {
                        matched = false;
                        break 'chars;
                    }
                    None => break 'chars,
                }
            }
            index += 1;
            if wanted.len() == 0 {
                break;
            }
        }
        if matched && wanted.len() == 0 {
            let end = chars.get(index).map_or(text.len(), |&(at, _)| at);
            found.push((chars[start].0, end));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_must_match_somewhere_ignoring_case() {
        let filter = TextFilter::new("  Online  SESSIONS ");
        assert!(filter.matches(&["Can I have sessions online?"]));
        assert!(filter.matches(&["Online?", "Yes, sessions by video."]));
        assert!(!filter.matches(&["Can I meet online?"]));
        assert!(TextFilter::new("").is_empty());
        assert!(TextFilter::new("   ").matches(&["anything"]));
    }

    #[test]
    fn matches_are_marked_in_runs() {
        let filter = TextFilter::new("ses");
        assert_eq!(
            filter.highlight("Sessions, sessions."),
            [
                ("Ses", true),
                ("sions, ", false),
                ("ses", true),
                ("sions.", false)
            ]
        );
        assert_eq!(TextFilter::new("").highlight("plain"), [("plain", false)]);
        assert_eq!(TextFilter::new("zz").highlight(""), [("", false)]);
    }

    #[test]
    fn overlapping_words_make_one_mark_and_accents_work() {
        let filter = TextFilter::new("the there");
        assert_eq!(filter.highlight("there"), [("there", true)]);
        assert_eq!(
            TextFilter::new("émigré").highlight("An ÉMIGRÉ life"),
            [("An ", false), ("ÉMIGRÉ", true), (" life", false)]
        );
    }
}
