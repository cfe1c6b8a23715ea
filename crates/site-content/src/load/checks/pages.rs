//! The rules inside the pages: ids that name sections in addresses, the
//! glossary's marks, the placeholders the site fills in, and the links out.

use super::{check_id, check_web_address, Loaded};
use crate::load::source::ContentError;
use crate::model::PageId;
use crate::walk::Leaf;
use std::collections::HashSet;

impl Loaded {
    pub(super) fn check_roots(&self, errors: &mut Vec<ContentError>) {
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

    pub(super) fn check_glossary(&self, errors: &mut Vec<ContentError>) {
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

    pub(super) fn check_steps_and_questions(&self, errors: &mut Vec<ContentError>) {
        let people = &self.content.pages.clinicians;
        let clinicians = self.page_source(PageId::Clinicians);
        if people.months.len() != 12 {
            errors.push(clinicians.error_at_key(
                "months",
                "months",
                format!(
                    "name the twelve months, January first (there are {})",
                    people.months.len()
                ),
            ));
        }
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
            (
                self.page_source(PageId::Privacy),
                &self.content.pages.privacy.form_by_relay,
                "form_by_relay",
                &["{endpoint}"][..],
            ),
            (
                clinicians,
                &people.profile_link,
                "profile_link",
                &["{name}"][..],
            ),
            (
                clinicians,
                &people.in_person,
                "in_person",
                &["{office}"][..],
            ),
            (clinicians, &people.by_video, "by_video", &["{states}"][..]),
            (clinicians, &people.as_of, "as_of", &["{date}"][..]),
            (
                clinicians,
                &people.date_format,
                "date_format",
                &["{day}", "{month}", "{year}"][..],
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

    /// The places to look elsewhere and the notice's "learn more" are
    /// links out, each a full https address.
    pub(super) fn check_links_out(&self, errors: &mut Vec<ContentError>) {
        let pages = &self.content.pages;
        let contact = self.page_source(PageId::Contact);
        for (index, link) in pages.contact.elsewhere.iter().enumerate() {
            check_web_address(
                contact,
                &link.url,
                &format!("elsewhere[{index}].url"),
                errors,
            );
        }
        if let Some(notice) = &pages.fees.good_faith_estimate {
            check_web_address(
                self.page_source(PageId::Fees),
                &notice.learn_more_url,
                "good_faith_estimate.learn_more_url",
                errors,
            );
        }
    }
}
