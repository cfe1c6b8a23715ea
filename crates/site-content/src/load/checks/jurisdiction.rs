//! The rules the practice's jurisdiction packs set: each pack whole and
//! well formed, the notices they require published and saying what they
//! must, every clinician's payer status given where a pack describes it,
//! and the practice's own registrations made.

use super::{check_id, check_line, check_web_address, Loaded};
use crate::load::clinician_file;
use crate::load::packs::pack_key;
use crate::load::source::{ContentError, Source};
use crate::model::{Jurisdiction, NoticePage, PageId, Phrase};
use crate::text::Text;
use std::collections::HashSet;

impl Loaded {
    pub(super) fn check_jurisdictions(&self, errors: &mut Vec<ContentError>) {
        let content = &self.content;
        let named: Vec<&str> = content
            .jurisdictions
            .iter()
            .map(|p| p.id.as_str())
            .collect();
        let practice = self.source("practice.toml");
        if content.jurisdictions.is_empty() {
            errors.push(practice.error_at_key(
                "jurisdictions",
                "jurisdictions",
                "name the places the practice works in, the country first, e.g. jurisdictions = [\"us\", \"us-or\"] (the packs are in jurisdictions/)",
            ));
            return;
        }
        let mut boards = HashSet::new();
        for pack in &content.jurisdictions {
            let source = self.source(&pack_key(&pack.id));
            if let Some(within) = &pack.within {
                if !named.contains(&within.id()) {
                    errors.push(practice.error_at_key(
                        "jurisdictions",
                        "jurisdictions",
                        format!(
                            "`{}` ({}) is part of `{}`, whose pack holds the country's own rules and lines: name it too, first",
                            pack.id,
                            pack.name.as_str(),
                            within.id()
                        ),
                    ));
                }
            }
            check_pack(pack, source, &mut boards, errors);
        }
        if !content
            .jurisdictions
            .iter()
            .any(|pack| pack.crisis.is_some())
        {
            errors.push(practice.error_at_key(
                "jurisdictions",
                "jurisdictions",
                "none of these packs has crisis lines for the strip on every page: name the country's pack",
            ));
        }
    }

    /// Every notice a pack requires is published and says what it must;
    /// no notice is published that no pack requires.
    pub(super) fn check_notices(&self, errors: &mut Vec<ContentError>) {
        let content = &self.content;
        let rules: Vec<_> = content
            .jurisdictions
            .iter()
            .flat_map(|pack| pack.notices.iter().map(move |rule| (pack, rule)))
            .collect();
        for &page in PageId::NOTICES {
            let required: Vec<_> = rules
                .iter()
                .filter(|(_, rule)| rule.page.id() == page.name())
                .collect();
            match (content.pages.notice(page), required.first()) {
                // Said of the missing file, the same in every language, so
                // that it is said once.
                (None, Some((pack, _))) => errors.push(ContentError {
                    file: self.dir.join(page.file()).display().to_string(),
                    line: 1,
                    field: "-".into(),
                    message: format!(
                        "there is no such file, and the practice's jurisdiction pack `{}` requires this notice (its `notices` say why): write it, starting from the sample practice's",
                        pack.id
                    ),
                }),
                (Some(_), None) => errors.push(ContentError {
                    file: self.page_source(page).file.clone(),
                    line: 1,
                    field: "-".into(),
                    message: format!(
                        "none of the practice's jurisdictions ({}) requires this notice, and it would tell visitors of laws that are not theirs: remove the file, or name the pack that requires it",
                        content.jurisdictions.iter().map(|p| p.id.as_str()).collect::<Vec<_>>().join(", ")
                    ),
                }),
                (Some(notice), Some(_)) => {
                    let said = notice_words(notice);
                    for (pack, rule) in &required {
                        for phrase in &rule.must_say {
                            self.must_say(
                                &said,
                                phrase,
                                (pack, rule.name.as_str()),
                                self.page_source(page),
                                "sections",
                                errors,
                            );
                        }
                    }
                }
                (None, None) => {}
            }
        }
        let fees = &content.pages.fees;
        let fee_rules: Vec<_> = content
            .jurisdictions
            .iter()
            .filter_map(|pack| Some((pack, pack.fee_notice.as_ref()?)))
            .collect();
        let source = self.page_source(PageId::Fees);
        match (&fees.good_faith_estimate, fee_rules.first()) {
            (None, Some((pack, rule))) if !fees.fees.is_empty() => errors.push(source.error_at_key(
                "fees",
                "good_faith_estimate",
                format!(
                    "the pack `{}` requires {} wherever fees a client pays themselves are shown: add a [good_faith_estimate] table with its words",
                    pack.id,
                    rule.name.as_str()
                ),
            )),
            (Some(_), None) => errors.push(source.error_at_key(
                "good_faith_estimate",
                "good_faith_estimate",
                "no jurisdiction of the practice requires this notice, and it would tell visitors of a law that is not theirs: remove the [good_faith_estimate] table",
            )),
            (Some(notice), Some(_)) => {
                let said: String = notice
                    .paragraphs
                    .iter()
                    .map(|paragraph| paragraph.plain_text() + " ")
                    .chain([
                        notice.learn_more.as_str().to_owned(),
                        format!(" {} ", notice.learn_more_url.as_str()),
                        notice.learn_more_call.as_str().to_owned(),
                        format!(" {}", notice.phone.display()),
                    ])
                    .collect();
                for (pack, rule) in &fee_rules {
                    for phrase in &rule.must_say {
                        self.must_say(
                            &said,
                            phrase,
                            (pack, rule.name.as_str()),
                            source,
                            "good_faith_estimate",
                            errors,
                        );
                    }
                }
            }
            _ => {}
        }
    }

    fn must_say(
        &self,
        said: &str,
        phrase: &Phrase,
        (pack, notice): (&Jurisdiction, &str),
        source: &Source,
        key: &str,
        errors: &mut Vec<ContentError>,
    ) {
        if !said.contains(phrase.words.as_str()) {
            errors.push(source.error_at_key(
                key,
                key,
                format!(
                    "{notice} must say {} (the pack `{}` asks for the words `{}`, which are missing)",
                    phrase.meaning.as_str(),
                    pack.id,
                    phrase.words.as_str()
                ),
            ));
        }
    }

    /// Each clinician's Medicare and Medicaid status is given where a pack
    /// describes them, and only there; each licence's board is in a pack.
    pub(super) fn check_payers(&self, errors: &mut Vec<ContentError>) {
        let content = &self.content;
        let medicare = content.jurisdictions.iter().find(|p| p.medicare.is_some());
        let medicaid = content.jurisdictions.iter().find(|p| p.medicaid.is_some());
        for clinician in &content.clinicians {
            let source = self.source(&clinician_file(&clinician.slug));
            let statuses = [
                (
                    "medicare",
                    "Medicare",
                    clinician.medicare.map(|s| s.name()),
                    medicare,
                    crate::model::MedicareStatus::NAMES,
                ),
                (
                    "medicaid",
                    "Medicaid",
                    clinician.medicaid.map(|s| s.name()),
                    medicaid,
                    crate::model::MedicaidStatus::NAMES,
                ),
            ];
            for (key, programme, given, described_by, names) in statuses {
                match (given, described_by) {
                    (None, Some(pack)) => errors.push(source.error_at_key(
                        "availability",
                        key,
                        format!(
                            "the pack `{}` describes {programme}, and a visitor needs to know where {} stands with it: add `{key} = ` one of {}",
                            pack.id,
                            clinician.name.as_str(),
                            names.iter().map(|n| format!("\"{n}\"")).collect::<Vec<_>>().join(", ")
                        ),
                    )),
                    (Some(_), None) => errors.push(source.error_at_key(
                        key,
                        key,
                        format!("no jurisdiction of the practice has {programme}: remove this line"),
                    )),
                    _ => {}
                }
            }
        }
    }

    /// The practice is on every register its packs name, and names no other.
    pub(super) fn check_registrations(&self, errors: &mut Vec<ContentError>) {
        let content = &self.content;
        let source = self.source("practice.toml");
        let given = content.practice.registrations.iter().flatten();
        for (index, registration) in given.enumerate() {
            let known = content
                .jurisdictions
                .iter()
                .flat_map(|pack| &pack.registers)
                .any(|register| register.id.as_str() == registration.register.id());
            if !known {
                errors.push(
                    self.unknown_reference(
                        source,
                        &registration.register,
                        &format!("registrations[{index}].register"),
                        "register",
                        content
                            .jurisdictions
                            .iter()
                            .flat_map(|pack| &pack.registers)
                            .map(|r| r.id.as_str().to_owned())
                            .collect(),
                        "the practice's jurisdiction packs",
                    ),
                );
            }
        }
        for pack in &content.jurisdictions {
            for register in &pack.registers {
                let made = content
                    .practice
                    .registrations
                    .iter()
                    .flatten()
                    .any(|r| r.register.id() == register.id.as_str());
                if !made {
                    errors.push(source.error_at_key(
                        "jurisdictions",
                        "registrations",
                        format!(
                            "the pack `{}` requires the practice to be registered with the {}: add [[registrations]] with register = \"{}\" and its number",
                            pack.id,
                            register.name.as_str(),
                            register.id.as_str()
                        ),
                    ));
                }
            }
        }
    }
}

/// Every word a notice page says, to look for what it must.
fn notice_words(notice: &NoticePage) -> String {
    let mut said = String::new();
    for paragraph in notice.intro.iter() {
        said += &paragraph.plain_text();
        said.push(' ');
    }
    for section in &notice.sections {
        said += section.heading.as_str();
        said.push(' ');
        for paragraph in &section.paragraphs {
            said += &paragraph.plain_text();
            said.push(' ');
        }
    }
    said + notice.contact_text.as_str()
}

/// One pack on its own: ids, addresses, the strip's numbers among its lines.
fn check_pack(
    pack: &Jurisdiction,
    source: &Source,
    boards: &mut HashSet<String>,
    errors: &mut Vec<ContentError>,
) {
    let address = |url: &Text, field: String, errors: &mut Vec<ContentError>| {
        check_web_address(source, url, &field, errors);
    };
    for (index, board) in pack.boards.iter().enumerate() {
        let at = format!("boards[{index}]");
        check_id(source, &board.id, &format!("{at}.id"), boards, errors);
        address(&board.lookup_url, format!("{at}.lookup_url"), errors);
        address(
            &board.complaints_url,
            format!("{at}.complaints_url"),
            errors,
        );
        address(&board.source, format!("{at}.source"), errors);
    }
    if let Some(crisis) = &pack.crisis {
        if crisis.lines.is_empty() {
            errors.push(source.error_at_key(
                "crisis",
                "crisis.lines",
                "list at least one crisis line: add a [[crisis.lines]] entry",
            ));
        }
        for (index, line) in crisis.lines.iter().enumerate() {
            check_line(source, &format!("crisis.lines[{index}]"), line, errors);
        }
        for (index, link) in crisis.strip.iter().enumerate() {
            let listed = crisis.lines.iter().any(|line| {
                line.call
                    .as_ref()
                    .is_some_and(|call| call.href() == link.phone.href())
            });
            if !listed {
                errors.push(source.error_at(
                    link.phone.span(),
                    format!("crisis.strip[{index}].phone"),
                    format!(
                        "{} is not the number of any of this pack's crisis lines: the strip shows only numbers the crisis page explains",
                        link.phone.display()
                    ),
                ));
            }
        }
    }
    for (index, notice) in pack.notices.iter().enumerate() {
        if !PageId::NOTICES
            .iter()
            .any(|page| page.name() == notice.page.id())
        {
            errors.push(source.error_at(
                notice.page.span(),
                format!("notices[{index}].page"),
                format!(
                    "there is no notice page `{}`; the notices the site can publish are: {}",
                    notice.page.id(),
                    PageId::NOTICES.iter().map(|p| p.name()).collect::<Vec<_>>().join(", ")
                ),
            ));
        }
        address(&notice.source, format!("notices[{index}].source"), errors);
    }
    for (index, limit) in pack.confidentiality.iter().enumerate() {
        address(
            &limit.source,
            format!("confidentiality[{index}].source"),
            errors,
        );
    }
    for (index, register) in pack.registers.iter().enumerate() {
        address(
            &register.lookup_url,
            format!("registers[{index}].lookup_url"),
            errors,
        );
        address(
            &register.source,
            format!("registers[{index}].source"),
            errors,
        );
    }
}

impl Loaded {
    /// The review dates of every fact: those over a year old (notes) and
    /// those in the future (mistakes).
    pub(crate) fn review_dates(&self) -> (Vec<ContentError>, Vec<ContentError>) {
        let mut dated = Vec::new();
        for pack in &self.content.jurisdictions {
            let source = self.source(&pack_key(&pack.id));
            for fact in crate::load::packs::shared_facts(pack) {
                if let Some(date) = fact.reviewed {
                    dated.push((source, fact.field, date));
                }
            }
        }
        let crisis = self.source("crisis.toml");
        for (index, line) in self.content.crisis.local_lines.iter().enumerate() {
            dated.push((
                crisis,
                format!("local_lines[{index}].reviewed"),
                line.reviewed.clone(),
            ));
        }
        let accessibility = &self.content.pages.accessibility.reviewed;
        dated.push((
            self.page_source(PageId::Accessibility),
            "reviewed".into(),
            accessibility.clone(),
        ));
        crate::load::packs::review_dates(dated)
    }

    /// Words the edition spells the other way from its country's locale
    /// (`licence` on a US site): notes, with their place.
    pub(crate) fn spelling(&self) -> Vec<ContentError> {
        let language = self.content.site.language.as_str();
        let Some(spelling) = self
            .content
            .jurisdictions
            .iter()
            .find_map(|pack| pack.spelling.as_ref())
            .filter(|spelling| spelling.locale.as_str().split('-').next() == Some(language))
        else {
            return Vec::new();
        };
        let mut notes = Vec::new();
        for (source, part) in self.files() {
            if source
                .file
                .contains(crate::load::packs::JURISDICTIONS_FOLDER)
            {
                continue;
            }
            part.walk(&mut |leaf| {
                let (words, span) = leaf.written();
                for preferred in &spelling.prefer {
                    let other = preferred.instead_of.as_str();
                    if contains_word(&words, other) {
                        notes.push(source.error_at(
                            span.clone(),
                            source.key_at(span.start),
                            format!(
                                "`{other}` is spelled `{}` in {}",
                                preferred.write.as_str(),
                                spelling.locale.as_str()
                            ),
                        ));
                    }
                }
            });
        }
        notes
    }
}

/// Whether `word` stands in `text` as a word of its own, or as the start of
/// one (`colour` in `colours`), in any case.
fn contains_word(text: &str, word: &str) -> bool {
    let text = text.to_lowercase();
    let word = word.to_lowercase();
    text.match_indices(&word).any(|(at, _)| {
        !text[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::contains_word;

    #[test]
    fn a_spelling_is_found_as_a_word_or_its_start_in_any_case() {
        assert!(contains_word("Our licences are listed", "licence"));
        assert!(contains_word("Colours and size", "colour"));
        assert!(!contains_word("a sublicence", "licence"));
        assert!(!contains_word("color", "colour"));
    }
}
