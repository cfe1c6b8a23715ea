//! Reading one content file: its text kept beside the parsed value, so that
//! a byte span found while parsing or checking becomes a line and a field.

use crate::model::PageId;
use serde::de::DeserializeOwned;
use std::fmt;
use std::ops::Range;
use std::path::Path;

/// Why a file the site needs must be there: what it is for.
fn needed(name: &str) -> String {
    match PageId::ALL.iter().find(|page| page.file() == name) {
        Some(page) => format!(
            "the page registry (`PageId::{page:?}`) has a route /{} whose content is this file; add it, or remove the page from the registry",
            page.slug()
        ),
        None => "the site needs this file".to_owned(),
    }
}

/// One mistake in the content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError {
    /// The file, as the practice would find it (`content/site.toml`).
    pub file: String,
    /// The line in that file, counted from 1.
    pub line: usize,
    /// The field, as a TOML key or path (`navigation[0].pages[1]`).
    pub field: String,
    /// What is wrong and what to do.
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: field `{}`: {}",
            self.file, self.line, self.field, self.message
        )
    }
}

/// A content file's text, kept to turn byte spans into lines.
pub(crate) struct Source {
    pub(crate) file: String,
    pub(crate) text: String,
}

impl Source {
    pub(crate) fn read(dir: &Path, name: &str) -> Result<Self, ContentError> {
        let path = dir.join(name);
        let file = path.display().to_string();
        std::fs::read_to_string(&path)
            .map(|text| Self {
                file: file.clone(),
                text,
            })
            .map_err(|error| ContentError {
                file,
                line: 1,
                field: "-".into(),
                message: format!("cannot read this file ({error}); {}", needed(name)),
            })
    }

    pub(crate) fn line_of(&self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        self.text[..offset].matches('\n').count() + 1
    }

    /// The key whose value stands at `offset`: the nearest `key =` or
    /// `[table]` at or above that line.
    pub(crate) fn key_at(&self, offset: usize) -> String {
        let line = self.line_of(offset);
        self.text
            .lines()
            .take(line)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .find_map(|line| {
                let line = line.trim();
                if line.starts_with('[') {
                    return Some(
                        line.trim_matches(|c| c == '[' || c == ']')
                            .trim()
                            .to_owned(),
                    );
                }
                let (key, _) = line.split_once('=')?;
                let key = key.trim();
                let is_key = !key.is_empty()
                    && key
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || "_-.".contains(c));
                is_key.then(|| key.to_owned())
            })
            .unwrap_or_else(|| "-".into())
    }

    /// The first line that sets `key` or opens a table of that name.
    pub(crate) fn line_of_key(&self, key: &str) -> usize {
        self.text
            .lines()
            .position(|line| {
                let line = line.trim();
                line.trim_start_matches('[').starts_with(key)
                    && line[line.find(key).unwrap_or(0) + key.len()..]
                        .trim_start()
                        .starts_with(['=', ']'])
            })
            .map_or(1, |index| index + 1)
    }

    pub(crate) fn error_at(
        &self,
        span: Range<usize>,
        field: impl Into<String>,
        message: impl Into<String>,
    ) -> ContentError {
        ContentError {
            file: self.file.clone(),
            line: self.line_of(span.start),
            field: field.into(),
            message: message.into(),
        }
    }

    pub(crate) fn error_at_key(
        &self,
        key: &str,
        field: impl Into<String>,
        message: impl Into<String>,
    ) -> ContentError {
        ContentError {
            file: self.file.clone(),
            line: self.line_of_key(key),
            field: field.into(),
            message: message.into(),
        }
    }

    /// Parses the file, naming a mistake by its full path in the file
    /// (`regions[0].lines[1].call`) as serde_path_to_error tracks it.
    pub(crate) fn parse<T: DeserializeOwned>(&self) -> Result<T, ContentError> {
        let parsed = toml::Deserializer::parse(&self.text)
            .map_err(|error| (error, String::new()))
            .and_then(|document| {
                serde_path_to_error::deserialize(document)
                    .map_err(|error| (error.path().clone(), error.into_inner()))
                    .map_err(|(path, error)| (error, field_path(&path)))
            });
        parsed.map_err(|(error, path)| self.parse_error(&error, &path))
    }

    fn parse_error(&self, error: &toml::de::Error, path: &str) -> ContentError {
        let message = error.message().trim().to_owned();
        let span = error.span().unwrap_or(0..0);
        // A missing key is reported at its table, so its name comes from
        // the message; an unknown or repeated one may already end the path.
        let named = ["missing field `", "unknown field `", "duplicate key `"]
            .iter()
            .find_map(|prefix| {
                let rest = message.strip_prefix(prefix)?;
                rest.split('`').next().map(str::to_owned)
            });
        let field = match (named, path) {
            (Some(key), "") => key,
            (Some(key), path) if path == key || path.ends_with(&format!(".{key}")) => {
                path.to_owned()
            }
            (Some(key), table) => format!("{table}.{key}"),
            (None, "") => self.key_at(span.start),
            (None, path) => path.to_owned(),
        };
        ContentError {
            file: self.file.clone(),
            line: self.line_of(span.start),
            field,
            message: explain(&message),
        }
    }
}

/// A path as the practice writes it in TOML: `navigation[0].pages[1]`.
/// The segments toml adds inside a spanned value are not the practice's.
fn field_path(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                if key.starts_with("$__") {
                    continue;
                }
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Segment::Unknown => {}
        }
    }
    out
}

/// Adds what to do to the parser's own words where they are terse.
fn explain(message: &str) -> String {
    if message.starts_with("unknown field") {
        format!("{message}; check the spelling, or remove it")
    } else if message.starts_with("missing field") {
        format!("{message}; this field is required")
    } else {
        message.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(text: &str) -> Source {
        Source {
            file: "content/x.toml".into(),
            text: text.into(),
        }
    }

    #[test]
    fn a_span_is_named_by_its_line_and_key() {
        let text = "name = \"a\"\n\n[[lines]]\ntitle = \"\"\n";
        let source = source(text);
        let offset = text.find("\"\"").unwrap();
        assert_eq!(source.line_of(offset), 4);
        assert_eq!(source.key_at(offset), "title");
        assert_eq!(source.line_of_key("lines"), 3);
        assert_eq!(source.line_of_key("name"), 1);
    }

    #[derive(serde::Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Line {
        call: crate::text::Text,
    }

    #[derive(serde::Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Region {
        lines: Vec<Line>,
    }

    #[test]
    fn a_nested_mistake_is_named_by_its_whole_path() {
        let text = "[[lines]]\ncall = \"988\"\n\n[[lines]]\ncall = [\"988\"]\n";
        let error = source(text).parse::<Region>().unwrap_err();
        assert_eq!((error.line, error.field.as_str()), (5, "lines[1].call"));
        assert!(error.message.contains("invalid type"), "{error}");

        let text = "[[lines]]\ncall = \"988\"\ncal = \"1\"\n";
        let error = source(text).parse::<Region>().unwrap_err();
        assert_eq!((error.line, error.field.as_str()), (3, "lines[0].cal"));

        let text = "[[lines]]\n";
        let error = source(text).parse::<Region>().unwrap_err();
        assert_eq!(error.field, "lines[0].call", "{error}");
    }
}
