//! The guide (`crates/site-content/guide.toml`): the label and hint of every
//! content file and field, and the check that it describes exactly the
//! model's.

use crate::schema::{content_files, Kind, Place, Table};
use serde::Deserialize;
use std::collections::BTreeMap;

/// What the editor says about each file and field, in one place
/// (`content/README.md` sends the practice to it too).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Guide {
    /// The editor's own page.
    pub editor: EditorWords,
    /// Sentences the editor adds to every field of a kind.
    pub kinds: Kinds,
    /// Each content file (`practice.toml`) or folder (`clinicians`).
    pub files: BTreeMap<String, Entry>,
    /// Each content type's fields, by type name and key.
    pub fields: BTreeMap<String, BTreeMap<String, Entry>>,
}

/// The words of the editor's page itself (the rest are the editor's own).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EditorWords {
    /// Its title, before the practice's name.
    pub title: String,
    /// Shown when JavaScript is off.
    pub no_script: String,
    /// What every commit the editor makes begins with, so that
    /// `scripts/editor-guard` knows the editor's commits from a developer's.
    pub commit_mark: String,
    /// The heading of the one page a setup build publishes, while the sample
    /// practice's words remain (`scripts/build --setup`).
    pub setup_title: String,
    /// What that page says below it.
    pub setup_text: String,
}

/// The sentences shared by every field of a kind.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Kinds {
    /// After a paragraph's hint: how glossary terms are marked.
    pub paragraph: String,
    /// Shown when a web address is not a full `https://` one.
    pub web_address: String,
    /// Shown when a phone number has other characters than digits.
    pub phone: String,
    /// After a hint of a field the editor fills in once for every language.
    pub shared: String,
    /// After a hint of a list that must be the same in every language.
    pub same: String,
}

/// A field's (or file's) label and hint.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub label: String,
    pub hint: String,
    /// Words that run to a paragraph, edited in a box of several lines.
    #[serde(default)]
    pub long: bool,
}

/// The guide written into the site's build.
const GUIDE: &str = include_str!("../../guide.toml");

impl Guide {
    /// The guide the site ships with.
    pub fn builtin() -> Self {
        toml::from_str(GUIDE)
            .unwrap_or_else(|error| panic!("crates/site-content/guide.toml: {error}"))
    }

    /// The entry of a file or folder of content.
    pub fn file(&self, place: &Place) -> Option<&Entry> {
        self.files.get(&place_name(place))
    }

    /// The entry of one field of a content type.
    pub fn field(&self, table: &str, key: &str) -> Option<&Entry> {
        self.fields.get(table)?.get(key)
    }

    /// What the guide and the model disagree on: each file, type or field
    /// the model has and the guide does not describe, and each the guide
    /// describes that the model does not have.
    pub fn gaps(&self) -> Vec<String> {
        let files = content_files();
        let mut gaps = Vec::new();
        let mut tables: Vec<&Table> = Vec::new();
        for (place, kind) in &files {
            if self.file(place).is_none() {
                gaps.push(format!(
                    "the guide has no entry for the file `{}`",
                    place_name(place)
                ));
            }
            for table in kind.tables() {
                if !tables.iter().any(|seen| seen.name == table.name) {
                    tables.push(table);
                }
            }
        }
        let names: Vec<String> = files.iter().map(|(place, _)| place_name(place)).collect();
        gaps.extend(
            self.files
                .keys()
                .filter(|name| !names.contains(name))
                .map(|name| {
                    format!("the guide describes a file `{name}` the content does not have")
                }),
        );
        for table in &tables {
            for field in table
                .fields
                .iter()
                .filter(|field| field.kind != Kind::Derived)
            {
                if self.field(table.name, field.key).is_none() {
                    gaps.push(format!(
                        "the guide has no entry for `{}.{}`",
                        table.name, field.key
                    ));
                }
            }
        }
        for (name, entries) in &self.fields {
            let Some(table) = tables.iter().find(|table| table.name == name) else {
                gaps.push(format!(
                    "the guide describes a type `{name}` the content does not have"
                ));
                continue;
            };
            for key in entries.keys() {
                if table
                    .field(key)
                    .is_none_or(|field| field.kind == Kind::Derived)
                {
                    gaps.push(format!(
                        "the guide describes `{name}.{key}`, which the content does not have"
                    ));
                }
            }
        }
        gaps
    }
}

/// The name the guide and the editor give a file or folder.
fn place_name(place: &Place) -> String {
    match place {
        Place::File(file) => file.clone(),
        Place::Folder(folder) => (*folder).to_owned(),
    }
}
