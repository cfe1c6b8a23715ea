//! Photos: what the content names (a source file and its words), the slots
//! the site shows them in, and what the build's image pipeline made of them.

use crate::text::Text;

content_type! {
    /// A photo of someone: its source file in `content/photos/`, shared by
    /// every language, and what it shows, in words, for those who cannot
    /// see it.
    pub struct Photo {
        pub file: Text,
        pub alt: Text,
    }
}

/// How wide (in pixels) each encoded copy of a photo is; the browser picks
/// the smallest that fills its slot sharply: 160 a card on most phones,
/// 320 a card or portrait on a high-density phone, 720 a portrait on a
/// high-density wide screen (the slots are in `style/components/photo.css`).
pub const PHOTO_WIDTHS: [u32; 3] = [160, 320, 720];

/// Every photo is cropped to this shape (width : height), a portrait's.
pub const PHOTO_ASPECT: (u32, u32) = (4, 5);

/// The height of a photo `width` pixels wide.
pub const fn photo_height(width: u32) -> u32 {
    width * PHOTO_ASPECT.1 / PHOTO_ASPECT.0
}

/// The smallest source that fills the largest copy without enlarging it.
pub const fn photo_minimum() -> (u32, u32) {
    let widest = PHOTO_WIDTHS[PHOTO_WIDTHS.len() - 1];
    (widest, photo_height(widest))
}

/// One photo as the build wrote it into the site's assets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhotoSet {
    /// Each format, the preferred first; the last is the one every browser
    /// shows (the `<img>`'s own).
    pub formats: Vec<PhotoFormat>,
}

/// One format of a photo, at every width.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhotoFormat {
    /// Its media type (`image/webp`).
    pub mime: &'static str,
    /// Each width's file name in the assets folder, narrowest first, and
    /// its size in bytes.
    pub files: Vec<PhotoFile>,
}

/// One encoded copy of a photo.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhotoFile {
    pub width: u32,
    pub name: String,
    pub bytes: usize,
}

impl PhotoSet {
    /// The format every browser can show.
    pub fn fallback(&self) -> Option<&PhotoFormat> {
        self.formats.last()
    }
}
