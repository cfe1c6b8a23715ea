//! The clinicians' photos in the built site: each a `<picture>` offering
//! WebP and JPEG at every width, sized before it loads, described, lazy
//! where it sits below the fold; and in Chromium, a phone fetches a small
//! copy, nothing shifts as it arrives, and nothing leaves the site.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use practice_site::content::editions;
use practice_site::{PageId, Route};
use serde_json::Value;
use site_content::{photo_height, PHOTO_WIDTHS};
use support::{dist_dir, served_path, Browser, StaticServer, PHONE};

/// The most a phone's copy of a photo may weigh.
const PHONE_COPY_LIMIT: u64 = 30_000;

/// Each `<picture>…</picture>` of a page.
fn pictures(body: &str) -> Vec<&str> {
    body.match_indices("<picture")
        .map(|(at, _)| {
            let end = body[at..].find("</picture>").expect("a closed <picture>");
            &body[at..at + end]
        })
        .collect()
}

/// The value of each `name="…"` in `html`.
fn attributes<'a>(html: &'a str, name: &str) -> Vec<&'a str> {
    let key = format!(" {name}=\"");
    html.match_indices(&key)
        .map(|(at, _)| {
            let from = at + key.len();
            &html[from..from + html[from..].find('"').unwrap()]
        })
        .collect()
}

#[test]
fn every_photo_is_a_described_picture_of_every_width_sized_before_it_loads() {
    let site = StaticServer::start(dist_dir());
    let assets = dist_dir().join("assets");
    for edition in editions() {
        let mut places: Vec<(Route, bool)> = [PageId::Home, PageId::Clinicians, PageId::Contact]
            .into_iter()
            .map(|page| (Route::Page(page), true))
            .collect();
        places.extend((0..edition.clinicians.len()).map(|index| (Route::Clinician(index), false)));
        for (route, lazy) in places {
            let path = served_path(edition, route);
            let body = site.get(&path).body;
            let found = pictures(&body);
            let expected = match route {
                Route::Clinician(_) => 1,
                Route::Page(_) => edition.clinicians.len(),
            };
            assert_eq!(
                found.len(),
                expected,
                "{path}: one photo per clinician shown"
            );
            for picture in found {
                let types = attributes(picture, "type");
                assert_eq!(
                    types,
                    ["image/webp"],
                    "{path}: WebP offered first, JPEG in the <img>"
                );
                let alt = attributes(picture, "alt");
                assert!(
                    edition
                        .clinicians
                        .iter()
                        .any(|c| alt == [c.photo.alt.as_str().replace('"', "&quot;")]),
                    "{path}: the photo has its alt text, got {alt:?}"
                );
                assert_eq!(
                    attributes(picture, "width"),
                    [PHOTO_WIDTHS[0].to_string()],
                    "{path}"
                );
                assert_eq!(
                    attributes(picture, "height"),
                    [photo_height(PHOTO_WIDTHS[0]).to_string()],
                    "{path}: width and height reserve the photo's room"
                );
                assert_eq!(
                    attributes(picture, "loading") == ["lazy"],
                    lazy,
                    "{path}: cards load lazily, a clinician's own portrait at once"
                );
                for srcset in attributes(picture, "srcset") {
                    let widths: Vec<u32> = srcset
                        .split(", ")
                        .map(|candidate| {
                            let (url, width) = candidate.split_once(' ').unwrap();
                            let file = url.strip_prefix("/assets/").expect("a photo in assets");
                            let copy = assets.join(file);
                            assert!(copy.is_file(), "{path}: {url} is in the built site");
                            assert_eq!(site.get(url).status, 200, "{url}");
                            width.trim_end_matches('w').parse().unwrap()
                        })
                        .collect();
                    assert_eq!(widths, PHOTO_WIDTHS, "{path}: every width offered");
                }
            }
        }
    }
}

/// The photo the browser shows on this page: the address it chose, the
/// bytes it fetched for it, its drawn size, and the page's layout shift.
const CHOSEN: &str = "
    const img = document.querySelector('picture img');
    const entry = performance.getEntriesByName(img.currentSrc)[0];
    const shift = window.layoutShift;
    return { src: img.currentSrc, complete: img.complete && img.naturalWidth > 0,
             bytes: entry ? entry.encodedBodySize : -1, drawn: img.getBoundingClientRect().width,
             shift };
";

#[tokio::test]
async fn a_phone_fetches_a_small_copy_and_nothing_moves_when_it_arrives() {
    let browser = Browser::start(PHONE).await;
    // Every layout shift of each page, added up as they happen.
    browser
        .before_every_page(
            "window.layoutShift = 0;
             new PerformanceObserver(list => list.getEntries().forEach(e => window.layoutShift += e.value))
                 .observe({ type: 'layout-shift', buffered: true });",
        )
        .await;
    for scale in [1, 3] {
        browser.emulate_phone(PHONE.0, scale).await;
        for edition in editions() {
            for index in 0..edition.clinicians.len() {
                let path = served_path(edition, Route::Clinician(index));
                browser.open(&path).await;
                browser
                    .wait_until(
                        "document.querySelector('picture img').complete",
                        "the portrait has loaded",
                    )
                    .await;
                let chosen: Value = browser.eval(CHOSEN).await;
                let src = chosen["src"].as_str().unwrap();
                assert!(
                    chosen["complete"].as_bool().unwrap(),
                    "{path}: {src} is shown"
                );
                assert!(
                    src.ends_with(".webp"),
                    "{path}: Chromium takes the WebP, not {src}"
                );
                let drawn = chosen["drawn"].as_f64().unwrap();
                let needed = drawn * f64::from(scale);
                let width: u32 = src
                    .rsplit('/')
                    .next()
                    .and_then(|file| file.split('-').find(|part| part.ends_with('w')))
                    .and_then(|part| part.trim_end_matches('w').parse().ok())
                    .unwrap();
                let smallest_enough = PHOTO_WIDTHS
                    .iter()
                    .copied()
                    .find(|w| f64::from(*w) >= needed)
                    .unwrap_or(PHOTO_WIDTHS[PHOTO_WIDTHS.len() - 1]);
                assert_eq!(
                    width, smallest_enough,
                    "{path} at {scale}×: drawn {drawn} px wide, the browser chose {src}"
                );
                let bytes = chosen["bytes"].as_u64().unwrap();
                assert!(
                    bytes <= PHONE_COPY_LIMIT,
                    "{path} at {scale}×: the phone fetched {bytes} bytes for its portrait"
                );
                assert_eq!(
                    chosen["shift"].as_f64().unwrap(),
                    0.0,
                    "{path}: the page moved as the photo arrived"
                );
            }
        }
    }
    browser.finish().await;
}
