//! The editor's configuration against the model, the guide and the content.

use super::*;
use std::path::Path;

fn backend() -> Backend {
    Backend {
        repo: "practice/site".into(),
        branch: "main".into(),
        sign_in: SignIn::Token,
        content_folder: "content".into(),
    }
}

/// The notices the US sample publishes.
const US_NOTICES: &[PageId] = &[PageId::NoticeOfPrivacyPractices, PageId::ConsumerHealthData];

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
    let config = config(
        &Guide::builtin(),
        &["en".into(), "es".into()],
        US_NOTICES,
        &backend(),
    );
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
    let config = config(
        &Guide::builtin(),
        &["en".into(), "es".into()],
        US_NOTICES,
        &backend(),
    );
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
        "https://booking.example:8443/x#times",
        "https://f.example;sandbox",
        "https://user@f.example/",
        "https://f.example/\"x",
        "https://f.example/a b",
    ] {
        assert_eq!(
            web.is_match(address),
            crate::load::checks::web_address_problem(address, true).is_none(),
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

#[test]
fn every_commit_the_editor_makes_begins_with_its_mark() {
    let guide = Guide::builtin();
    let config = config(&guide, &["en".into()], US_NOTICES, &backend());
    let messages = config["backend"]["commit_messages"].as_object().unwrap();
    assert!(messages.len() >= 5, "{messages:?}");
    for (kind, message) in messages {
        let message = message.as_str().unwrap();
        assert!(
            message.starts_with(&format!("{} ", guide.editor.commit_mark)),
            "{kind}: {message}"
        );
    }
}
