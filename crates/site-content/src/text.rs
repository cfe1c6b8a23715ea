//! The leaf values of the content: text, phone numbers and references.
//!
//! With the `build` feature each one remembers where it stood in its file
//! (a byte span), so that a check made after loading can still name the line.

use std::borrow::Cow;
#[cfg(feature = "build")]
use std::ops::Range;

/// A list in the content: owned while loading, a static slice in the site.
pub type List<T> = Cow<'static, [T]>;

/// A piece of the practice's text, never empty, with white space folded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    value: Cow<'static, str>,
    #[cfg(feature = "build")]
    span: Range<usize>,
}

impl Text {
    /// Text compiled into the site.
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
}

impl Phone {
    /// A number compiled into the site.
    pub const fn new(display: &'static str, dial: &'static str) -> Self {
        Self {
            display: Cow::Borrowed(display),
            dial: Cow::Borrowed(dial),
        }
    }

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
        })
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
    use crate::bake::{bake_str, Bake};
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

    impl<'de> Deserialize<'de> for Text {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let spanned = Spanned::<String>::deserialize(deserializer)?;
            let span = spanned.span();
            let value = fold_whitespace(spanned.get_ref());
            if value.is_empty() {
                return Err(D::Error::custom(
                    "this text is empty; write the words, or remove the field if it is optional",
                ));
            }
            Ok(Self {
                value: Cow::Owned(value),
                span,
            })
        }
    }

    impl<'de> Deserialize<'de> for Phone {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            Phone::parse(&String::deserialize(deserializer)?).map_err(D::Error::custom)
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

    impl Bake for Text {
        fn bake(&self, out: &mut String) {
            out.push_str("::site_content::Text::new(");
            bake_str(&self.value, out);
            out.push(')');
        }
    }

    impl Bake for Phone {
        fn bake(&self, out: &mut String) {
            out.push_str("::site_content::Phone::new(");
            bake_str(&self.display, out);
            out.push_str(", ");
            bake_str(&self.dial, out);
            out.push(')');
        }
    }

    impl Bake for Ref {
        fn bake(&self, out: &mut String) {
            out.push_str("::site_content::Ref::new(");
            bake_str(&self.id, out);
            out.push(')');
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
    fn phone_rejects_letters_and_too_few_digits() {
        assert!(Phone::parse("555-CALL").unwrap_err().contains("`C`"));
        assert!(Phone::parse("91").unwrap_err().contains("three digits"));
    }
}
