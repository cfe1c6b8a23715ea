//! Reads `content/`, checks it, and explains every mistake by file, line and
//! field, in words the practice can act on.

use crate::model::*;
use crate::text::{take_marked_terms, Ref, Text};
use serde::de::DeserializeOwned;
use std::collections::HashSet;
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// The files the content is made of, relative to the content folder.
pub const FILES: [&str; 16] = [
    "practice.toml",
    "site.toml",
    "crisis.toml",
    "pages/home.toml",
    "pages/relational-psychotherapy.toml",
    "pages/roots.toml",
    "pages/power-and-culture.toml",
    "pages/crisis.toml",
    "pages/who-it-helps.toml",
    "pages/first-steps.toml",
    "pages/faq.toml",
    "pages/fees.toml",
    "pages/contact.toml",
    "pages/privacy.toml",
    "pages/glossary.toml",
    "pages/not-found.toml",
];

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

/// A content file's text, kept to turn byte spans into lines.
struct Source {
    file: String,
    text: String,
}

impl Source {
    fn read(dir: &Path, name: &str) -> Result<Self, ContentError> {
        let path = dir.join(name);
        let file = path.display().to_string();
        std::fs::read_to_string(&path)
            .map(|text| Self {
                file: file.clone(),
                text,
            })
            .map_err(|error| ContentError {
                file,
                line: 1,
                field: "-".into(),
                message: format!(
                    "cannot read this file ({error}); every one of these files is needed: {}",
                    FILES.join(", ")
                ),
            })
    }

    fn line_of(&self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        self.text[..offset].matches('\n').count() + 1
    }

    /// The key whose value stands at `offset`: the nearest `key =` or
    /// `[table]` at or above that line.
    fn key_at(&self, offset: usize) -> String {
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

    /// The first line that sets `key` or opens a table of that name.
    fn line_of_key(&self, key: &str) -> usize {
        self.text
            .lines()
            .position(|line| {
                let line = line.trim();
                line.trim_start_matches('[').starts_with(key)
                    && line[line.find(key).unwrap_or(0) + key.len()..]
                        .trim_start()
                        .starts_with(['=', ']'])
            })
            .map_or(1, |index| index + 1)
    }

    fn error_at(
        &self,
        span: Range<usize>,
        field: impl Into<String>,
        message: impl Into<String>,
    ) -> ContentError {
        ContentError {
            file: self.file.clone(),
            line: self.line_of(span.start),
            field: field.into(),
            message: message.into(),
        }
    }

    fn error_at_key(
        &self,
        key: &str,
        field: impl Into<String>,
        message: impl Into<String>,
    ) -> ContentError {
        ContentError {
            file: self.file.clone(),
            line: self.line_of_key(key),
            field: field.into(),
            message: message.into(),
        }
    }

    fn parse<T: DeserializeOwned>(&self) -> Result<T, ContentError> {
        toml::from_str(&self.text).map_err(|error| {
            let message = error.message().trim().to_owned();
            let span = error.span().unwrap_or(0..0);
            let named = ["missing field `", "unknown field `", "duplicate key `"]
                .iter()
                .find_map(|prefix| {
                    let rest = message.strip_prefix(prefix)?;
                    rest.split('`').next().map(str::to_owned)
                });
            let field = named.unwrap_or_else(|| self.key_at(span.start));
            ContentError {
                file: self.file.clone(),
                line: self.line_of(span.start),
                field,
                message: explain(&message),
            }
        })
    }
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

/// The content, each part beside the file it came from.
struct Loaded {
    content: Content,
    practice: Source,
    site: Source,
    crisis: Source,
    roots: Source,
    first_steps: Source,
    faq: Source,
    fees: Source,
    contact: Source,
    privacy: Source,
    glossary: Source,
    marks: Vec<(String, ContentError)>,
}

/// Reads content files, gathering every mistake instead of stopping at one.
struct Reader<'a> {
    dir: &'a Path,
    errors: Vec<ContentError>,
    /// Each glossary mark read, as the error to report if its term is missing.
    marks: Vec<(String, ContentError)>,
}

impl Reader<'_> {
    fn part<T: DeserializeOwned>(&mut self, name: &str) -> Option<(Source, T)> {
        let parsed = Source::read(self.dir, name).and_then(|source| {
            take_marked_terms();
            let value = source.parse()?;
            // The k-th mark of a paragraph is its k-th `[[`: report that line.
            let mut previous: Option<(std::ops::Range<usize>, usize)> = None;
            for (id, span) in take_marked_terms() {
                let nth = match &previous {
                    Some((last, count)) if *last == span => count + 1,
                    _ => 0,
                };
                previous = Some((span.clone(), nth));
                let offset = source.text[span.clone()]
                    .match_indices("[[")
                    .nth(nth)
                    .map_or(span.start, |(at, _)| span.start + at);
                let field = source.key_at(span.start);
                self.marks
                    .push((id, source.error_at(offset..offset, field, "")));
            }
            Ok((source, value))
        });
        parsed.map_err(|error| self.errors.push(error)).ok()
    }
}

/// Reads and checks the content in `dir`. Every mistake found is returned,
/// not only the first, so one build shows the practice all it must mend.
pub fn load(dir: &Path) -> Result<Content, Vec<ContentError>> {
    let mut reader = Reader {
        dir,
        errors: unexpected_files(dir),
        marks: Vec::new(),
    };
    let parts = (
        reader.part("practice.toml"),
        reader.part("site.toml"),
        reader.part("crisis.toml"),
        reader.part("pages/home.toml"),
        reader.part("pages/relational-psychotherapy.toml"),
        reader.part("pages/roots.toml"),
        reader.part("pages/power-and-culture.toml"),
        reader.part("pages/crisis.toml"),
        reader.part("pages/who-it-helps.toml"),
        reader.part("pages/first-steps.toml"),
        reader.part("pages/faq.toml"),
        reader.part("pages/fees.toml"),
        reader.part("pages/contact.toml"),
        reader.part("pages/privacy.toml"),
        reader.part("pages/glossary.toml"),
        reader.part("pages/not-found.toml"),
    );
    let (
        Some((practice, practice_data)),
        Some((site, site_data)),
        Some((crisis, crisis_data)),
        Some((_, home)),
        Some((_, approach)),
        Some((roots, roots_data)),
        Some((_, power_and_culture)),
        Some((_, crisis_page)),
        Some((_, who_it_helps)),
        Some((first_steps, first_steps_data)),
        Some((faq, faq_data)),
        Some((fees, fees_data)),
        Some((contact, contact_data)),
        Some((privacy, privacy_data)),
        Some((glossary, glossary_data)),
        Some((_, not_found)),
    ) = parts
    else {
        return Err(reader.errors);
    };
    if !reader.errors.is_empty() {
        return Err(reader.errors);
    }
    let loaded = Loaded {
        content: Content {
            practice: practice_data,
            site: site_data,
            crisis: crisis_data,
            pages: Pages {
                home,
                approach,
                roots: roots_data,
                power_and_culture,
                crisis: crisis_page,
                who_it_helps,
                first_steps: first_steps_data,
                faq: faq_data,
                fees: fees_data,
                contact: contact_data,
                privacy: privacy_data,
                glossary: glossary_data,
                not_found,
            },
        },
        practice,
        site,
        crisis,
        roots,
        first_steps,
        faq,
        fees,
        contact,
        privacy,
        glossary,
        marks: reader.marks,
    };
    let errors = loaded.check();
    if errors.is_empty() {
        Ok(loaded.content)
    } else {
        Err(errors)
    }
}

/// Reads every edition of the content: `dir` itself, in the site's main
/// language, and each folder in it named by a language code (`es/`), a
/// translation that must hold every page the main edition holds.
pub fn load_editions(dir: &Path) -> Result<Vec<Content>, Vec<ContentError>> {
    let mut translations: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .filter(|entry| entry.path().is_dir() && entry.file_name() != "pages")
                .map(|entry| entry.path())
                .collect()
        })
        .unwrap_or_default();
    translations.sort();
    let mut editions = Vec::new();
    let mut errors = Vec::new();
    match load(dir) {
        Ok(content) => editions.push(content),
        Err(found) => errors.extend(found),
    }
    for folder in translations {
        let code = folder
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        let unmatched = unmatched_pages(dir, &folder, &code);
        if !unmatched.is_empty() {
            errors.extend(unmatched);
            continue;
        }
        match load(&folder) {
            Ok(content) if content.site.language.as_str() != code => {
                errors.push(language_mismatch(&folder, &code))
            }
            Ok(content) => editions.push(content),
            Err(found) => errors.extend(found),
        }
    }
    let mut codes = HashSet::new();
    for edition in &editions {
        if !codes.insert(edition.site.language.as_str()) {
            errors.push(language_mismatch(dir, edition.site.language.as_str()));
        }
    }
    if errors.is_empty() {
        Ok(editions)
    } else {
        Err(errors)
    }
}

/// The content files that one edition has and the other lacks.
fn unmatched_pages(main: &Path, translation: &Path, code: &str) -> Vec<ContentError> {
    FILES
        .iter()
        .filter_map(|name| {
            let (in_main, in_translation) =
                (main.join(name).is_file(), translation.join(name).is_file());
            let (missing_in, present_in, edition) = match (in_main, in_translation) {
                (true, false) => (translation, main, format!("the `{code}` edition")),
                (false, true) => (main, translation, "the main edition".to_owned()),
                _ => return None,
            };
            Some(ContentError {
                file: missing_in.join(name).display().to_string(),
                line: 1,
                field: "-".into(),
                message: format!(
                    "this file is missing from {edition}, but {} has it: every page must exist in every language",
                    present_in.join(name).display()
                ),
            })
        })
        .collect()
}

/// An edition whose `site.toml` names another language than its folder.
fn language_mismatch(folder: &Path, code: &str) -> ContentError {
    let file = folder.join("site.toml");
    let line = std::fs::read_to_string(&file)
        .ok()
        .and_then(|text| {
            text.lines()
                .position(|line| line.trim_start().starts_with("language"))
        })
        .map_or(1, |index| index + 1);
    ContentError {
        file: file.display().to_string(),
        line,
        field: "language".into(),
        message: format!(
            "each language needs its own edition: the main edition is in content/, each translation in content/<language code>/ with that code here (this one should say `{code}`, and no two may share it)"
        ),
    }
}

/// A `.toml` file the site does not read is almost always a misnamed one.
fn unexpected_files(dir: &Path) -> Vec<ContentError> {
    let mut found = Vec::new();
    for folder in [PathBuf::new(), PathBuf::from("pages")] {
        let Ok(entries) = std::fs::read_dir(dir.join(&folder)) else {
            continue;
        };
        for entry in entries.flatten() {
            let name = folder.join(entry.file_name());
            let name = name.to_string_lossy().replace('\\', "/");
            if name.ends_with(".toml") && !FILES.contains(&name.as_str()) {
                found.push(ContentError {
                    file: dir.join(&name).display().to_string(),
                    line: 1,
                    field: "-".into(),
                    message: format!(
                        "the site does not read this file; is it misnamed? The content files are: {}",
                        FILES.join(", ")
                    ),
                });
            }
        }
    }
    found.sort_by(|a, b| a.file.cmp(&b.file));
    found
}

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
    fn check(&self) -> Vec<ContentError> {
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
            errors.push(self.site.error_at(
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
                errors.push(self.site.error_at(
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
        let source = &self.glossary;
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
        for (id, error) in &self.marks {
            if glossary.term(id).is_none() {
                let mut error = error.clone();
                error.message = format!(
                    "the glossary has no term `{id}` for the mark [[...]] here; add a [[terms]] entry with id = \"{id}\" to {}, or mend the mark",
                    source.file
                );
                errors.push(error);
            }
        }
    }

    fn check_steps_and_questions(&self, errors: &mut Vec<ContentError>) {
        let steps = &self.content.pages.first_steps;
        let mut seen = HashSet::new();
        for (index, step) in steps.steps.iter().enumerate() {
            check_id(
                &self.first_steps,
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
                &self.faq,
                &question.id,
                &format!("questions[{index}].id"),
                &mut seen,
                errors,
            );
        }
        let placeholders = [
            (
                &self.first_steps,
                &steps.progress,
                "progress",
                &["{number}", "{total}"][..],
            ),
            (&self.faq, &faq.count_many, "count_many", &["{count}"][..]),
            (&self.faq, &faq.no_matches, "no_matches", &["{query}"][..]),
            (
                &self.contact,
                &self.content.pages.contact.form_fallback,
                "form_fallback",
                &["{email}", "{phone}"][..],
            ),
            (
                &self.privacy,
                &self.content.pages.privacy.form_by_email,
                "form_by_email",
                &["{email}"][..],
            ),
            (
                &self.privacy,
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
            errors.push(self.contact.error_at(
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
        // The notice's key words in each language the site has been written in.
        let (right, writing) = match self.content.site.language.as_str() {
            "es" => ("Estimado de Buena Fe", "por escrito"),
            _ => ("Good Faith Estimate", "in writing"),
        };
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
                errors.push(self.fees.error_at_key(
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
            errors.push(self.fees.error_at(
                notice.learn_more_url.span(),
                "good_faith_estimate.learn_more_url",
                "the notice must point to https://www.cms.gov/nosurprises",
            ));
        }
        if notice.phone.href() != "tel:18009853059" {
            errors.push(self.fees.error_at_key(
                "phone",
                "good_faith_estimate.phone",
                "the notice must give the federal No Surprises help desk, 1-800-985-3059",
            ));
        }
    }

    fn check_practice(&self, errors: &mut Vec<ContentError>) {
        let practice = &self.content.practice;
        let source = &self.practice;
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
        let source = &self.site;
        let routed = self.content.pages.routed();
        let slugs: Vec<String> = routed
            .iter()
            .filter(|(slug, _)| !slug.is_empty())
            .map(|(slug, _)| (*slug).to_owned())
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
                match routed.iter().find(|(slug, _)| *slug == page.id() && !slug.is_empty()) {
                    None => errors.push(self.unknown_reference(
                        source,
                        page,
                        &field,
                        "page",
                        slugs.clone(),
                        "pages/",
                    )),
                    Some((slug, meta)) if meta.nav_label.is_none() => {
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
        let source = &self.crisis;
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
        let source = &self.roots;
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

    fn source(text: &str) -> Source {
        Source {
            file: "content/x.toml".into(),
            text: text.into(),
        }
    }

    #[test]
    fn ids_are_lowercase_words_joined_by_dashes() {
        assert!(is_id("self-psychology"));
        assert!(is_id("us"));
        assert!(!is_id("Self Psychology"));
        assert!(!is_id("-us"));
        assert!(!is_id(""));
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
}
