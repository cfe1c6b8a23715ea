//! The rules for the practice's people: each licence names a board of the
//! practice's packs, and nobody is offered where no licence of theirs
//! allows it.

use super::{check_id, Loaded};
use crate::load::clinician_file;
use crate::load::source::{ContentError, Source};
use crate::model::{photo_minimum, Licence};
use std::collections::HashSet;
use std::path::Path;

/// After this many days, "who is taking new clients" is likely out of date.
pub const AVAILABILITY_STALE_AFTER_DAYS: i64 = 90;

impl Loaded {
    pub(super) fn check_offices(&self, errors: &mut Vec<ContentError>) {
        let practice = &self.content.practice;
        let source = self.source("practice.toml");
        let mut seen = HashSet::new();
        for (index, office) in practice.offices.iter().enumerate() {
            check_id(
                source,
                &office.id,
                &format!("offices[{index}].id"),
                &mut seen,
                errors,
            );
        }
    }

    pub(super) fn check_clinicians(&self, errors: &mut Vec<ContentError>) {
        for clinician in &self.content.clinicians {
            let source = self.source(&clinician_file(&clinician.slug));
            if clinician.licences.is_empty() {
                errors.push(source.error_at_key(
                    "name",
                    "licences",
                    "give at least one licence: a [[licences]] entry with title, number and board",
                ));
            }
            for (index, licence) in clinician.licences.iter().enumerate() {
                self.check_licence(source, licence, &format!("licences[{index}]"), errors);
            }
            if let Some(supervisor) = &clinician.supervisor {
                self.check_licence(source, &supervisor.licence, "supervisor.licence", errors);
            }
            for (index, office) in clinician.offices.iter().flatten().enumerate() {
                if self.content.practice.office(office.id()).is_none() {
                    errors.push(
                        self.unknown_reference(
                            source,
                            office,
                            &format!("offices[{index}]"),
                            "office",
                            self.content
                                .practice
                                .offices
                                .iter()
                                .map(|o| o.id.as_str().to_owned())
                                .collect(),
                            "practice.toml",
                        ),
                    );
                }
            }
            let licensed: Vec<&str> = clinician
                .licences
                .iter()
                .map(|l| l.state.as_str())
                .collect();
            for (index, state) in clinician.video_states.iter().flatten().enumerate() {
                if !licensed.contains(&state.as_str()) {
                    errors.push(source.error_at(
                        state.span(),
                        format!("video_states[{index}]"),
                        format!(
                            "no licence of {} covers `{}`: therapy by video is allowed only where the clinician is licensed and the client is during the session; add the licence, or remove the state (licensed in: {})",
                            clinician.name.as_str(),
                            state.as_str(),
                            licensed.join(", ")
                        ),
                    ));
                }
            }
        }
    }

    /// Each photo is a PNG or JPEG in `photos`, large enough for the
    /// largest copy the pages show, so the build never enlarges one.
    pub(crate) fn check_photos(&self, photos: &Path, errors: &mut Vec<ContentError>) {
        let (need_width, need_height) = photo_minimum();
        for clinician in &self.content.clinicians {
            let source = self.source(&clinician_file(&clinician.slug));
            let file = &clinician.photo.file;
            let name = file.as_str();
            let error = |message: String| source.error_at(file.span(), "photo.file", message);
            let kind = name
                .rsplit_once('.')
                .map(|(_, kind)| kind.to_ascii_lowercase());
            if name.contains(['/', '\\'])
                || !matches!(kind.as_deref(), Some("png" | "jpg" | "jpeg"))
            {
                errors.push(error(format!(
                    "`{name}` should be the name of a PNG or JPEG file in {} (like `{}.jpg`), with no folder",
                    photos.display(),
                    clinician.slug
                )));
                continue;
            }
            let path = photos.join(name);
            if !path.is_file() {
                errors.push(error(format!(
                    "there is no photo {}: put the file there, or correct its name",
                    path.display()
                )));
                continue;
            }
            match imagesize::size(&path) {
                Err(problem) => errors.push(error(format!(
                    "{} cannot be read as an image ({problem})",
                    path.display()
                ))),
                Ok(size) if size.width < need_width as usize || size.height < need_height as usize => {
                    errors.push(error(format!(
                        "{} is {}×{} pixels, too small for its largest place on the site: give a photo of at least {need_width}×{need_height} (a portrait, 4:5)",
                        path.display(),
                        size.width,
                        size.height
                    )))
                }
                Ok(_) => {}
            }
        }
    }

    fn check_licence(
        &self,
        source: &Source,
        licence: &Licence,
        field: &str,
        errors: &mut Vec<ContentError>,
    ) {
        let content = &self.content;
        if content.board(licence.board.id()).is_none() {
            errors.push(
                self.unknown_reference(
                    source,
                    &licence.board,
                    &format!("{field}.board"),
                    "licensing board",
                    content
                        .jurisdictions
                        .iter()
                        .flat_map(|pack| &pack.boards)
                        .map(|b| b.id.as_str().to_owned())
                        .collect(),
                    &format!(
                        "the packs of the practice's jurisdictions, {}",
                        content
                            .jurisdictions
                            .iter()
                            .map(|pack| pack.id.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ),
            );
        }
    }

    /// Availability dates older than [`AVAILABILITY_STALE_AFTER_DAYS`]: not
    /// mistakes, but the practice should look again.
    pub(crate) fn stale_availability(&self) -> Vec<ContentError> {
        self.content
            .clinicians
            .iter()
            .filter_map(|clinician| {
                let date = &clinician.availability.as_of;
                let age = date.age_in_days();
                (age > AVAILABILITY_STALE_AFTER_DAYS).then(|| {
                    self.source(&clinician_file(&clinician.slug)).error_at(
                        date.span(),
                        "availability.as_of",
                        format!(
                            "who {} is taking on was last confirmed {} ({age} days ago); check it and give today's date",
                            clinician.name.as_str(),
                            date.iso()
                        ),
                    )
                })
            })
            .collect()
    }
}
