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

/// A content file's text, kept to turn byte spans into lines, and the
/// language whose table (`[es]`) one edition reads from it.
pub(crate) struct Source {
    pub(crate) file: String,
    pub(crate) text: String,
    /// The edition's language code; empty for the whole file.
    pub(crate) table: String,
}

impl Source {
    /// The file `name` in `dir`, as the edition `table` reads it.
    pub(crate) fn read(dir: &Path, name: &str, table: &str) -> Result<Self, ContentError> {
        let path = dir.join(name);
        let file = path.display().to_string();
        std::fs::read_to_string(&path)
            .map(|text| Self {
                file: file.clone(),
                text,
                table: table.to_owned(),
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

    /// The field at `offset` as the file spells it, with the language table
    /// it is in (`es.address`).
    pub(crate) fn field_at(&self, offset: usize) -> String {
        let line = self.line_of(offset);
        let owner = self
            .text
            .lines()
            .take(line)
            .filter_map(|line| line.trim().strip_prefix('['))
            .map(|name| name.trim_start_matches('['))
            .filter_map(|name| name.split(['.', ']']).next())
            .last();
        match owner {
            Some(owner) if !owner.trim().is_empty() => {
                format!("{}.{}", owner.trim(), self.key_at(offset))
            }
            _ => self.key_at(offset),
        }
    }

    /// The first line in this edition's table that sets `key` or opens a
    /// table of that name.
    pub(crate) fn line_of_key(&self, key: &str) -> usize {
        let mut owner = "";
        self.text
            .lines()
            .position(|line| {
                let mut line = line.trim();
                if line.starts_with('[') {
                    let name = line.trim_start_matches('[');
                    owner = name.split(['.', ']']).next().unwrap_or("").trim();
                    if !self.table.is_empty() {
                        let inner = name.strip_prefix(&format!("{}.", self.table));
                        line = inner.unwrap_or(name);
                    }
                }
                let here = self.table.is_empty() || owner == self.table;
                here && line.trim_start_matches('[').starts_with(key)
                    && line[line.find(key).unwrap_or(0) + key.len()..]
                        .trim_start()
                        .starts_with(['=', ']'])
            })
            .map_or(1, |index| index + 1)
    }

    /// `field` as the file spells it: inside this edition's table.
    fn in_table(&self, field: String) -> String {
        if self.table.is_empty() || field == "-" {
            field
        } else {
            format!("{}.{field}", self.table)
        }
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
            field: self.in_table(field.into()),
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
            field: self.in_table(field.into()),
            message: message.into(),
        }
    }

    /// Parses this edition's table of the file (the whole file if it reads
    /// no table), naming a mistake by its full path in the file
    /// (`es.regions[0].lines[1].call`) as serde_path_to_error tracks it.
    pub(crate) fn parse<T: DeserializeOwned>(&self) -> Result<T, ContentError> {
        let parsed = toml::Deserializer::parse(&self.text)
            .map_err(|error| (error, String::new()))
            .and_then(|document| {
                let mut track = serde_path_to_error::Track::new();
                let tracked = serde_path_to_error::Deserializer::new(document, &mut track);
                let value = if self.table.is_empty() {
                    T::deserialize(tracked).map(Some)
                } else {
                    serde::de::DeserializeSeed::deserialize(InTable::<T>::new(&self.table), tracked)
                };
                value.map_err(|error| (error, field_path(&track.path())))
            });
        match parsed {
            Ok(Some(value)) => Ok(value),
            Ok(None) => Err(ContentError {
                file: self.file.clone(),
                line: 1,
                field: self.table.clone(),
                message: format!(
                    "this file has no `[{0}]` table: every page must exist in every language, so write the `{0}` edition's words under `[{0}]`",
                    self.table
                ),
            }),
            Err((error, path)) => Err(self.parse_error(&error, &path)),
        }
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

/// Reads one top-level table of a document (`[es]`) and skips the others;
/// `None` if there is no such table.
struct InTable<'a, T> {
    code: &'a str,
    value: std::marker::PhantomData<T>,
}

impl<'a, T> InTable<'a, T> {
    fn new(code: &'a str) -> Self {
        Self {
            code,
            value: std::marker::PhantomData,
        }
    }
}

impl<'de, T: serde::Deserialize<'de>> serde::de::DeserializeSeed<'de> for InTable<'_, T> {
    type Value = Option<T>;

    fn deserialize<D: serde::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de, T: serde::Deserialize<'de>> serde::de::Visitor<'de> for InTable<'_, T> {
    type Value = Option<T>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "a table per language")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut found = None;
        while let Some(key) = map.next_key::<String>()? {
            if key == self.code {
                found = Some(map.next_value::<T>()?);
            } else {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(found)
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
            table: String::new(),
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
