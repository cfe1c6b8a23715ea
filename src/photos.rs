//! The photos as the build made them: set once by the pre-render, after the
//! photo pipeline has written each into the site's assets, and read by the
//! `Photo` component. Natively only; the islands show no photos.

use site_content::PhotoSet;
use std::collections::HashMap;
use std::sync::OnceLock;

static PHOTOS: OnceLock<HashMap<String, PhotoSet>> = OnceLock::new();

/// What the pipeline made of the photo `file` (as the content names it);
/// `None` before [`process`] has run, as in tests that render components.
pub fn photo_set(file: &str) -> Option<&'static PhotoSet> {
    PHOTOS.get()?.get(file)
}

/// The full address of the largest copy of `photo` every browser can show,
/// for search engines; `None` before [`process`] has run.
pub fn photo_address(
    edition: &site_content::Content,
    photo: &site_content::Photo,
) -> Option<String> {
    let largest = photo_set(photo.file.as_str())?.fallback()?.files.last()?;
    Some(format!(
        "{}/assets/{}",
        edition.practice.site_url.as_str(),
        largest.name
    ))
}

/// The folder kept between builds with each photo's encoded copies:
/// `PRACTICE_PHOTO_CACHE`, else `target/photo-cache`.
#[cfg(not(target_arch = "wasm32"))]
pub fn cache_dir() -> std::path::PathBuf {
    std::env::var_os("PRACTICE_PHOTO_CACHE")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::path::Path::new("target/photo-cache").to_owned())
}

/// Writes every photo the `editions` show into `assets` (the built site's
/// folder), once per file, and keeps what was made for rendering.
#[cfg(not(target_arch = "wasm32"))]
pub fn process(
    editions: &[site_content::Content],
    photos: &std::path::Path,
    assets: &std::path::Path,
) -> Result<(), site_images::PhotoError> {
    let pipeline = site_images::Pipeline {
        out: assets.to_owned(),
        cache: cache_dir(),
    };
    let mut made = HashMap::new();
    for clinician in editions.iter().flat_map(|edition| &edition.clinicians) {
        let file = clinician.photo.file.as_str();
        if !made.contains_key(file) {
            made.insert(file.to_owned(), pipeline.process(&photos.join(file))?);
        }
    }
    let _ = PHOTOS.set(made);
    Ok(())
}
