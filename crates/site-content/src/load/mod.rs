//! Reads `content/`, checks it, and explains every mistake by file, line and
//! field, in words the practice can act on. By job: `source` turns a file
//! into a value and its spans into lines, `editions` finds the languages,
//! `checks` holds the rules across fields and files, `sample` finds sample
//! content that must not go live.

pub(crate) mod checks;
pub use checks::this_computer;
mod editions;
pub mod packs;
mod sample;
mod source;

pub use checks::AVAILABILITY_STALE_AFTER_DAYS;
pub use editions::{load_editions, load_editions_from, load_editions_noting};
pub use sample::{sample_content, SAMPLE_MARKERS};
pub use source::ContentError;

use crate::model::*;
use serde::de::DeserializeOwned;
use source::Source;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The files every edition is made of besides its pages.
const PARTS: [&str; 3] = ["practice.toml", "site.toml", "crisis.toml"];

/// Every content file of an edition, relative to its folder: the parts,
/// then each page of the registry, then the not-found page.
pub fn files() -> Vec<String> {
    PARTS
        .iter()
        .map(|part| (*part).to_owned())
        .chain(PageId::ALL.iter().map(|page| page.file()))
        .chain([NOT_FOUND_FILE.to_owned()])
        .collect()
}

/// The folder of the clinicians' files, each named by its clinician's slug.
pub const CLINICIANS_FOLDER: &str = "clinicians";

/// The folder of photos, in the main edition's folder only: a photo is the
/// same in every language (its `alt` is not).
pub const PHOTOS_FOLDER: &str = "photos";

/// Where the photos of the content in `dir` are.
pub fn photos_dir(dir: &Path) -> PathBuf {
    dir.join(PHOTOS_FOLDER)
}

/// A clinician's file, relative to the edition's folder.
pub fn clinician_file(slug: &str) -> String {
    format!("{CLINICIANS_FOLDER}/{slug}.toml")
}

/// Reads content files, gathering every mistake instead of stopping at one.
pub(crate) trait ReadPart {
    /// The page file `name`, parsed; `None` (and the mistake kept) if not.
    fn page<T: DeserializeOwned>(&mut self, name: impl AsRef<str>) -> Option<T>;

    /// As [`ReadPart::page`], for a page that may not exist: `Some(None)`
    /// when there is no such file.
    fn optional_page<T: DeserializeOwned>(&mut self, name: impl AsRef<str>) -> Option<Option<T>>;
}

/// The reader of one edition (its language's table in each file of the
/// content folder): its sources by file name, and the mistakes found so far.
struct Reader<'a> {
    dir: &'a Path,
    code: &'a str,
    sources: HashMap<String, Source>,
    errors: Vec<ContentError>,
}

impl ReadPart for Reader<'_> {
    fn page<T: DeserializeOwned>(&mut self, name: impl AsRef<str>) -> Option<T> {
        let name = name.as_ref();
        let parsed = Source::read(self.dir, name, self.code).and_then(|source| {
            let value = source.parse()?;
            self.sources.insert(name.to_owned(), source);
            Ok(value)
        });
        parsed.map_err(|error| self.errors.push(error)).ok()
    }

    fn optional_page<T: DeserializeOwned>(&mut self, name: impl AsRef<str>) -> Option<Option<T>> {
        if self.dir.join(name.as_ref()).is_file() {
            self.page(name).map(Some)
        } else {
            Some(None)
        }
    }
}

/// The content, with the source of every file it came from.
pub(crate) struct Loaded {
    pub(crate) content: Content,
    sources: HashMap<String, Source>,
    /// The content folder, to name a file that is missing.
    pub(crate) dir: PathBuf,
}

impl Loaded {
    /// The source of a file (`site.toml`, `pages/faq.toml`).
    pub(crate) fn source(&self, name: &str) -> &Source {
        &self.sources[name]
    }

    /// The source of a page's file.
    pub(crate) fn page_source(&self, page: PageId) -> &Source {
        self.source(&page.file())
    }

    /// Every file with its content, to walk: the parts, the pages, the
    /// clinicians, then the packs.
    pub(crate) fn files(&self) -> Vec<(&Source, &dyn crate::walk::Walk)> {
        let content = &self.content;
        let parts: [(&str, &dyn crate::walk::Walk); 3] = [
            ("practice.toml", &content.practice),
            ("site.toml", &content.site),
            ("crisis.toml", &content.crisis),
        ];
        let pages = content.pages.files();
        let clinicians = content.clinicians.iter().map(|clinician| {
            (
                clinician_file(&clinician.slug),
                clinician as &dyn crate::walk::Walk,
            )
        });
        let packs = content
            .jurisdictions
            .iter()
            .map(|pack| (packs::pack_key(&pack.id), pack as &dyn crate::walk::Walk));
        parts
            .into_iter()
            .map(|(name, part)| (self.source(name), part))
            .chain(
                pages
                    .into_iter()
                    .chain(clinicians)
                    .chain(packs)
                    .map(|(name, page)| (self.source(&name), page)),
            )
            .collect()
    }
}

/// Reads and checks the edition `code` of the content in `dir` (the `[code]`
/// table of each file). Every mistake found is returned, not only the
/// first, so one build shows the practice all it must mend; `notes` gets
/// what is not a mistake but should be looked at (an availability not
/// confirmed for months).
pub(crate) fn load_edition(
    dir: &Path,
    packs_dir: &Path,
    code: &str,
    notes: &mut Vec<ContentError>,
) -> Result<Content, Vec<ContentError>> {
    let mut reader = Reader {
        dir,
        code,
        sources: HashMap::new(),
        errors: Vec::new(),
    };
    let practice: Option<Practice> = reader.page("practice.toml");
    let jurisdictions = practice.as_ref().map(|practice| {
        let named_by = &reader.sources["practice.toml"];
        packs::read_packs(packs_dir, practice, named_by, code)
    });
    let jurisdictions = match jurisdictions {
        Some(Ok(packs)) => Some(
            packs
                .into_iter()
                .map(|(pack, source)| {
                    reader.sources.insert(packs::pack_key(&pack.id), source);
                    pack
                })
                .collect::<Vec<_>>(),
        ),
        Some(Err(found)) => {
            reader.errors.extend(found);
            None
        }
        None => None,
    };
    let site = reader.page("site.toml");
    let crisis = reader.page("crisis.toml");
    let pages = Pages::read(&mut reader);
    let clinicians: Vec<Option<Clinician>> = practice
        .iter()
        .flat_map(|practice| practice.clinicians.iter().enumerate())
        .map(|(index, slug)| {
            // The slug names a file to read and a page's address: only an
            // id may, never `../` or a space.
            if !checks::is_id(slug.id()) {
                let error = reader.sources["practice.toml"].error_at(
                    slug.span(),
                    format!("clinicians[{index}]"),
                    format!("`{}` cannot name a clinician's file and page: use lowercase letters, digits and dashes, like `ruth-alvarado`", slug.id()),
                );
                reader.errors.push(error);
                return None;
            }
            let clinician: Option<Clinician> = reader.page(clinician_file(slug.id()));
            clinician.map(|clinician| Clinician {
                slug: slug.id().to_owned(),
                ..clinician
            })
        })
        .collect();
    let clinicians: Option<Vec<Clinician>> = clinicians.into_iter().collect();
    let (
        Some(practice),
        Some(site),
        Some(crisis),
        Some(pages),
        Some(clinicians),
        Some(jurisdictions),
        true,
    ) = (
        practice,
        site,
        crisis,
        pages,
        clinicians,
        jurisdictions,
        reader.errors.is_empty(),
    )
    else {
        return Err(reader.errors);
    };
    let mut content = Content {
        practice,
        site,
        crisis,
        pages,
        clinicians,
        jurisdictions,
    };
    place_licences(&mut content);
    let loaded = Loaded {
        content,
        sources: reader.sources,
        dir: dir.to_owned(),
    };
    let mut errors = loaded.check();
    loaded.check_photos(&photos_dir(dir), &mut errors);
    notes.extend(loaded.stale_availability());
    let (stale, future) = loaded.review_dates();
    notes.extend(stale);
    errors.extend(future);
    notes.extend(loaded.spelling());
    if errors.is_empty() {
        Ok(loaded.content)
    } else {
        Err(errors)
    }
}

/// Gives each licence the place its board's pack covers (a board no pack
/// has is reported by the checks, and leaves the place empty).
fn place_licences(content: &mut Content) {
    let places: Vec<Vec<String>> = content
        .clinicians
        .iter()
        .map(|clinician| {
            clinician
                .licences
                .iter()
                .chain(clinician.supervisor.iter().map(|s| &s.licence))
                .map(|licence| {
                    content
                        .board(licence.board.id())
                        .map(|(pack, _)| pack.name.as_str().to_owned())
                        .unwrap_or_default()
                })
                .collect()
        })
        .collect();
    for (clinician, places) in content.clinicians.iter_mut().zip(places) {
        let licences = clinician
            .licences
            .iter_mut()
            .chain(clinician.supervisor.iter_mut().map(|s| &mut s.licence));
        for (licence, place) in licences.zip(places) {
            licence.state = place;
        }
    }
}

/// The clinicians' files `practice.toml` lists in any language (read
/// without checking it: its own mistakes are reported when it is read).
pub(crate) fn listed_clinicians(dir: &Path) -> Vec<String> {
    #[derive(serde::Deserialize)]
    struct Listed {
        #[serde(default)]
        clinicians: Vec<String>,
    }
    std::fs::read_to_string(dir.join("practice.toml"))
        .ok()
        .and_then(|text| toml::from_str::<HashMap<String, Listed>>(&text).ok())
        .map(|editions| {
            editions
                .values()
                .flat_map(|listed| &listed.clinicians)
                .map(|slug| clinician_file(slug))
                .collect()
        })
        .unwrap_or_default()
}

/// What to say of a `.toml` file the site does not read.
fn unread(name: &str) -> String {
    if let Some(slug) = name
        .strip_prefix(&format!("{CLINICIANS_FOLDER}/"))
        .and_then(|file| file.strip_suffix(".toml"))
    {
        return format!(
            "the site does not read this file: `clinicians` in practice.toml does not list `{slug}`; add \"{slug}\" to that list to publish this clinician's page, or remove the file"
        );
    }
    let page = name
        .strip_prefix("pages/")
        .and_then(|file| file.strip_suffix(".toml"));
    match page {
        Some(page) => format!(
            "the site does not read this file: no route renders a page `{page}`. Is it misnamed? The page registry (`PageId` in crates/site-content/src/model.rs) has: {}",
            PageId::ALL.iter().map(|page| page.name()).collect::<Vec<_>>().join(", ")
        ),
        None => format!(
            "the site does not read this file; is it misnamed? The content files are: {}",
            files().join(", ")
        ),
    }
}

/// A `.toml` file the site does not read is almost always a misnamed one.
pub(crate) fn unexpected_files(dir: &Path) -> Vec<ContentError> {
    let mut found = Vec::new();
    let listed = listed_clinicians(dir);
    for folder in [
        PathBuf::new(),
        PathBuf::from("pages"),
        PathBuf::from(CLINICIANS_FOLDER),
    ] {
        let Ok(entries) = std::fs::read_dir(dir.join(&folder)) else {
            continue;
        };
        for entry in entries.flatten() {
            let name = folder.join(entry.file_name());
            let name = name.to_string_lossy().replace('\\', "/");
            let is_clinician = name.starts_with(&format!("{CLINICIANS_FOLDER}/"));
            let read = if is_clinician {
                listed.contains(&name)
            } else {
                files().contains(&name)
            };
            if name.ends_with(".toml") && !read {
                found.push(ContentError {
                    file: dir.join(&name).display().to_string(),
                    line: 1,
                    field: "-".into(),
                    message: unread(&name),
                });
            }
        }
    }
    found.sort_by(|a, b| a.file.cmp(&b.file));
    found
}
