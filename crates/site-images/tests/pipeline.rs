//! The photo pipeline on a large, photograph-like source made here: every
//! width in every format, each decodable at its size, small enough for a
//! phone, named by its bytes, and taken from the cache the second time.

use image::{ImageFormat, Rgb, RgbImage};
use site_content::{photo_height, PHOTO_WIDTHS};
use site_images::Pipeline;
use std::path::Path;

/// A 2400×3000 "photograph": smooth light and shade, a few soft shapes and
/// sensor noise, the things that make a real photo expensive to encode.
fn photograph(path: &Path) {
    let (width, height) = (2400, 3000);
    let mut seed = 0x2545_f491_u32;
    let mut noise = move || {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        (seed % 17) as f32 - 8.0
    };
    let image = RgbImage::from_fn(width, height, |x, y| {
        let (fx, fy) = (x as f32 / width as f32, y as f32 / height as f32);
        let face = ((fx - 0.5).powi(2) / 0.05 + (fy - 0.4).powi(2) / 0.08).min(1.0);
        let light = 1.0 - 0.5 * face;
        let mut shade = |base: f32, tilt: f32| {
            (base * light + tilt * fx * 60.0 + 30.0 * (fy * 9.0).sin() + noise()).clamp(0.0, 255.0)
                as u8
        };
        Rgb([shade(210.0, 1.0), shade(170.0, 0.5), shade(140.0, -0.5)])
    });
    image.save_with_format(path, ImageFormat::Png).unwrap();
}

fn pipeline(work: &Path) -> Pipeline {
    Pipeline {
        out: work.join("assets"),
        cache: work.join("cache"),
    }
}

#[test]
fn a_large_photograph_becomes_small_sharp_copies_named_by_their_bytes() {
    let work = tempfile::tempdir().unwrap();
    let source = work.path().join("portrait.png");
    photograph(&source);
    let pipeline = pipeline(work.path());
    let set = pipeline.process(&source).unwrap();

    let mimes: Vec<&str> = set.formats.iter().map(|format| format.mime).collect();
    assert_eq!(
        mimes,
        ["image/webp", "image/jpeg"],
        "WebP first, JPEG for every browser"
    );
    for format in &set.formats {
        let widths: Vec<u32> = format.files.iter().map(|file| file.width).collect();
        assert_eq!(widths, PHOTO_WIDTHS, "{}: every width", format.mime);
        for file in &format.files {
            let bytes = std::fs::read(pipeline.out.join(&file.name)).unwrap();
            assert_eq!(bytes.len(), file.bytes);
            let decoded = image::load_from_memory(&bytes).unwrap();
            assert_eq!(
                (decoded.width(), decoded.height()),
                (file.width, photo_height(file.width)),
                "{} is cropped to a portrait at its width",
                file.name
            );
            assert!(
                file.name.starts_with(&format!("portrait-{}w-", file.width)),
                "{} names its width",
                file.name
            );
        }
    }
    // The largest copy a phone fetches (a portrait at 3×).
    let phone = &set.formats[0].files[1];
    assert_eq!(phone.width, PHOTO_WIDTHS[1]);
    assert!(
        phone.bytes <= 30_000,
        "the phone's copy is {} bytes, over 30 KB",
        phone.bytes
    );

    // The same source again: the same names, from the cache, which the
    // pipeline reads instead of encoding (so a broken cache shows).
    let first: Vec<String> = set.formats[0]
        .files
        .iter()
        .map(|f| f.name.clone())
        .collect();
    let entry = std::fs::read_dir(&pipeline.cache)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    std::fs::write(entry.join(format!("{}.webp", PHOTO_WIDTHS[0])), b"cached").unwrap();
    let again = pipeline.process(&source).unwrap();
    assert_eq!(again.formats[0].files[1].name, first[1]);
    assert_eq!(
        again.formats[0].files[0].bytes, 6,
        "the copy came from the cache"
    );

    // Another photo gets other names, so a browser never shows a stale one.
    image::imageops::flip_horizontal(&image::open(&source).unwrap())
        .save(&source)
        .unwrap();
    let other = pipeline.process(&source).unwrap();
    assert_ne!(other.formats[0].files[1].name, first[1]);
}

#[test]
fn a_source_too_small_to_fill_the_largest_copy_is_refused() {
    let work = tempfile::tempdir().unwrap();
    let source = work.path().join("small.png");
    RgbImage::new(600, 750).save(&source).unwrap();
    let error = pipeline(work.path())
        .process(&source)
        .unwrap_err()
        .to_string();
    assert!(error.contains("600×750"), "{error}");
    assert!(error.contains("720×900"), "{error}");
}
