//! The rules across fields and files: ids, references, placeholders, the
//! legal notices, and what each reading preference and address must be.

use super::source::{ContentError, Source};
use super::Loaded;
use crate::model::PageId;
use crate::rules::LanguageRules;
use crate::text::{Ref, Text};
use crate::walk::Leaf;
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

impl Loaded {
    pub(crate) fn check(&self) -> Vec<ContentError> {
        let mut errors = Vec::new();
        self.check_practice(&mut errors);
        self.check_navigation(&mut errors);
        self.check_crisis(&mut errors);
        self.check_roots(&mut errors);
        self.check_glossary(&mut errors);
        self.check_steps_and_questions(&mut errors);
        self.check_good_faith_estimate(&mut errors);
        self.check_form_endpoint(&mut errors);
        self.check_comfort(&mut errors);
        errors
    }

    /// The quick exit must lead somewhere safe, and each reading preference
    /// must name exactly the options the site offers.
    fn check_comfort(&self, errors: &mut Vec<ContentError>) {
        let site = &self.content.site;
        let exit = &site.quick_exit.url;
        let address = exit.as_str();
        if !address
            .strip_prefix("https://")
            .is_some_and(|rest| !rest.is_empty() && !rest.contains(char::is_whitespace))
        {
            errors.push(self.source("site.toml").error_at(
                exit.span(),
                "quick_exit.url",
                format!("`{address}` is not a web address the quick exit can open: write it in full, with https://, e.g. https://weather.com"),
            ));
        }
        let preferences = &site.preferences;
        let choices = [
            (
                "text_size",
                &preferences.text_size,
                "standard, large, larger",
            ),
            (
                "theme",
                &preferences.theme,
                "as the device, light, dark, high contrast",
            ),
            ("motion", &preferences.motion, "as the device, reduced"),
            ("line_spacing", &preferences.line_spacing, "standard, wider"),
        ];
        for (key, choice, meaning) in choices {
            let wanted = meaning.split(", ").count();
            if choice.options.len() != wanted {
                errors.push(self.source("site.toml").error_at(
                    choice.label.span(),
                    format!("preferences.{key}.options"),
                    format!(
                        "give {wanted} options, in this order: {meaning} (there are {})",
                        choice.options.len()
                    ),
                ));
            }
        }
    }

    fn check_glossary(&self, errors: &mut Vec<ContentError>) {
        let source = self.page_source(PageId::Glossary);
        let glossary = &self.content.pages.glossary;
        let mut seen = HashSet::new();
        for (index, term) in glossary.terms.iter().enumerate() {
            check_id(
                source,
                &term.id,
                &format!("terms[{index}].id"),
                &mut seen,
                errors,
            );
        }
        // Each mark, found by walking every paragraph of every file: the
        // k-th mark of a paragraph is its k-th `[[`, on that line.
        for (file, part) in self.files() {
            part.walk(&mut |leaf| {
                let Leaf::Paragraph(paragraph) = leaf else {
                    return;
                };
                let span = paragraph.span();
                let marks = paragraph.segments().iter().filter_map(|s| s.term_id());
                for (nth, id) in marks.enumerate() {
                    if glossary.term(id).is_some() {
                        continue;
                    }
                    let offset = file.text[span.clone()]
                        .match_indices("[[")
                        .nth(nth)
                        .map_or(span.start, |(at, _)| span.start + at);
                    errors.push(file.error_at(
                        offset..offset,
                        file.key_at(span.start),
                        format!(
                            "the glossary has no term `{id}` for the mark [[...]] here; add a [[terms]] entry with id = \"{id}\" to {}, or mend the mark",
                            source.file
                        ),
                    ));
                }
            });
        }
    }

    fn check_steps_and_questions(&self, errors: &mut Vec<ContentError>) {
        let steps = &self.content.pages.first_steps;
        let mut seen = HashSet::new();
        for (index, step) in steps.steps.iter().enumerate() {
            check_id(
                self.page_source(PageId::FirstSteps),
                &step.id,
                &format!("steps[{index}].id"),
                &mut seen,
                errors,
            );
        }
        let faq = &self.content.pages.faq;
        let mut seen = HashSet::new();
        for (index, question) in faq.questions.iter().enumerate() {
            check_id(
                self.page_source(PageId::Faq),
                &question.id,
                &format!("questions[{index}].id"),
                &mut seen,
                errors,
            );
        }
        let placeholders = [
            (
                self.page_source(PageId::FirstSteps),
                &steps.progress,
                "progress",
                &["{number}", "{total}"][..],
            ),
            (
                self.page_source(PageId::Faq),
                &faq.count_many,
                "count_many",
                &["{count}"][..],
            ),
            (
                self.page_source(PageId::Faq),
                &faq.no_matches,
                "no_matches",
                &["{query}"][..],
            ),
            (
                self.page_source(PageId::Contact),
                &self.content.pages.contact.form_fallback,
                "form_fallback",
                &["{email}", "{phone}"][..],
            ),
            (
                self.page_source(PageId::Privacy),
                &self.content.pages.privacy.form_by_email,
                "form_by_email",
                &["{email}"][..],
            ),
            (
                self.page_source(PageId::Privacy),
                &self.content.pages.privacy.form_by_endpoint,
                "form_by_endpoint",
                &["{endpoint}"][..],
            ),
        ];
        for (source, text, field, needed) in placeholders {
            for placeholder in needed {
                if !text.as_str().contains(placeholder) {
                    errors.push(source.error_at(
                        text.span(),
                        field,
                        format!("this text must contain {placeholder}, where the site puts the number or words"),
                    ));
                }
            }
        }
    }

    /// Requests may go only over HTTPS, or to a path on the site itself.
    fn check_form_endpoint(&self, errors: &mut Vec<ContentError>) {
        let Some(endpoint) = &self.content.pages.contact.form_endpoint else {
            return;
        };
        let address = endpoint.as_str();
        let https = address
            .strip_prefix("https://")
            .is_some_and(|rest| !rest.is_empty() && !rest.contains(char::is_whitespace));
        let on_site = address.starts_with('/') && !address.starts_with("//");
        if !https && !on_site {
            errors.push(self.page_source(PageId::Contact).error_at(
                endpoint.span(),
                "form_endpoint",
                format!("`{address}` cannot receive requests: use an https:// address, or a path on this site such as /api/consultation"),
            ));
        }
    }

    /// The notice must keep what the No Surprises Act requires of it.
    fn check_good_faith_estimate(&self, errors: &mut Vec<ContentError>) {
        let notice = &self.content.pages.fees.good_faith_estimate;
        let text: String = notice
            .paragraphs
            .iter()
            .map(|paragraph| paragraph.plain_text() + " ")
            .collect();
        let language = self.content.site.language.as_str();
        let Some(rules) = LanguageRules::of(language) else {
            errors.push(self.source("site.toml").error_at_key(
                "language",
                "language",
                format!("the site has no wording rules for the language `{language}` (the Good Faith Estimate's required words): add them to LANGUAGE_RULES in crates/site-content/src/rules.rs"),
            ));
            return;
        };
        let (right, writing) = (rules.good_faith_estimate, rules.in_writing);
        let required = [
            (right, "the right to a Good Faith Estimate"),
            (
                "$400",
                "that a bill $400 or more above the estimate can be disputed",
            ),
            (writing, "that the estimate is given in writing, and when"),
        ];
        for (words, meaning) in required {
            if !text.contains(words) {
                errors.push(self.page_source(PageId::Fees).error_at_key(
                    "good_faith_estimate",
                    "good_faith_estimate.paragraphs",
                    format!("the Good Faith Estimate notice must say {meaning} (the words `{words}` are missing)"),
                ));
            }
        }
        if !notice
            .learn_more_url
            .as_str()
            .contains("cms.gov/nosurprises")
        {
            errors.push(self.page_source(PageId::Fees).error_at(
                notice.learn_more_url.span(),
                "good_faith_estimate.learn_more_url",
                "the notice must point to https://www.cms.gov/nosurprises",
            ));
        }
        if notice.phone.href() != "tel:18009853059" {
            errors.push(self.page_source(PageId::Fees).error_at_key(
                "phone",
                "good_faith_estimate.phone",
                "the notice must give the federal No Surprises help desk, 1-800-985-3059",
            ));
        }
    }

    fn check_practice(&self, errors: &mut Vec<ContentError>) {
        let practice = &self.content.practice;
        let source = self.source("practice.toml");
        let url = practice.site_url.as_str();
        let host = url.strip_prefix("https://").unwrap_or_default();
        if host.is_empty() || host.contains(char::is_whitespace) || url.ends_with('/') {
            errors.push(source.error_at(
                practice.site_url.span(),
                "site_url",
                format!("`{url}` is not the site's address: write it in full, with https:// and without a trailing slash, e.g. https://www.example.org"),
            ));
        }
        let email = practice.email.as_str();
        let valid_email = email
            .split_once('@')
            .is_some_and(|(user, domain)| !user.is_empty() && domain.contains('.'))
            && !email.contains(char::is_whitespace);
        if !valid_email {
            errors.push(source.error_at(
                practice.email.span(),
                "email",
                format!("`{email}` is not an email address"),
            ));
        }
        if practice.hours.is_empty() {
            errors.push(source.error_at_key(
                "hours",
                "hours",
                "list the practice's hours, e.g. [\"Monday to Thursday, 9am to 7pm\"]",
            ));
        }
        if practice.clinicians.is_empty() {
            errors.push(source.error_at_key(
                "clinicians",
                "clinicians",
                "add at least one [[clinicians]] entry",
            ));
        }
        let region = &practice.crisis_region;
        if self.content.crisis.region(region.id()).is_none() {
            errors.push(
                self.unknown_reference(
                    source,
                    region,
                    "crisis_region",
                    "crisis region",
                    self.content
                        .crisis
                        .regions
                        .iter()
                        .map(|r| r.id.as_str().to_owned())
                        .collect(),
                    "crisis.toml",
                ),
            );
        }
    }

    fn check_navigation(&self, errors: &mut Vec<ContentError>) {
        let source = self.source("site.toml");
        let slugs: Vec<String> = PageId::ALL
            .iter()
            .filter(|page| **page != PageId::Home)
            .map(|page| page.name().to_owned())
            .collect();
        if self.content.site.navigation.is_empty() {
            errors.push(source.error_at_key(
                "navigation",
                "navigation",
                "add at least one [[navigation]] group",
            ));
        }
        for (index, group) in self.content.site.navigation.iter().enumerate() {
            if group.pages.is_empty() {
                errors.push(source.error_at(
                    group.label.span(),
                    format!("navigation[{index}].pages"),
                    "this group lists no pages; add some, or remove the group",
                ));
            }
            for (position, page) in group.pages.iter().enumerate() {
                let field = format!("navigation[{index}].pages[{position}]");
                let routed = PageId::from_slug(page.id()).filter(|id| *id != PageId::Home);
                match routed {
                    None => errors.push(self.unknown_reference(
                        source,
                        page,
                        &field,
                        "page",
                        slugs.clone(),
                        "pages/",
                    )),
                    Some(id) if self.content.pages.meta(id).nav_label.is_none() => {
                        let slug = id.name();
                        errors.push(source.error_at(
                            page.span(),
                            field,
                            format!("the page `{slug}` is in the navigation but has no `nav_label`; add a `page.nav_label = \"...\"` line to pages/{slug}.toml"),
                        ))
                    }
                    Some(_) => {}
                }
            }
        }
    }

    fn check_crisis(&self, errors: &mut Vec<ContentError>) {
        let source = self.source("crisis.toml");
        let regions = &self.content.crisis.regions;
        if regions.is_empty() {
            errors.push(source.error_at_key(
                "regions",
                "regions",
                "add at least one [[regions]] entry",
            ));
        }
        let mut seen = HashSet::new();
        for (index, region) in regions.iter().enumerate() {
            check_id(
                source,
                &region.id,
                &format!("regions[{index}].id"),
                &mut seen,
                errors,
            );
            if region.strip.is_empty() {
                errors.push(source.error_at(
                    region.id.span(),
                    format!("regions[{index}].strip"),
                    "the crisis strip needs at least one number: add a [[regions.strip]] entry",
                ));
            }
            if region.lines.is_empty() {
                errors.push(source.error_at(
                    region.id.span(),
                    format!("regions[{index}].lines"),
                    "list at least one crisis line: add a [[regions.lines]] entry",
                ));
            }
            for (position, line) in region.lines.iter().enumerate() {
                let field = format!("regions[{index}].lines[{position}]");
                if line.call.is_none() && line.text.is_none() && line.chat.is_none() {
                    errors.push(source.error_at(
                        line.name.span(),
                        field.clone(),
                        "say how to reach this line: give `call`, `text` or `chat`",
                    ));
                }
                if let Some(chat) = &line.chat {
                    if !chat.as_str().starts_with("https://") {
                        errors.push(source.error_at(
                            chat.span(),
                            format!("{field}.chat"),
                            format!(
                                "`{}` is not a web address; write it in full with https://",
                                chat.as_str()
                            ),
                        ));
                    }
                }
            }
        }
    }

    fn check_roots(&self, errors: &mut Vec<ContentError>) {
        let source = self.page_source(PageId::Roots);
        let traditions = &self.content.pages.roots.traditions;
        if traditions.is_empty() {
            errors.push(source.error_at_key(
                "traditions",
                "traditions",
                "add at least one [[traditions]] entry",
            ));
        }
        let mut seen = HashSet::new();
        for (index, tradition) in traditions.iter().enumerate() {
            check_id(
                source,
                &tradition.id,
                &format!("traditions[{index}].id"),
                &mut seen,
                errors,
            );
            if tradition.thinkers.is_empty() {
                errors.push(source.error_at(
                    tradition.name.span(),
                    format!("traditions[{index}].thinkers"),
                    "name at least one thinker: add a [[traditions.thinkers]] entry",
                ));
            }
        }
    }

    fn unknown_reference(
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
