//! Finding the editions: every content file holds one table per language
//! (`[en]`, `[es]`), the languages `site.toml` names, the first being the
//! site's main one. The editor (at /admin) edits them side by side.

use super::source::Source;
use super::{load_edition, unexpected_files, ContentError};
use crate::model::Content;
use crate::schema::{content_files, shared_paths, Place};
use std::path::Path;

/// Reads every edition of the content in `dir`: one per language table of
/// `site.toml`, the main one first.
pub fn load_editions(dir: &Path) -> Result<Vec<Content>, Vec<ContentError>> {
    load_editions_noting(dir, &mut Vec::new())
}

/// As [`load_editions`], adding to `notes` what should be looked at.
pub fn load_editions_noting(
    dir: &Path,
    notes: &mut Vec<ContentError>,
) -> Result<Vec<Content>, Vec<ContentError>> {
    load_editions_from(dir, &super::packs::jurisdictions_dir(), notes)
}

/// As [`load_editions_noting`], with the jurisdiction packs in `packs`.
pub fn load_editions_from(
    dir: &Path,
    packs: &Path,
    notes: &mut Vec<ContentError>,
) -> Result<Vec<Content>, Vec<ContentError>> {
    let codes = languages(dir).map_err(|error| vec![error])?;
    let mut errors = unexpected_files(dir);
    errors.extend(stray_tables(dir, &codes));
    let mut editions: Vec<Content> = Vec::new();
    for code in &codes {
        // What a note is about (a date, say) is the same in every language,
        // so the main edition's notes say it once.
        let mut translation_notes = Vec::new();
        let notes = if editions.is_empty() {
            &mut *notes
        } else {
            &mut translation_notes
        };
        // Checked first: the language's own rules depend on it.
        if let Some(error) = language_mismatch(dir, code) {
            errors.push(error);
            continue;
        }
        match load_edition(dir, packs, code, notes) {
            Ok(content) => {
                if let Some(main) = editions.first() {
                    errors.extend(same_facts(main, &content, dir, code));
                    errors.extend(shared_facts(dir, &codes[0], code));
                    errors.extend(same_pack_facts(main, &content, packs, code));
                }
                editions.push(content)
            }
            Err(found) => errors.extend(found),
        }
    }
    // A file missing altogether is a mistake in every edition; say it once.
    let mut seen = std::collections::HashSet::new();
    errors.retain(|error| seen.insert(error.to_string()));
    if errors.is_empty() {
        Ok(editions)
    } else {
        Err(errors)
    }
}

/// A top-level table header (`[es]`), not a nested one (`[es.page]`).
fn language_table(line: &str) -> Option<&str> {
    let name = line.trim().strip_prefix('[')?.strip_suffix(']')?.trim();
    let is_code = !name.is_empty() && name.chars().all(|c| c.is_ascii_alphabetic() || c == '-');
    is_code.then_some(name)
}

/// The site's languages: the tables of `site.toml`, in order.
pub(crate) fn languages(dir: &Path) -> Result<Vec<String>, ContentError> {
    let source = Source::read(dir, "site.toml", "")?;
    let codes: Vec<String> = source
        .text
        .lines()
        .filter_map(language_table)
        .map(str::to_owned)
        .collect();
    if codes.is_empty() {
        return Err(ContentError {
            file: source.file,
            line: 1,
            field: "-".into(),
            message: "no language table: write the site's words under a table named by their language's code (`[en]`), then each translation under its own (`[es]`); the first is the main edition".into(),
        });
    }
    Ok(codes)
}

/// Each file's top-level entries that are not one of the site's languages.
fn stray_tables(dir: &Path, codes: &[String]) -> Vec<ContentError> {
    let mut names = super::files();
    names.extend(super::listed_clinicians(dir));
    let mut errors = Vec::new();
    for name in names {
        let Ok(source) = Source::read(dir, &name, "") else {
            continue; // a missing file is reported when it is read
        };
        let Ok(table) = source.text.parse::<toml::Table>() else {
            continue; // and so is one that does not parse
        };
        for key in table.keys().filter(|key| !codes.contains(key)) {
            errors.push(source.error_at_key(
                key,
                key.as_str(),
                format!(
                    "`{key}` is not one of the site's languages ({}, the tables of site.toml): put each field under its language's table, or add the language to site.toml",
                    codes.join(", ")
                ),
            ));
        }
    }
    errors
}

/// What must not differ between languages: the clinicians, in the same
/// order (their pages are each other's translations), and their licences.
fn same_facts(main: &Content, translation: &Content, dir: &Path, code: &str) -> Vec<ContentError> {
    let mut errors = Vec::new();
    let slugs = |content: &Content| -> Vec<String> {
        content.clinicians.iter().map(|c| c.slug.clone()).collect()
    };
    if slugs(main) != slugs(translation) {
        let source = Source::read(dir, "practice.toml", code);
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
        if facts(theirs) != facts(ours) {
            let file = super::clinician_file(&ours.slug);
            if let Ok(source) = Source::read(dir, &file, code) {
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

/// Each fact that is one for every language ([`crate::schema::SHARED`]) and that the
/// translation `code` gives otherwise than the `main` edition.
fn shared_facts(dir: &Path, main: &str, code: &str) -> Vec<ContentError> {
    let mut errors = Vec::new();
    for (place, kind) in content_files() {
        let files = match place {
            Place::File(file) => vec![file],
            Place::Folder(_) => super::listed_clinicians(dir)
                .into_iter()
                .filter(|file| dir.join(file).is_file())
                .collect(),
        };
        let paths = shared_paths(&kind);
        if paths.is_empty() {
            continue;
        }
        for file in files {
            let Ok(source) = Source::read(dir, &file, code) else {
                continue;
            };
            let Ok(whole) = source.text.parse::<toml::Table>() else {
                continue;
            };
            let at = |language: &str, path: &str| {
                path.split('.')
                    .try_fold(whole.get(language)?, |value, key| value.get(key))
                    .cloned()
            };
            for path in &paths {
                let (theirs, ours) = (at(main, path), at(code, path));
                if theirs == ours {
                    continue;
                }
                let main_has = theirs.map_or("nothing".to_owned(), |value| format!("`{value}`"));
                let key = path.rsplit('.').next().unwrap_or(path);
                errors.push(source.error_at_key(
                    key,
                    path,
                    format!("this is the same in every language (only its words are translated): the main edition has {main_has}"),
                ));
            }
        }
    }
    errors
}

/// Each fact of a pack that a translation gives otherwise than the main
/// edition (the packs are the same ones in every edition: the practice's
/// list of them is a shared fact).
fn same_pack_facts(
    main: &Content,
    translation: &Content,
    dir: &Path,
    code: &str,
) -> Vec<ContentError> {
    main.jurisdictions
        .iter()
        .zip(&translation.jurisdictions)
        .filter(|(theirs, ours)| theirs.id == ours.id)
        .flat_map(|(theirs, ours)| {
            Source::read(dir, &super::packs::pack_file(&ours.id), code)
                .map(|source| super::packs::differing_facts(theirs, ours, &source))
                .unwrap_or_default()
        })
        .collect()
}

/// An edition whose `language` is not its table's name.
fn language_mismatch(dir: &Path, code: &str) -> Option<ContentError> {
    let source = Source::read(dir, "site.toml", code).ok()?;
    let table = source.text.parse::<toml::Table>().ok()?;
    let language = table.get(code)?.get("language")?.as_str()?;
    (language != code).then(|| source.error_at_key(
        "language",
        "language",
        format!("each language's table is named by its code: this is the `[{code}]` table, so `language` must say \"{code}\""),
    ))
}
