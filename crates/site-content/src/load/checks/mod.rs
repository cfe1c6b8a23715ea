//! The rules across fields and files, by topic: the site's frame
//! (`site`), the practice and its notices (`practice`), its people
//! (`clinicians`) and the pages (`pages`). The shared pieces (ids,
//! references, web addresses) live here.

mod clinicians;
pub use clinicians::AVAILABILITY_STALE_AFTER_DAYS;
mod jurisdiction;
mod pages;
mod practice;
mod site;

use super::source::{ContentError, Source};
use super::Loaded;
use crate::text::{Ref, Text};
use std::collections::HashSet;

/// Ids name things in addresses (`/roots#self-psychology`): lowercase
/// letters, digits and dashes.
fn is_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// A full `https://` address with something after the scheme and no spaces.
pub(crate) fn web_address(address: &str) -> bool {
    address
        .strip_prefix("https://")
        .is_some_and(|rest| !rest.is_empty() && !rest.contains(char::is_whitespace))
}

/// An address on this computer over plain HTTP (`http://127.0.0.1:8787/`):
/// the relay under `scripts/relay`, which only a production build refuses.
pub fn this_computer(address: &str) -> bool {
    ["http://127.0.0.1", "http://localhost"].iter().any(|host| {
        address.strip_prefix(host).is_some_and(|rest| {
            (rest.is_empty() || rest.starts_with([':', '/']))
                && !rest.contains(|c: char| c.is_whitespace() || c == '@')
        })
    })
}

impl Loaded {
    pub(crate) fn check(&self) -> Vec<ContentError> {
        let mut errors = Vec::new();
        self.check_practice(&mut errors);
        self.check_jurisdictions(&mut errors);
        self.check_navigation(&mut errors);
        self.check_crisis(&mut errors);
        self.check_roots(&mut errors);
        self.check_glossary(&mut errors);
        self.check_steps_and_questions(&mut errors);
        self.check_notices(&mut errors);
        self.check_form_endpoint(&mut errors);
        self.check_comfort(&mut errors);
        self.check_offices(&mut errors);
        self.check_clinicians(&mut errors);
        self.check_payers(&mut errors);
        self.check_registrations(&mut errors);
        errors
    }

    pub(super) fn unknown_reference(
        &self,
        source: &Source,
        reference: &Ref,
        field: &str,
        kind: &str,
        known: Vec<String>,
        defined_in: &str,
    ) -> ContentError {
        source.error_at(
            reference.span(),
            field,
            format!(
                "there is no {kind} `{}` (defined in {defined_in}); the ones there are: {}",
                reference.id(),
                known.join(", ")
            ),
        )
    }
}

/// A crisis line says how to reach it, and where its facts were checked.
fn check_line(
    source: &Source,
    field: &str,
    line: &crate::model::CrisisLine,
    errors: &mut Vec<ContentError>,
) {
    if line.call.is_none() && line.text.is_none() && line.chat.is_none() && line.list.is_none() {
        errors.push(source.error_at(
            line.name.span(),
            field,
            "say how to reach this line: give `call`, `text`, `chat` or a `list` of numbers",
        ));
    }
    let addresses = [
        ("chat", line.chat.as_ref()),
        ("list", line.list.as_ref()),
        ("source", Some(&line.source)),
    ];
    for (key, address) in addresses {
        if let Some(address) = address.filter(|address| !web_address(address.as_str())) {
            errors.push(source.error_at(
                address.span(),
                format!("{field}.{key}"),
                format!(
                    "`{}` is not a web address; write it in full with https://",
                    address.as_str()
                ),
            ));
        }
    }
}

fn check_id(
    source: &Source,
    id: &Text,
    field: &str,
    seen: &mut HashSet<String>,
    errors: &mut Vec<ContentError>,
) {
    let value = id.as_str();
    if !is_id(value) {
        errors.push(source.error_at(
            id.span(),
            field,
            format!("`{value}` cannot be an id: use lowercase letters, digits and dashes, like `self-psychology`"),
        ));
    } else if !seen.insert(value.to_owned()) {
        errors.push(source.error_at(
            id.span(),
            field,
            format!("the id `{value}` is used twice; each must be different"),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_lowercase_words_joined_by_dashes() {
        assert!(is_id("self-psychology"));
        assert!(is_id("us"));
        assert!(!is_id("Self Psychology"));
        assert!(!is_id("-us"));
        assert!(!is_id(""));
    }

    #[test]
    fn only_this_computer_is_allowed_plain_http() {
        assert!(this_computer("http://127.0.0.1:8787/"));
        assert!(this_computer("http://localhost:8787"));
        assert!(!this_computer("http://127.0.0.1.example.org/"));
        assert!(!this_computer("http://localhost@elsewhere.example/"));
        assert!(!this_computer("http://relay.example/"));
    }

    #[test]
    fn web_addresses_are_https_with_a_host_and_no_spaces() {
        assert!(web_address("https://weather.com"));
        assert!(!web_address("http://weather.com"));
        assert!(!web_address("https://"));
        assert!(!web_address("https://weather .com"));
        assert!(!web_address("weather.com"));
    }
}
