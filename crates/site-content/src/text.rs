//! The leaf values of the content: text, phone numbers and references.
//!
//! With the `build` feature each one remembers where it stood in its file
//! (a byte span), so that a check made after loading can still name the line.

use std::borrow::Cow;
#[cfg(feature = "build")]
use std::ops::Range;

/// A list in the content.
pub type List<T> = Vec<T>;

/// A piece of the practice's text, never empty, with white space folded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    value: Cow<'static, str>,
    #[cfg(feature = "build")]
    span: Range<usize>,
}

impl Text {
    /// Text written in code (tests, and words the site supplies itself).
    pub const fn new(value: &'static str) -> Self {
        Self {
            value: Cow::Borrowed(value),
            #[cfg(feature = "build")]
            span: 0..0,
        }
    }

    /// The words themselves.
    pub fn as_str(&self) -> &str {
        &self.value
    }
}

/// A telephone number as the practice writes it, and as a phone dials it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phone {
    display: Cow<'static, str>,
    dial: Cow<'static, str>,
    #[cfg(feature = "build")]
    span: Range<usize>,
}

impl Phone {
    /// The number as written, for reading.
    pub fn display(&self) -> &str {
        &self.display
    }

    /// The `tel:` address that dials it.
    pub fn href(&self) -> String {
        format!("tel:{}", self.dial)
    }

    /// The `sms:` address that starts a text message to it.
    pub fn sms_href(&self) -> String {
        format!("sms:{}", self.dial)
    }

    /// Reads a written number: digits with spaces, dashes, dots or
    /// parentheses, and an optional leading `+`; at least three digits.
    pub fn parse(written: &str) -> Result<Self, String> {
        let written = written.trim();
        let allowed = |c: char| c.is_ascii_digit() || " -.()".contains(c);
        let body = written.strip_prefix('+').unwrap_or(written);
        if let Some(bad) = body.chars().find(|&c| !allowed(c)) {
            return Err(format!(
                "`{written}` is not a phone number: `{bad}` is not a digit, space, dash, dot or parenthesis"
            ));
        }
        let digits: String = body.chars().filter(char::is_ascii_digit).collect();
        if digits.len() < 3 {
            return Err(format!(
                "`{written}` is not a phone number: it needs at least three digits"
            ));
        }
        let plus = if written.starts_with('+') { "+" } else { "" };
        Ok(Self {
            display: Cow::Owned(written.to_owned()),
            dial: Cow::Owned(format!("{plus}{digits}")),
            #[cfg(feature = "build")]
            span: 0..0,
        })
    }
}

/// A paragraph of the practice's text, in which a theory word can be marked
/// for the glossary: `[[selfobject]]`, or `[[selfobjects|selfobject]]` where
/// the words shown differ from the glossary entry's id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    segments: Vec<Segment>,
    #[cfg(feature = "build")]
    span: Range<usize>,
}

/// A run of a paragraph: plain words, or words marked as a glossary term.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    text: Cow<'static, str>,
    term: Option<Cow<'static, str>>,
}

impl Paragraph {
    /// The paragraph's runs, in order.
    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }

    /// The words alone, marks removed.
    pub fn plain_text(&self) -> String {
        self.segments.iter().map(|segment| segment.text()).collect()
    }
}

impl Segment {
    /// The words shown.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The glossary id, for marked words.
    pub fn term_id(&self) -> Option<&str> {
        self.term.as_deref()
    }
}

/// A glossary id from the words of a mark: lowercase, words joined by dashes.
pub fn term_id(words: &str) -> String {
    words
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join("-")
}

impl Paragraph {
    /// Reads a written paragraph, with its `[[...]]` marks.
    pub fn parse(written: &str) -> Result<Self, String> {
        let mut segments = Vec::new();
        let mut rest = written;
        while let Some(start) = rest.find("[[") {
            if start > 0 {
                segments.push(Segment::owned(&rest[..start], None));
            }
            let after = &rest[start + 2..];
            let end = after.find("]]").ok_or_else(|| {
                format!(
                    "a glossary mark `[[` is never closed with `]]`: `{}`",
                    &rest[start..]
                )
            })?;
            let inner = &after[..end];
            let (shown, id) = match inner.split_once('|') {
                Some((shown, id)) => (shown.trim(), term_id(id)),
                None => (inner.trim(), term_id(inner)),
            };
            if shown.is_empty() || id.is_empty() || inner.contains("[[") {
                return Err(format!("`[[{inner}]]` is not a glossary mark: write [[term]] or [[words shown|term-id]]"));
            }
            segments.push(Segment::owned(shown, Some(id)));
            rest = &after[end + 2..];
        }
        if rest.contains("]]") {
            return Err("`]]` closes a glossary mark that was never opened with `[[`".into());
        }
        if !rest.is_empty() {
            segments.push(Segment::owned(rest, None));
        }
        Ok(Self {
            segments,
            #[cfg(feature = "build")]
            span: 0..0,
        })
    }
}

impl Segment {
    fn owned(text: &str, term: Option<String>) -> Self {
        Self {
            text: Cow::Owned(text.to_owned()),
            term: term.map(Cow::Owned),
        }
    }
}

/// A reference by id to something defined elsewhere in the content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ref {
    id: Cow<'static, str>,
    #[cfg(feature = "build")]
    span: Range<usize>,
}

impl Ref {
    /// A reference compiled into the site.
    pub const fn new(id: &'static str) -> Self {
        Self {
            id: Cow::Borrowed(id),
            #[cfg(feature = "build")]
            span: 0..0,
        }
    }

    /// The id referred to.
    pub fn id(&self) -> &str {
        &self.id
    }
}

#[cfg(feature = "build")]
mod build {
    use super::*;
    use serde::de::{Deserialize, Deserializer, Error};
    use toml::Spanned;

    impl Text {
        /// Where the text stood in its file.
        pub fn span(&self) -> Range<usize> {
            self.span.clone()
        }
    }

    impl Ref {
        /// Where the reference stood in its file.
        pub fn span(&self) -> Range<usize> {
            self.span.clone()
        }
    }

    /// Folds runs of white space (line breaks in a TOML multi-line string,
    /// double spaces) into single spaces.
    pub fn fold_whitespace(text: &str) -> String {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// Reads a string value: white space folded, never empty.
    fn read_words<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
        let spanned = Spanned::<String>::deserialize(deserializer)?;
        let span = spanned.span();
        let value = fold_whitespace(spanned.get_ref());
        if value.is_empty() {
            return Err(D::Error::custom(
                "this text is empty; write the words, or remove the field if it is optional",
            ));
        }
        Ok(Text {
            value: Cow::Owned(value),
            span,
        })
    }

    impl<'de> Deserialize<'de> for Text {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let text = read_words(deserializer)?;
            if text.as_str().contains("[[") {
                return Err(D::Error::custom(
                    "glossary marks [[...]] work only in paragraphs, not in this field; remove the brackets",
                ));
            }
            Ok(text)
        }
    }

    impl<'de> Deserialize<'de> for Paragraph {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let text = read_words(deserializer)?;
            let mut paragraph = Paragraph::parse(text.as_str()).map_err(D::Error::custom)?;
            paragraph.span = text.span();
            Ok(paragraph)
        }
    }

    impl Paragraph {
        /// Where the paragraph stood in its file.
        pub fn span(&self) -> Range<usize> {
            self.span.clone()
        }
    }

    impl Phone {
        /// Where the number stood in its file.
        pub fn span(&self) -> Range<usize> {
            self.span.clone()
        }
    }

    impl<'de> Deserialize<'de> for Phone {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let spanned = Spanned::<String>::deserialize(deserializer)?;
            let span = spanned.span();
            let mut phone = Phone::parse(spanned.get_ref()).map_err(D::Error::custom)?;
            phone.span = span;
            Ok(phone)
        }
    }

    impl<'de> Deserialize<'de> for Ref {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let spanned = Spanned::<String>::deserialize(deserializer)?;
            let span = spanned.span();
            let id = spanned.into_inner().trim().to_owned();
            if id.is_empty() {
                return Err(D::Error::custom(
                    "this reference is empty; name the id it refers to",
                ));
            }
            Ok(Self {
                id: Cow::Owned(id),
                span,
            })
        }
    }
}

#[cfg(feature = "build")]
pub use build::fold_whitespace;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_keeps_the_written_form_and_dials_the_digits() {
        let phone = Phone::parse(" (503) 555-0142 ").unwrap();
        assert_eq!(phone.display(), "(503) 555-0142");
        assert_eq!(phone.href(), "tel:5035550142");
        assert_eq!(phone.sms_href(), "sms:5035550142");
        assert_eq!(Phone::parse("+44 116 123").unwrap().href(), "tel:+44116123");
    }

    #[test]
    fn a_paragraph_splits_into_plain_words_and_marked_terms() {
        let paragraph =
            Paragraph::parse("Kohut's [[selfobject]] needs, and [[ruptures|rupture and repair]].")
                .unwrap();
        let runs: Vec<(&str, Option<&str>)> = paragraph
            .segments()
            .iter()
            .map(|segment| (segment.text(), segment.term_id()))
            .collect();
        assert_eq!(
            runs,
            [
                ("Kohut's ", None),
                ("selfobject", Some("selfobject")),
                (" needs, and ", None),
                ("ruptures", Some("rupture-and-repair")),
                (".", None),
            ]
        );
        assert_eq!(
            paragraph.plain_text(),
            "Kohut's selfobject needs, and ruptures."
        );
        assert_eq!(term_id("Rupture and repair"), "rupture-and-repair");
    }

    #[test]
    fn a_broken_mark_is_explained() {
        assert!(Paragraph::parse("an [[open mark")
            .unwrap_err()
            .contains("never closed"));
        assert!(Paragraph::parse("a stray]] close")
            .unwrap_err()
            .contains("never opened"));
        assert!(Paragraph::parse("empty [[]] mark")
            .unwrap_err()
            .contains("not a glossary mark"));
    }

    #[test]
    fn phone_rejects_letters_and_too_few_digits() {
        assert!(Phone::parse("555-CALL").unwrap_err().contains("`C`"));
        assert!(Phone::parse("91").unwrap_err().contains("three digits"));
    }
}
