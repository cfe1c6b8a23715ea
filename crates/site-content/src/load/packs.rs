//! The jurisdiction packs a practice names: found in `jurisdictions/`, read
//! in the edition's language, their facts held the same in every language,
//! and their review dates watched.

use super::source::{ContentError, Source};
use crate::date::Date;
use crate::model::{CrisisLine, Jurisdiction, Practice};
use crate::text::Text;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// The folder of packs, beside `content/` in this repository.
pub const JURISDICTIONS_FOLDER: &str = "jurisdictions";

/// A fact not checked against its source for longer than this is due for
/// review.
pub const FACT_STALE_AFTER_DAYS: i64 = 365;

/// Where the packs are: `PRACTICE_JURISDICTIONS_DIR`, else this
/// repository's `jurisdictions/`, named from the working folder when it is
/// inside it (so messages read `jurisdictions/us.toml:12`).
pub fn jurisdictions_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("PRACTICE_JURISDICTIONS_DIR") {
        return PathBuf::from(dir);
    }
    let repository = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let repository = repository.canonicalize().unwrap_or(repository);
    let here = std::env::current_dir()
        .ok()
        .and_then(|here| here.canonicalize().ok());
    match here.and_then(|here| repository.strip_prefix(&here).ok().map(Path::to_owned)) {
        Some(inside) => inside.join(JURISDICTIONS_FOLDER),
        None => repository.join(JURISDICTIONS_FOLDER),
    }
}

/// A pack's file, relative to the packs' folder.
pub(crate) fn pack_file(id: &str) -> String {
    format!("{id}.toml")
}

/// The key a pack's source is kept under beside the content's files.
pub(crate) fn pack_key(id: &str) -> String {
    format!("{JURISDICTIONS_FOLDER}/{}", pack_file(id))
}

/// Every pack there is, by id.
pub(crate) fn available_packs(dir: &Path) -> Vec<String> {
    let mut ids: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            name.strip_suffix(".toml").map(str::to_owned)
        })
        .collect();
    ids.sort();
    ids
}

/// Reads the packs `practice` names, in the language `code`: each with its
/// source, or the mistakes found.
pub(crate) fn read_packs(
    dir: &Path,
    practice: &Practice,
    practice_source: &Source,
    code: &str,
) -> Result<Vec<(Jurisdiction, Source)>, Vec<ContentError>> {
    let available = available_packs(dir);
    let mut packs = Vec::new();
    let mut errors = Vec::new();
    for (index, named) in practice.jurisdictions.iter().enumerate() {
        let id = named.id();
        if !available.iter().any(|pack| pack == id) {
            errors.push(practice_source.error_at(
                named.span(),
                format!("jurisdictions[{index}]"),
                format!(
                    "there is no jurisdiction pack `{id}` (in {}); the ones there are: {}",
                    dir.display(),
                    available.join(", ")
                ),
            ));
            continue;
        }
        let read = Source::read(dir, &pack_file(id), code).and_then(|source| {
            if !has_table(&source.text, code) {
                return Err(ContentError {
                    file: source.file.clone(),
                    line: 1,
                    field: code.to_owned(),
                    message: format!(
                        "this pack has no `[{code}]` table, and the site is published in `{code}`: translate the pack's words under `[{code}]` (its sources and dates stay as they are)"
                    ),
                });
            }
            let pack: Jurisdiction = source.parse()?;
            Ok((
                Jurisdiction {
                    id: id.to_owned(),
                    ..pack
                },
                source,
            ))
        });
        match read {
            Ok(pack) => packs.push(pack),
            Err(error) => errors.push(error),
        }
    }
    if errors.is_empty() {
        Ok(packs)
    } else {
        Err(errors)
    }
}

/// Whether the document has a top-level table named `code`.
fn has_table(text: &str, code: &str) -> bool {
    text.parse::<toml::Table>()
        .map(|table| table.contains_key(code))
        .unwrap_or(true) // a file that does not parse says so when parsed
}

/// One fact of a pack that is the same in every language: where it stands
/// (`boards[0].phone`), its value, and its place in the file.
pub(crate) struct SharedFact {
    pub(crate) field: String,
    pub(crate) value: String,
    pub(crate) span: Range<usize>,
    /// The day, for a review date.
    pub(crate) reviewed: Option<Date>,
}

/// The shared facts of a pack, gathered in the order they are written.
#[derive(Default)]
struct Facts(Vec<SharedFact>);

impl Facts {
    fn add(&mut self, field: String, value: &str, span: Range<usize>) {
        self.0.push(SharedFact {
            field,
            value: value.to_owned(),
            span,
            reviewed: None,
        });
    }

    fn text(&mut self, field: String, value: &Text) {
        self.add(field, value.as_str(), value.span());
    }

    /// Where a fact came from and when that was checked.
    fn provenance(&mut self, at: &str, source: &Text, reviewed: &Date) {
        self.text(format!("{at}.source"), source);
        self.add(format!("{at}.reviewed"), &reviewed.iso(), reviewed.span());
        if let Some(fact) = self.0.last_mut() {
            fact.reviewed = Some(reviewed.clone());
        }
    }

    fn line(&mut self, at: &str, line: &CrisisLine) {
        for (key, phone) in [("call", &line.call), ("text", &line.text)] {
            if let Some(phone) = phone {
                self.add(format!("{at}.{key}"), phone.display(), phone.span());
            }
        }
        self.provenance(at, &line.source, &line.reviewed);
    }
}

/// Every fact of a pack that no translation may change: ids, numbers,
/// addresses of sources, review dates.
pub(crate) fn shared_facts(pack: &Jurisdiction) -> Vec<SharedFact> {
    let mut facts = Facts::default();
    if let Some(within) = &pack.within {
        facts.add("within".into(), within.id(), within.span());
    }
    if let Some(crisis) = &pack.crisis {
        for (index, link) in crisis.strip.iter().enumerate() {
            let phone = &link.phone;
            facts.add(
                format!("crisis.strip[{index}].phone"),
                phone.display(),
                phone.span(),
            );
        }
        for (index, line) in crisis.lines.iter().enumerate() {
            facts.line(&format!("crisis.lines[{index}]"), line);
        }
    }
    for (index, board) in pack.boards.iter().enumerate() {
        let at = format!("boards[{index}]");
        facts.text(format!("{at}.id"), &board.id);
        facts.text(format!("{at}.profession"), &board.profession);
        facts.add(
            format!("{at}.phone"),
            board.phone.display(),
            board.phone.span(),
        );
        facts.provenance(&at, &board.source, &board.reviewed);
    }
    for (index, register) in pack.registers.iter().enumerate() {
        let at = format!("registers[{index}]");
        facts.text(format!("{at}.id"), &register.id);
        facts.provenance(&at, &register.source, &register.reviewed);
    }
    for (index, notice) in pack.notices.iter().enumerate() {
        let at = format!("notices[{index}]");
        facts.add(format!("{at}.page"), notice.page.id(), notice.page.span());
        facts.provenance(&at, &notice.source, &notice.reviewed);
    }
    if let Some(notice) = &pack.fee_notice {
        facts.provenance("fee_notice", &notice.source, &notice.reviewed);
    }
    if let Some(medicare) = &pack.medicare {
        facts.provenance("medicare", &medicare.source, &medicare.reviewed);
    }
    if let Some(medicaid) = &pack.medicaid {
        facts.provenance("medicaid", &medicaid.source, &medicaid.reviewed);
    }
    for (index, limit) in pack.confidentiality.iter().enumerate() {
        let at = format!("confidentiality[{index}]");
        for (inner, profession) in limit.professions.iter().flatten().enumerate() {
            facts.text(format!("{at}.professions[{inner}]"), profession);
        }
        facts.provenance(&at, &limit.source, &limit.reviewed);
    }
    facts.0
}

/// Where a translation of a pack differs from the main edition in a fact
/// that is one for every language.
pub(crate) fn differing_facts(
    main: &Jurisdiction,
    translation: &Jurisdiction,
    source: &Source,
) -> Vec<ContentError> {
    let theirs = shared_facts(main);
    let ours = shared_facts(translation);
    let mut errors = Vec::new();
    for fact in &ours {
        let main_has = theirs.iter().find(|other| other.field == fact.field);
        if main_has.is_some_and(|other| other.value == fact.value) {
            continue;
        }
        let main_has = main_has.map_or("nothing".to_owned(), |other| format!("`{}`", other.value));
        errors.push(source.error_at(
            fact.span.clone(),
            fact.field.clone(),
            format!("this is the same in every language (only a pack's words are translated): the main edition has {main_has}"),
        ));
    }
    if let Some(missing) = theirs
        .iter()
        .find(|fact| !ours.iter().any(|other| other.field == fact.field))
    {
        {
            errors.push(source.error_at_key(
                &source.table,
                missing.field.clone(),
                format!(
                    "the main edition has `{}` here and this translation has nothing: a pack's facts are the same in every language",
                    missing.value
                ),
            ));
        }
    }
    errors
}

/// Each review date (in the packs, and of the practice's own crisis lines)
/// further back than [`FACT_STALE_AFTER_DAYS`], and each in the future.
pub(crate) fn review_dates<'a>(
    dated: impl IntoIterator<Item = (&'a Source, String, Date)>,
) -> (Vec<ContentError>, Vec<ContentError>) {
    let (mut stale, mut future) = (Vec::new(), Vec::new());
    for (source, field, date) in dated {
        let age = date.age_in_days();
        if age > FACT_STALE_AFTER_DAYS {
            stale.push(source.error_at(
                date.span(),
                field,
                format!(
                    "this fact was last checked against its source on {} ({age} days ago, more than a year): check it again and give the day you did",
                    date.iso()
                ),
            ));
        } else if age < 0 {
            future.push(source.error_at(
                date.span(),
                field,
                format!(
                    "{} is in the future: give the day the fact was checked",
                    date.iso()
                ),
            ));
        }
    }
    (stale, future)
}
