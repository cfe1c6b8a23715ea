//! The content editor's configuration (Sveltia CMS, at `/admin/`), generated
//! from the content model ([`crate::schema`]) and the guide
//! (`crates/site-content/guide.toml`, the labels and hints), so the editor
//! offers exactly the fields the loader reads, in the order it declares
//! them, every language side by side.

mod guide;

pub use guide::{EditorWords, Entry, Guide, Kinds};

use crate::model::PageId;
use crate::schema::{content_files, is_shared, Field, Kind, Place, Table};
use serde_json::{json, Map, Value};

/// Where the published editor saves, the git host's repository, and how the
/// practice signs in to it. On the practice's own computer the editor works
/// on the project's folder instead (Sveltia's local repository mode).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Backend {
    /// `owner/name` on GitHub.
    pub repo: String,
    pub branch: String,
    pub sign_in: SignIn,
    /// The content folder, relative to the repository's root.
    pub content_folder: String,
}

/// How the practice signs in to GitHub from the published editor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SignIn {
    /// A fine-grained personal access token, limited to this one repository
    /// and its contents: needs no server at all (GitHub Pages, Cloudflare
    /// Pages, any host).
    Token,
    /// An OAuth provider's sign-in window: Netlify's GitHub provider when
    /// `None`, else the one at this address.
    OAuth(Option<String>),
}

/// A full `https://` address on a domain, with no user name, space or
/// stray character: the loader's own check (`load::checks::web_address_problem`),
/// as near as a pattern for the editor comes.
pub const WEB_ADDRESS_PATTERN: &str =
    r#"^https://[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(:[0-9]+)?([/?#][^\s"<>\\^`{|}]*)?$"#;

/// A phone number as [`crate::text::Phone::parse`] reads one: digits,
/// spaces, dashes, dots and parentheses, a leading `+`, three digits or more.
pub const PHONE_PATTERN: &str = r"^\s*\+?(?:[ .()-]*[0-9]){3}[0-9 .()-]*$";

/// Whether a text field holds a web address, by its key.
fn is_web_address(key: &str) -> bool {
    key == "url" || key.ends_with("_url")
}

/// The editor's configuration for content in `languages` (the main one
/// first) that publishes the notice pages `notices` (a notice the
/// practice's places do not require has no file, and no place in the
/// editor), saving through `backend`.
pub fn config(guide: &Guide, languages: &[String], notices: &[PageId], backend: &Backend) -> Value {
    let folder = backend.content_folder.trim_end_matches('/');
    let mut pages = Vec::new();
    let mut frame = Vec::new();
    let mut people = None;
    let unpublished: Vec<String> = PageId::NOTICES
        .iter()
        .filter(|notice| !notices.contains(notice))
        .map(|notice| notice.file())
        .collect();
    for (place, kind) in content_files() {
        if matches!(&place, Place::File(file) if unpublished.contains(file)) {
            continue;
        }
        let table = kind.table().expect("every content file holds a table");
        let entry = guide.file(&place);
        let (label, hint) = entry.map_or((String::new(), String::new()), |entry| {
            (entry.label.clone(), entry.hint.clone())
        });
        let fields = fields(guide, table);
        match place {
            Place::File(file) => {
                let stem = file.trim_start_matches("pages/").trim_end_matches(".toml");
                // A file's hint has no place in the editor's list of files
                // (only a collection's has): the guide keeps it.
                let _ = hint;
                let described = json!({
                    "name": stem,
                    "label": label,
                    "file": format!("{folder}/{file}"),
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
            "i18n": true,
            "files": files,
        })
    };
    let mut github = Map::new();
    github.insert("name".into(), json!("github"));
    github.insert("repo".into(), json!(backend.repo));
    github.insert("branch".into(), json!(backend.branch));
    let methods = match &backend.sign_in {
        SignIn::Token => json!(["token"]),
        SignIn::OAuth(provider) => {
            if let Some(provider) = provider {
                github.insert("base_url".into(), json!(provider));
            }
            json!(["oauth"])
        }
    };
    github.insert("auth_methods".into(), methods);
    // Every commit the editor makes says so first: scripts/editor-guard
    // refuses one of them that changes anything outside the content.
    let mark = &guide.editor.commit_mark;
    github.insert(
        "commit_messages".into(),
        json!({
            "create": format!("{mark} add {{{{collection}}}} “{{{{slug}}}}”"),
            "update": format!("{mark} change {{{{collection}}}} “{{{{slug}}}}”"),
            "delete": format!("{mark} remove {{{{collection}}}} “{{{{slug}}}}”"),
            "uploadMedia": format!("{mark} add the photo “{{{{path}}}}”"),
            "deleteMedia": format!("{mark} remove the photo “{{{{path}}}}”"),
        }),
    );
    json!({
        "backend": github,
        "app_title": guide.editor.title,
        "publish_mode": "simple",
        // Nothing asked of any other origin: no deployment look-ups (they
        // would need more than the contents permission), no stock photos.
        "show_preview_links": false,
        "media_libraries": {
            "default": { "config": { "slugify_filename": true } },
            "stock_assets": false,
        },
        "editor": { "preview": false },
        "media_folder": format!("{folder}/{}", crate::load::PHOTOS_FOLDER),
        "public_folder": "",
        // An optional field left empty is left out, as the loader reads it.
        "output": { "omit_empty_optional_fields": true },
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
    // A list of plain values is translated item by item, as the list is:
    // the editor offers no way to add an item it may not translate.
    let mut item = value.get_mut("field");
    while let Some(Value::Object(inner)) = item {
        inner.insert("i18n".into(), i18n.clone());
        item = inner.get_mut("field");
    }
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

/// A photo is chosen or uploaded into the photos folder (the editor's own
/// media folder), where the image pipeline reads it; the content names it
/// by its file name alone.
fn photo_widget(kind: &Kind) -> Map<String, Value> {
    assert_eq!(kind, &Kind::Text, "a photo is named by its file name");
    let mut settings = Map::new();
    settings.insert("widget".into(), json!("image"));
    settings.insert("choose_url".into(), json!(false));
    settings.insert("media_folder".into(), json!("{{media_folder}}"));
    settings.insert("public_folder".into(), json!(""));
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
            // A day with no format string is kept as a TOML date, unquoted.
            set("widget", json!("datetime"));
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
mod tests;
