//! What the practice's jurisdiction packs decide, in the built site of the
//! sample under test (its content from `PRACTICE_CONTENT_DIR`, its build
//! from `DIST_DIR`; scripts/test runs this on the US and the UK samples):
//! every footer links exactly the notices the packs require, the crisis
//! strip shows the country's numbers, the fees page says where each
//! clinician stands with Medicare as their status has it, and a site
//! outside the US carries no US notice.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use practice_site::content::{editions, language_prefix};
use practice_site::template::fill;
use practice_site::{PageId, Route};
use site_content::MedicareStatus;
use support::{dist_dir, escaped, served_path, StaticServer};

/// The part of `body` from the first `start` to the next `end` after it.
fn between<'a>(body: &'a str, start: &str, end: &str, path: &str) -> &'a str {
    let from = body
        .find(start)
        .unwrap_or_else(|| panic!("{path} has {start}"));
    let rest = &body[from..];
    &rest[..rest.find(end).unwrap_or(rest.len())]
}

/// Every `href` in `html`, in order.
fn hrefs(html: &str) -> Vec<String> {
    html.split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_footer_links_exactly_the_notices_the_packs_require() {
    let site = StaticServer::start(dist_dir());
    for edition in editions() {
        let required: Vec<PageId> = PageId::NOTICES
            .iter()
            .copied()
            .filter(|notice| {
                edition
                    .jurisdictions
                    .iter()
                    .flat_map(|pack| &pack.notices)
                    .any(|rule| rule.page.id() == notice.name())
            })
            .collect();
        let expected: Vec<String> = std::iter::once(PageId::Privacy)
            .chain(required.iter().copied())
            .chain([PageId::Accessibility])
            .map(|page| served_path(edition, Route::Page(page)))
            .collect();
        for route in edition.routes() {
            let path = served_path(edition, route);
            let body = site.get(&path).body;
            let notices = between(&body, "site-footer__notices", "</nav>", &path);
            assert_eq!(hrefs(notices), expected, "{path}'s footer notices");
        }
        for &notice in PageId::NOTICES {
            let address = format!(
                "{}/{}",
                language_prefix(edition.site.language.as_str()),
                notice.slug()
            );
            let status = site.get(&address).status;
            let wanted = if required.contains(&notice) { 200 } else { 404 };
            assert_eq!(
                status, wanted,
                "{address}: a notice is published where required, and only there"
            );
        }
    }
}

#[test]
fn the_crisis_strip_on_every_page_shows_the_numbers_of_the_practices_country() {
    let site = StaticServer::start(dist_dir());
    for edition in editions() {
        let strip = &edition.crisis_strip().strip;
        let expected: Vec<String> = strip.iter().map(|link| link.phone.href()).collect();
        assert!(!expected.is_empty());
        for route in edition.routes() {
            let path = served_path(edition, route);
            let body = site.get(&path).body;
            let shown = between(&body, "class=\"crisis-strip\"", "</aside>", &path);
            let numbers: Vec<String> = hrefs(shown)
                .into_iter()
                .filter(|href| href.starts_with("tel:"))
                .collect();
            assert_eq!(numbers, expected, "{path}'s crisis strip");
            for link in strip {
                assert!(
                    shown.contains(&escaped(link.label.as_str())),
                    "{path}'s strip names {}",
                    link.label.as_str()
                );
            }
        }
    }
}

#[test]
fn the_fees_page_says_where_each_clinician_stands_with_medicare_as_their_status_has_it() {
    let site = StaticServer::start(dist_dir());
    for edition in editions() {
        let path = served_path(edition, Route::Page(PageId::Fees));
        let body = site.get(&path).body;
        let words = edition
            .jurisdictions
            .iter()
            .find_map(|pack| pack.medicare.as_ref());
        let Some(words) = words else {
            assert!(
                !body.contains("Medicare"),
                "{path} names no Medicare where no pack has it"
            );
            continue;
        };
        for clinician in &edition.clinicians {
            let name = clinician.name.as_str();
            let status = clinician
                .medicare
                .expect("a US clinician has a Medicare status");
            let statuses = [
                MedicareStatus::Enrolled,
                MedicareStatus::OptedOut,
                MedicareStatus::NotEnrolled,
            ];
            for other in statuses {
                let sentence = escaped(&fill(words.sentence(other).as_str(), &[("name", name)]));
                assert_eq!(
                    body.contains(&sentence),
                    other == status,
                    "{path}: {name} is {}, and the page says: {sentence}",
                    status.name()
                );
            }
        }
    }
}

#[test]
fn a_site_outside_the_us_carries_no_us_notice_and_a_us_site_its_good_faith_estimate() {
    let site = StaticServer::start(dist_dir());
    for edition in editions() {
        let in_the_us = edition.jurisdictions.iter().any(|pack| pack.id == "us");
        let fees = site
            .get(&served_path(edition, Route::Page(PageId::Fees)))
            .body;
        if in_the_us {
            let notice = edition.pages.fees.good_faith_estimate.as_ref();
            let heading = notice
                .expect("a US practice's fees page has the notice")
                .heading
                .as_str();
            assert!(
                fees.contains(&escaped(heading)),
                "the US fees page has the notice"
            );
            continue;
        }
        for route in edition.routes() {
            let path = served_path(edition, route);
            let body = site.get(&path).body;
            for us_only in [
                "HIPAA",
                "Good Faith Estimate",
                "Notice of Privacy Practices",
                "Medicare",
                "Medicaid",
            ] {
                assert!(
                    !body.contains(us_only),
                    "{path} says {us_only:?}, a US law, outside the US"
                );
            }
        }
    }
}
