//! The build's photo pipeline. Each source photo is turned, offline, into
//! the copies the pages offer ([`PHOTO_WIDTHS`] wide, cropped to
//! [`PHOTO_ASPECT`], as WebP and as JPEG for browsers without WebP), named
//! by a hash of their bytes so they can be cached for ever. Re-encoding also
//! drops the source's metadata (camera, place, date). The copies of each
//! source are kept in a cache folder, keyed by the source's bytes and these
//! settings, so an unchanged photo costs a file copy on the next build.

use image::codecs::jpeg::JpegEncoder;
use image::imageops::FilterType;
use image::{DynamicImage, ImageDecoder, ImageReader};
use sha2::{Digest, Sha256};
use site_content::{photo_height, photo_minimum, PhotoFile, PhotoFormat, PhotoSet, PHOTO_WIDTHS};
use std::fmt;
use std::path::{Path, PathBuf};

/// WebP's quality (0–100): at 65 a portrait stays sharp at a few KB.
const WEBP_QUALITY: f32 = 65.0;
/// WebP's effort (0–6): the slowest, smallest; each photo is encoded once.
const WEBP_METHOD: i32 = 6;
/// JPEG's quality (0–100) for the fallback.
const JPEG_QUALITY: u8 = 75;

/// What the cache key covers besides the source: change any of these and
/// every photo is encoded again.
fn settings() -> String {
    format!(
        "v2 widths={PHOTO_WIDTHS:?} height={} webp={WEBP_QUALITY} method={WEBP_METHOD} jpeg={JPEG_QUALITY} lanczos3",
        photo_height(100)
    )
}

/// Each format the pipeline writes: media type, file extension, encoder.
struct Format {
    mime: &'static str,
    extension: &'static str,
    encode: fn(&DynamicImage) -> Result<Vec<u8>, String>,
}

const FORMATS: [Format; 2] = [
    Format {
        mime: "image/webp",
        extension: "webp",
        encode: encode_webp,
    },
    Format {
        mime: "image/jpeg",
        extension: "jpg",
        encode: encode_jpeg,
    },
];

fn encode_webp(image: &DynamicImage) -> Result<Vec<u8>, String> {
    let rgb = image.to_rgb8();
    let mut config = webp::WebPConfig::new().map_err(|()| "libwebp cannot start".to_owned())?;
    config.quality = WEBP_QUALITY;
    config.method = WEBP_METHOD;
    let encoded = webp::Encoder::from_rgb(rgb.as_raw(), rgb.width(), rgb.height())
        .encode_advanced(&config)
        .map_err(|error| format!("libwebp could not encode it ({error:?})"))?;
    Ok(encoded.to_vec())
}

fn encode_jpeg(image: &DynamicImage) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    JpegEncoder::new_with_quality(&mut bytes, JPEG_QUALITY)
        .encode_image(&image.to_rgb8())
        .map_err(|error| error.to_string())?;
    Ok(bytes)
}

/// Why a photo could not be made.
#[derive(Debug)]
pub struct PhotoError {
    pub source: PathBuf,
    pub message: String,
}

impl fmt::Display for PhotoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.source.display(), self.message)
    }
}

impl std::error::Error for PhotoError {}

/// Turns photos into the site's copies of them.
pub struct Pipeline {
    /// Where the copies are written (the built site's `assets/`).
    pub out: PathBuf,
    /// Where copies of earlier builds are kept.
    pub cache: PathBuf,
}

impl Pipeline {
    /// Writes `source`'s copies into the output folder (from the cache
    /// when they are there) and says what they are.
    pub fn process(&self, source: &Path) -> Result<PhotoSet, PhotoError> {
        let fail = |message: String| PhotoError {
            source: source.to_owned(),
            message,
        };
        let bytes =
            std::fs::read(source).map_err(|error| fail(format!("cannot read it: {error}")))?;
        let stem = source
            .file_stem()
            .and_then(|stem| stem.to_str())
            .unwrap_or("photo")
            .to_owned();
        let key = hex(&Sha256::new()
            .chain_update(&bytes)
            .chain_update(settings())
            .finalize());
        let cached = self.cache.join(&key[..32]);
        if !cached.is_dir() {
            self.encode(&bytes, &cached).map_err(fail)?;
        }
        std::fs::create_dir_all(&self.out).map_err(|error| fail(error.to_string()))?;
        let mut formats = Vec::new();
        for format in &FORMATS {
            let mut files = Vec::new();
            for width in PHOTO_WIDTHS {
                let from = cached.join(format!("{width}.{}", format.extension));
                let encoded = std::fs::read(&from).map_err(|error| {
                    fail(format!(
                        "the cache at {} is incomplete: {error}",
                        cached.display()
                    ))
                })?;
                let hash = hex(&Sha256::digest(&encoded));
                let name = format!("{stem}-{width}w-{}.{}", &hash[..10], format.extension);
                std::fs::write(self.out.join(&name), &encoded)
                    .map_err(|error| fail(format!("cannot write {name}: {error}")))?;
                files.push(PhotoFile {
                    width,
                    name,
                    bytes: encoded.len(),
                });
            }
            formats.push(PhotoFormat {
                mime: format.mime,
                files,
            });
        }
        Ok(PhotoSet { formats })
    }

    /// Encodes every copy into `into`, through a folder beside it that is
    /// renamed only once complete, so a build stopped half-way leaves no
    /// partial cache behind.
    fn encode(&self, bytes: &[u8], into: &Path) -> Result<(), String> {
        let image = decode(bytes)?;
        let (need_width, need_height) = photo_minimum();
        if image.width() < need_width || image.height() < need_height {
            return Err(format!(
                "it is {}×{} pixels; a photo needs at least {need_width}×{need_height}",
                image.width(),
                image.height()
            ));
        }
        let partial = into.with_extension("partial");
        let _ = std::fs::remove_dir_all(&partial);
        std::fs::create_dir_all(&partial).map_err(|error| error.to_string())?;
        for width in PHOTO_WIDTHS {
            let copy = image.resize_to_fill(width, photo_height(width), FilterType::Lanczos3);
            for format in &FORMATS {
                let encoded = (format.encode)(&copy)?;
                std::fs::write(
                    partial.join(format!("{width}.{}", format.extension)),
                    encoded,
                )
                .map_err(|error| error.to_string())?;
            }
        }
        std::fs::rename(&partial, into).map_err(|error| error.to_string())
    }
}

/// The source's pixels, turned upright as the camera recorded (a phone's
/// photo is often stored sideways with an orientation tag).
fn decode(bytes: &[u8]) -> Result<DynamicImage, String> {
    let mut decoder = ImageReader::new(std::io::Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|error| error.to_string())?
        .into_decoder()
        .map_err(|error| format!("it is not a PNG or JPEG image this build can read ({error})"))?;
    let orientation = decoder.orientation().map_err(|error| error.to_string())?;
    let mut image = DynamicImage::from_decoder(decoder).map_err(|error| error.to_string())?;
    image.apply_orientation(orientation);
    Ok(image)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}
