//! Finding the editions: the main one in the content folder, and one
//! translation in each folder named by a language code, holding the same
//! files.

use super::source::Source;
use super::{files, load_edition, load_noting, photos_dir, ContentError};
use crate::model::Content;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// Reads every edition of the content: `dir` itself, in the site's main
/// language, and each folder in it named by a language code (`es/`), a
/// translation that must hold every page the main edition holds.
pub fn load_editions(dir: &Path) -> Result<Vec<Content>, Vec<ContentError>> {
    load_editions_noting(dir, &mut Vec::new())
}

/// As [`load_editions`], adding to `notes` what should be looked at.
pub fn load_editions_noting(
    dir: &Path,
    notes: &mut Vec<ContentError>,
) -> Result<Vec<Content>, Vec<ContentError>> {
    let mut translations: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .filter(|entry| {
                    let name = entry.file_name();
                    entry.path().is_dir()
                        && name != "pages"
                        && name != super::CLINICIANS_FOLDER
                        && name != super::PHOTOS_FOLDER
                })
                .map(|entry| entry.path())
                .collect()
        })
        .unwrap_or_default();
    translations.sort();
    let mut editions = Vec::new();
    let mut errors = Vec::new();
    match load_noting(dir, notes) {
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
        match load_edition(&folder, &photos_dir(dir), notes) {
            Ok(content) if content.site.language.as_str() != code => {
                errors.push(language_mismatch(&folder, &code))
            }
            Ok(content) => {
                if let Some(main) = editions.first() {
                    errors.extend(same_facts(main, &content, &folder));
                }
                editions.push(content)
            }
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

/// Every content file of an edition's folder: the fixed ones, and each
/// clinician's.
fn edition_files(dir: &Path) -> Vec<String> {
    let mut names = files();
    if let Ok(entries) = std::fs::read_dir(dir.join(super::CLINICIANS_FOLDER)) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(".toml") {
                names.push(format!("{}/{name}", super::CLINICIANS_FOLDER));
            }
        }
    }
    names
}

/// The content files that one edition has and the other lacks.
pub(crate) fn unmatched_pages(main: &Path, translation: &Path, code: &str) -> Vec<ContentError> {
    let mut names = edition_files(main);
    names.extend(edition_files(translation));
    names.sort();
    names.dedup();
    names
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

/// What must not differ between languages: the clinicians, in the same
/// order (their pages are each other's translations), and their licences.
fn same_facts(main: &Content, translation: &Content, folder: &Path) -> Vec<ContentError> {
    let mut errors = Vec::new();
    let slugs = |content: &Content| -> Vec<String> {
        content.clinicians.iter().map(|c| c.slug.clone()).collect()
    };
    if slugs(main) != slugs(translation) {
        let source = Source::read(folder, "practice.toml");
        errors.extend(source.map(|source| {
            source.error_at_key(
                "clinicians",
                "clinicians",
                format!(
                    "list the same clinicians in the same order in every language: the main edition has {}",
                    slugs(main).join(", ")
                ),
            )
        }));
        return errors;
    }
    for (theirs, ours) in main.clinicians.iter().zip(&translation.clinicians) {
        let facts = |clinician: &crate::model::Clinician| -> Vec<(String, String)> {
            clinician
                .licences
                .iter()
                .map(|l| (l.number.as_str().to_owned(), l.board.id().to_owned()))
                .collect()
        };
        if theirs.photo.file.as_str() != ours.photo.file.as_str() {
            let file = super::clinician_file(&ours.slug);
            if let Ok(source) = Source::read(folder, &file) {
                errors.push(source.error_at(
                    ours.photo.file.span(),
                    "photo.file",
                    format!(
                        "a photo is the same in every language (only its `alt` is translated); the main edition has `{}`",
                        theirs.photo.file.as_str()
                    ),
                ));
            }
        }
        if facts(theirs) != facts(ours) {
            let file = super::clinician_file(&ours.slug);
            if let Ok(source) = Source::read(folder, &file) {
                errors.push(source.error_at_key(
                    "licences",
                    "licences",
                    format!(
                        "the licences (numbers and boards) must be the same in every language; the main edition has {}",
                        facts(theirs)
                            .iter()
                            .map(|(number, board)| format!("{number} ({board})"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ));
            }
        }
    }
    errors
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
