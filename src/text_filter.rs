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

/// Puts values into a content template: `{count}` becomes the count.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_owned(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}

/// `template` in runs of plain text and placeholders, for a sentence whose
/// blanks become more than text (a link): `Ok(text)` as written, `Err(i)`
/// where `{names[i]}` stands.
pub fn split_blanks<'a>(template: &'a str, names: &[&str]) -> Vec<Result<&'a str, usize>> {
    let mut runs = Vec::new();
    let mut rest = template;
    loop {
        let next = names
            .iter()
            .enumerate()
            .filter_map(|(index, name)| Some((rest.find(&format!("{{{name}}}"))?, index)))
            .min();
        let Some((at, index)) = next else {
            break;
        };
        if at > 0 {
            runs.push(Ok(&rest[..at]));
        }
        runs.push(Err(index));
        rest = &rest[at + names[index].len() + 2..];
    }
    if !rest.is_empty() {
        runs.push(Ok(rest));
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blanks_split_a_sentence_in_order() {
        assert_eq!(
            split_blanks("Email {email} or call {phone}.", &["phone", "email"]),
            [Ok("Email "), Err(1), Ok(" or call "), Err(0), Ok(".")]
        );
        assert_eq!(split_blanks("{email}", &["email"]), [Err(0)]);
        assert_eq!(split_blanks("No blanks", &["email"]), [Ok("No blanks")]);
    }

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

    #[test]
    fn templates_are_filled_by_name() {
        assert_eq!(
            fill("{count} of {total}", &[("count", "2"), ("total", "9")]),
            "2 of 9"
        );
        assert_eq!(fill("No “{query}”", &[("query", "fees")]), "No “fees”");
    }
}
