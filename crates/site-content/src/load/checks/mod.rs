//! The rules across fields and files, by topic: the site's frame
//! (`site`), the practice and its notices (`practice`), its people
//! (`clinicians`) and the pages (`pages`). The shared pieces (ids,
//! references, web addresses) live here.

mod address;
pub use address::this_computer;
pub(crate) use address::{on_site_path, web_address_problem};
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
pub(crate) fn is_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
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
        self.check_links_out(&mut errors);
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
        if let Some(address) = address {
            check_web_address(source, address, &format!("{field}.{key}"), errors);
        }
    }
}

/// A web address to link to ([`web_address_problem`]), its refusal said
/// with the reason.
pub(crate) fn check_web_address(
    source: &Source,
    address: &Text,
    field: &str,
    errors: &mut Vec<ContentError>,
) {
    if let Some(problem) = web_address_problem(address.as_str(), true) {
        errors.push(source.error_at(
            address.span(),
            field,
            format!(
                "`{}` is not a web address the site can link to ({problem}): write it in full, with https://, e.g. https://www.example.org/page",
                address.as_str()
            ),
        ));
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
}
