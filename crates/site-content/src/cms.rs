//! The content editor's configuration (Decap CMS, at `/admin/`), generated
//! from the content model ([`crate::schema`]) and the guide
//! (`crates/site-content/guide.toml`, the labels and hints), so the editor
//! offers exactly the fields the loader reads, in the order it declares
//! them, every language side by side.

use crate::schema::{content_files, is_shared, Field, Kind, Place, Table};
use serde::Deserialize;
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

/// What the editor says about each file and field: one place, which the
/// content guide (`content/README.md`) is also written from.
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
const GUIDE: &str = include_str!("../guide.toml");

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

/// Where the editor saves: the git host's repository, and the local proxy
/// (`decap-server`) it uses instead when opened on this machine.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Backend {
    /// `owner/name` on GitHub.
    pub repo: String,
    pub branch: String,
    /// The OAuth helper that signs the practice in to GitHub, if not Netlify's.
    pub auth_url: Option<String>,
    /// The local proxy's API (`http://127.0.0.1:8081/api/v1`).
    pub local_proxy: String,
    /// The content folder, relative to the repository's root.
    pub content_folder: String,
}

/// A web address with something after `https://` and no spaces, as the
/// loader's own check asks (`load::checks::web_address`), for the editor.
pub const WEB_ADDRESS_PATTERN: &str = r"^https://\S+$";

/// A phone number as [`crate::text::Phone::parse`] reads one: digits,
/// spaces, dashes, dots and parentheses, a leading `+`, three digits or more.
pub const PHONE_PATTERN: &str = r"^\s*\+?(?:[ .()-]*[0-9]){3}[0-9 .()-]*$";

/// Whether a text field holds a web address, by its key.
fn is_web_address(key: &str) -> bool {
    key == "url" || key.ends_with("_url")
}

/// The editor's configuration for content in `languages` (the main one
/// first), saving through `backend`.
pub fn config(guide: &Guide, languages: &[String], backend: &Backend) -> Value {
    let folder = backend.content_folder.trim_end_matches('/');
    let mut pages = Vec::new();
    let mut frame = Vec::new();
    let mut people = None;
    for (place, kind) in content_files() {
        let table = kind.table().expect("every content file holds a table");
        let entry = guide.file(&place);
        let (label, hint) = entry.map_or((String::new(), String::new()), |entry| {
            (entry.label.clone(), entry.hint.clone())
        });
        let fields = fields(guide, table);
        match place {
            Place::File(file) => {
                let stem = file.trim_start_matches("pages/").trim_end_matches(".toml");
                let described = json!({
                    "name": stem,
                    "label": label,
                    "file": format!("{folder}/{file}"),
                    "description": hint,
                    "i18n": true,
                    "fields": fields,
                });
                if file.starts_with("pages/") {
                    pages.push(described);
                } else {
                    frame.push(described);
                }
            }
            Place::Folder(name) => {
                people = Some(json!({
                    "name": name,
                    "label": label,
                    "label_singular": table.name,
                    "description": hint,
                    "folder": format!("{folder}/{name}"),
                    "format": "toml",
                    "extension": "toml",
                    "create": true,
                    "delete": false,
                    "identifier_field": "name",
                    "i18n": true,
                    "fields": fields,
                }));
            }
        }
    }
    let files_collection = |name: &str, label: &str, files: Vec<Value>| {
        json!({
            "name": name,
            "label": label,
            "format": "toml",
            "extension": "toml",
            "i18n": true,
            "files": files,
        })
    };
    let mut github = Map::new();
    github.insert("name".into(), json!("github"));
    github.insert("repo".into(), json!(backend.repo));
    github.insert("branch".into(), json!(backend.branch));
    if let Some(auth) = &backend.auth_url {
        github.insert("base_url".into(), json!(auth));
    }
    json!({
        "backend": github,
        "local_backend": { "url": backend.local_proxy },
        "publish_mode": "simple",
        "media_folder": format!("{folder}/{}", crate::load::PHOTOS_FOLDER),
        "public_folder": "",
        "i18n": {
            "structure": "single_file",
            "locales": languages,
            "default_locale": languages.first(),
        },
        "collections": [
            files_collection("site", "The practice and every page's frame", frame),
            files_collection("pages", "Pages", pages),
            people,
        ],
    })
}

/// The editor's fields for a table's, in its order.
fn fields(guide: &Guide, table: &Table) -> Vec<Value> {
    table
        .fields
        .iter()
        .filter(|field| field.kind != Kind::Derived)
        .map(|field| described(guide, table, field))
        .collect()
}

/// One field of a table, as the editor shows it.
fn described(guide: &Guide, table: &Table, field: &Field) -> Value {
    let entry = guide.field(table.name, field.key);
    let mut hint = entry.map_or(String::new(), |entry| entry.hint.clone());
    let label = entry.map_or(field.key.to_owned(), |entry| entry.label.clone());
    let shared = is_shared(table.name, field.key);
    // The editor copies a single value into every language, not a list.
    let copied = shared && !matches!(field.kind.required(), Kind::List(_));
    if copied {
        hint = format!("{hint} {}", guide.kinds.shared);
    } else if shared {
        hint = format!("{hint} {}", guide.kinds.same);
    }
    let mut value = if (table.name, field.key) == PHOTO_FILE {
        photo_widget(&field.kind)
    } else {
        widget(guide, &field.kind, &label, field.key, &mut hint)
    };
    if entry.is_some_and(|entry| entry.long) {
        lengthen(&mut value);
    }
    value.insert("name".into(), json!(field.key));
    value.insert("label".into(), json!(label));
    value.insert("hint".into(), json!(hint.trim()));
    let i18n = if copied {
        json!("duplicate")
    } else {
        json!(true)
    };
    value.insert("i18n".into(), i18n);
    Value::Object(value)
}

/// A line of words, or a list of them, edited in a box of several lines.
fn lengthen(field: &mut Map<String, Value>) {
    if let Some(Value::Object(item)) = field.get_mut("field") {
        lengthen(item);
    } else if field.get("widget") == Some(&json!("string")) {
        field.insert("widget".into(), json!("text"));
    }
}

/// Marks a field (or a list of fields), and every field within, as one the
/// editor lets be empty.
fn not_required(value: &mut Value) {
    match value {
        Value::Array(fields) => fields.iter_mut().for_each(not_required),
        Value::Object(field) => {
            field.insert("required".into(), json!(false));
            for nested in ["fields", "field"] {
                if let Some(inner) = field.get_mut(nested) {
                    not_required(inner);
                }
            }
        }
        _ => {}
    }
}

/// The field that names a photo's source file, in the photos folder.
const PHOTO_FILE: (&str, &str) = ("Photo", "file");

/// A photo is chosen or uploaded into the photos folder, where the image
/// pipeline reads it; the content names it by its file name alone.
fn photo_widget(kind: &Kind) -> Map<String, Value> {
    assert_eq!(kind, &Kind::Text, "a photo is named by its file name");
    let mut settings = Map::new();
    settings.insert("widget".into(), json!("image"));
    settings.insert("choose_url".into(), json!(false));
    settings.insert("allow_multiple".into(), json!(false));
    settings
}

/// The widget (and its settings) for a kind of value.
fn widget(
    guide: &Guide,
    kind: &Kind,
    label: &str,
    key: &str,
    hint: &mut String,
) -> Map<String, Value> {
    let mut settings = Map::new();
    let mut set = |name: &str, value: Value| {
        settings.insert(name.to_owned(), value);
    };
    match kind {
        Kind::Text if is_web_address(key) => {
            set("widget", json!("string"));
            set(
                "pattern",
                json!([WEB_ADDRESS_PATTERN, guide.kinds.web_address]),
            );
        }
        Kind::Text | Kind::Ref => set("widget", json!("string")),
        Kind::Paragraph => {
            set("widget", json!("text"));
            *hint = format!("{hint} {}", guide.kinds.paragraph);
        }
        Kind::Phone => {
            set("widget", json!("string"));
            set("pattern", json!([PHONE_PATTERN, guide.kinds.phone]));
        }
        Kind::Date => {
            set("widget", json!("datetime"));
            set("format", json!("YYYY-MM-DD"));
            set("date_format", json!("YYYY-MM-DD"));
            set("time_format", json!(false));
            set("picker_utc", json!(true));
        }
        Kind::Choice(options) => {
            set("widget", json!("select"));
            set("options", json!(options));
        }
        Kind::List(inner) => {
            set("widget", json!("list"));
            match inner.as_ref() {
                Kind::Table(table) => {
                    // A folded item shows its first words that are not an id.
                    let named = table.fields.iter().find(|field| {
                        field.key != "id" && matches!(field.kind, Kind::Text | Kind::Paragraph)
                    });
                    if let Some(named) = named {
                        set("summary", json!(format!("{{{{fields.{}}}}}", named.key)));
                    }
                    set("fields", json!(fields(guide, table)));
                }
                other => {
                    let mut item = widget(guide, other, label, key, hint);
                    item.insert("name".into(), json!(key));
                    item.insert("label".into(), json!(label));
                    set("field", Value::Object(item));
                }
            }
        }
        Kind::Optional(inner) => {
            let mut inner = widget(guide, inner, label, key, hint);
            // The editor checks a left-out table's own fields as if it
            // were there; the loader checks them only when it is.
            for nested in ["fields", "field"] {
                if let Some(fields) = inner.get_mut(nested) {
                    not_required(fields);
                }
            }
            inner.insert("required".into(), json!(false));
            return inner;
        }
        Kind::Table(table) => {
            set("widget", json!("object"));
            set("fields", json!(fields(guide, table)));
        }
        Kind::Derived => unreachable!("derived fields are not in the files"),
    }
    settings
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn backend() -> Backend {
        Backend {
            repo: "practice/site".into(),
            branch: "main".into(),
            auth_url: None,
            local_proxy: "http://127.0.0.1:8081/api/v1".into(),
            content_folder: "content".into(),
        }
    }

    #[test]
    fn the_guide_describes_every_file_and_field_of_the_model_and_nothing_else() {
        assert_eq!(Guide::builtin().gaps(), Vec::<String>::new());
    }

    #[test]
    fn a_field_missing_from_the_guide_or_unknown_to_the_model_is_a_gap() {
        let mut guide = Guide::builtin();
        let practice = guide.fields.get_mut("Practice").unwrap();
        let phone = practice.remove("phone").unwrap();
        practice.insert("fax".into(), phone);
        guide.files.remove("crisis.toml");
        assert_eq!(
            guide.gaps(),
            [
                "the guide has no entry for the file `crisis.toml`",
                "the guide has no entry for `Practice.phone`",
                "the guide describes `Practice.fax`, which the content does not have",
            ]
        );
    }

    /// The field at a path of keys in one file's fields.
    fn field<'a>(fields: &'a Value, path: &[&str]) -> &'a Value {
        let (first, rest) = path.split_first().unwrap();
        let found = fields
            .as_array()
            .unwrap()
            .iter()
            .find(|field| field["name"] == *first)
            .unwrap_or_else(|| panic!("no field {first}"));
        if rest.is_empty() {
            found
        } else {
            field(&found["fields"], rest)
        }
    }

    fn file<'a>(config: &'a Value, collection: &str, name: &str) -> &'a Value {
        let collection = config["collections"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["name"] == collection)
            .unwrap();
        if collection.get("folder").is_some() {
            return &collection["fields"];
        }
        &collection["files"]
            .as_array()
            .unwrap()
            .iter()
            .find(|file| file["name"] == name)
            .unwrap_or_else(|| panic!("no file {name}"))["fields"]
    }

    #[test]
    fn the_editor_offers_each_field_with_its_rule_and_every_language_side_by_side() {
        let config = config(&Guide::builtin(), &["en".into(), "es".into()], &backend());
        assert_eq!(config["i18n"]["structure"], "single_file");
        assert_eq!(config["i18n"]["locales"], json!(["en", "es"]));
        assert_eq!(config["i18n"]["default_locale"], "en");
        assert_eq!(config["media_folder"], "content/photos");
        let practice = file(&config, "site", "practice");
        let phone = field(practice, &["phone"]);
        assert_eq!(phone["pattern"][0], PHONE_PATTERN);
        assert_eq!(phone["i18n"], "duplicate", "one number for every language");
        assert_eq!(phone["label"], "Phone number");
        let booking = field(practice, &["booking_url"]);
        assert_eq!(booking["required"], false);
        assert_eq!(booking["pattern"][0], WEB_ADDRESS_PATTERN);
        assert_eq!(field(practice, &["tagline"])["i18n"], true);
        let clinician = file(&config, "clinicians", "");
        assert_eq!(
            field(clinician, &["availability", "status"])["options"],
            json!(["accepting", "waitlist", "not-accepting"])
        );
        assert_eq!(
            field(clinician, &["availability", "as_of"])["widget"],
            "datetime"
        );
        let photo = field(clinician, &["photo", "file"]);
        assert_eq!(
            (&photo["widget"], &photo["i18n"]),
            (&json!("image"), &json!("duplicate"))
        );
        assert!(
            field(clinician, &["supervisor", "licence", "number"])["required"] == false,
            "a left-out supervisor's fields are not asked for"
        );
        let faq = file(&config, "pages", "faq");
        let answer = &field(faq, &["questions"])["fields"];
        let answer = field(answer, &["answer"]);
        assert_eq!(answer["field"]["widget"], "text", "an answer runs long");
        assert!(!answer["hint"].as_str().unwrap().contains("[[selfobject]]"));
        let intro = field(file(&config, "pages", "home"), &["intro"]);
        assert_eq!(intro["field"]["widget"], "text");
        assert!(
            intro["hint"].as_str().unwrap().contains("[[selfobject]]"),
            "a paragraph's hint explains glossary marks"
        );
        assert_eq!(field(faq, &["questions"])["summary"], "{{fields.question}}");
        assert!(config.get("collections").unwrap().as_array().unwrap().len() == 3);
    }

    /// Every key path (`page.title`, `questions[].answer`) of a table of
    /// values, as written.
    fn written_paths(value: &toml::Value, at: &str, found: &mut Vec<String>) {
        let join = |key: &str| {
            if at.is_empty() {
                key.to_owned()
            } else {
                format!("{at}.{key}")
            }
        };
        if let toml::Value::Table(table) = value {
            for (key, inner) in table {
                let path = join(key);
                found.push(path.clone());
                match inner {
                    toml::Value::Array(items) => {
                        for item in items {
                            written_paths(item, &format!("{path}[]"), found);
                        }
                    }
                    other => written_paths(other, &path, found),
                }
            }
        }
    }

    /// Every field path the editor offers, with whether it is required.
    fn offered_paths(fields: &Value, at: &str, found: &mut Vec<(String, bool)>) {
        for field in fields.as_array().unwrap() {
            let name = field["name"].as_str().unwrap();
            let path = if at.is_empty() {
                name.to_owned()
            } else {
                format!("{at}.{name}")
            };
            found.push((path.clone(), field["required"] != false));
            let inner = if field["widget"] == "list" {
                format!("{path}[]")
            } else {
                path
            };
            if let Some(nested) = field.get("fields") {
                offered_paths(nested, &inner, found);
            }
        }
    }

    #[test]
    fn the_editor_offers_every_field_the_content_holds_and_asks_only_for_what_it_has() {
        let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
        let config = config(&Guide::builtin(), &["en".into(), "es".into()], &backend());
        let mut checked = 0;
        for collection in config["collections"].as_array().unwrap() {
            let entries: Vec<(String, &Value)> = match collection.get("files") {
                Some(files) => files
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|file| (file["file"].as_str().unwrap().to_owned(), &file["fields"]))
                    .collect(),
                None => std::fs::read_dir(content.join("clinicians"))
                    .unwrap()
                    .map(|file| {
                        let name = file.unwrap().file_name().into_string().unwrap();
                        (format!("content/clinicians/{name}"), &collection["fields"])
                    })
                    .collect(),
            };
            for (file, fields) in entries {
                let path = content.join(file.trim_start_matches("content/"));
                let text = std::fs::read_to_string(path).unwrap();
                let whole = toml::Value::Table(text.parse::<toml::Table>().unwrap());
                let mut offered = Vec::new();
                offered_paths(fields, "", &mut offered);
                for language in ["en", "es"] {
                    let mut written = Vec::new();
                    written_paths(&whole[language], "", &mut written);
                    for path in &written {
                        assert!(
                            offered.iter().any(|(offer, _)| offer == path),
                            "{file}: `{language}.{path}` has no field in the editor"
                        );
                    }
                    // Fields of a list's items are asked for only where an
                    // item is; a file's own required fields, always.
                    for (path, _) in offered
                        .iter()
                        .filter(|(p, required)| *required && !p.contains("[]"))
                    {
                        assert!(
                            written.contains(path),
                            "{file}: the editor asks for `{language}.{path}`, which the content lacks"
                        );
                    }
                    checked += written.len();
                }
            }
        }
        assert!(checked > 1000, "{checked} fields checked");
    }

    #[test]
    fn the_editor_checks_addresses_and_numbers_as_the_loader_does() {
        let web = regex::Regex::new(WEB_ADDRESS_PATTERN).unwrap();
        let phone = regex::Regex::new(PHONE_PATTERN).unwrap();
        for address in [
            "https://weather.com",
            "http://weather.com",
            "https://",
            "https://weather .com",
            "weather.com",
            "https://booking.example/x?y=1",
        ] {
            assert_eq!(
                web.is_match(address),
                crate::load::checks::web_address(address),
                "{address}"
            );
        }
        for number in [
            "(503) 555-0142",
            "988",
            "+44 116 123",
            "98",
            "555-CALL",
            "1.800.985.3059",
            "",
            "+",
            " 911",
        ] {
            assert_eq!(
                phone.is_match(number),
                crate::text::Phone::parse(number).is_ok(),
                "{number:?}"
            );
        }
    }
}
