//! The practice's people and notices in the built site, in every language:
//! each clinician's page names them with every licence (title, state,
//! number) and a way to check it; the people are on the home and
//! clinicians pages; availability shows where visitors look for it; the
//! notices are one link away from every page.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use practice_site::content::editions;
use practice_site::people::{licence_line, status_words, video_line};
use practice_site::{PageId, Route};
use site_content::Content;
use support::{dist_dir, escaped, served_path, StaticServer};

#[test]
fn every_clinician_page_names_them_with_each_licence_and_where_to_check_it() {
    let site = StaticServer::start(dist_dir());
    for edition in editions() {
        let words = &edition.pages.clinicians;
        for (index, clinician) in edition.clinicians.iter().enumerate() {
            let path = served_path(edition, Route::Clinician(index));
            let page = site.get(&path);
            assert_eq!(page.status, 200, "{path}");
            let body = page.body;
            assert!(
                body.contains(&format!(
                    "<h1 class=\"page-heading\">{}</h1>",
                    escaped(clinician.name.as_str())
                )),
                "{path} is headed by the clinician's name"
            );
            for licence in &clinician.licences {
                assert!(
                    body.contains(&escaped(&licence_line(words, licence))),
                    "{path} shows the licence {}",
                    licence.number.as_str()
                );
                let (_, board) = edition.board(licence.board.id()).unwrap();
                assert!(
                    body.contains(&format!(
                        "<a href=\"{}\">{}</a>",
                        board.lookup_url.as_str(),
                        escaped(words.lookup_link.as_str())
                    )),
                    "{path} links the board's licence lookup"
                );
                assert!(
                    body.contains(&format!("<a href=\"{}\">", board.complaints_url.as_str())),
                    "{path} gives the board's complaints contact"
                );
            }
            assert!(
                body.contains(&escaped(status_words(words, clinician.availability.status))),
                "{path} says whether they take new clients"
            );
            assert!(
                body.contains(&format!(
                    "<time datetime=\"{}\">",
                    clinician.availability.as_of.iso()
                )),
                "{path} says as of when"
            );
        }
    }
}

#[test]
fn the_home_clinicians_and_contact_pages_show_the_people_licences_and_availability() {
    let site = StaticServer::start(dist_dir());
    for edition in editions() {
        let words = &edition.pages.clinicians;
        for page in [PageId::Home, PageId::Clinicians, PageId::Contact] {
            let path = served_path(edition, Route::Page(page));
            let body = site.get(&path).body;
            for (index, clinician) in edition.clinicians.iter().enumerate() {
                assert!(
                    body.contains(clinician.name.as_str()),
                    "{path} shows {}",
                    clinician.name.as_str()
                );
                assert!(
                    body.contains(&escaped(&licence_line(words, clinician.main_licence()))),
                    "{path} shows {}'s licence beside the name",
                    clinician.name.as_str()
                );
                assert!(
                    body.contains(&format!(
                        "availability-badge availability-badge--{}",
                        clinician.availability.status.name()
                    )),
                    "{path} shows {}'s availability",
                    clinician.name.as_str()
                );
                let profile = format!("href=\"{}\"", path_for_link(edition, index));
                assert!(body.contains(&profile), "{path} links to {profile}");
            }
        }
    }
}

fn path_for_link(edition: &Content, index: usize) -> String {
    served_path(edition, Route::Clinician(index))
}

#[test]
fn the_notices_are_linked_from_every_pages_footer() {
    let site = StaticServer::start(dist_dir());
    for edition in editions() {
        for route in edition.routes() {
            let path = served_path(edition, route);
            let body = site.get(&path).body;
            let footer = &body[body
                .find("<footer")
                .unwrap_or_else(|| panic!("{path} has a footer"))..];
            let published = PageId::NOTICES
                .iter()
                .copied()
                .filter(|&notice| edition.pages.has(notice));
            for notice in published.chain([PageId::Accessibility, PageId::Privacy]) {
                let href = format!("href=\"{}\"", path_of_page(edition, notice));
                assert!(footer.contains(&href), "{path}'s footer links {href}");
            }
        }
    }
}

fn path_of_page(edition: &Content, page: PageId) -> String {
    served_path(edition, Route::Page(page))
}

#[test]
fn video_is_promised_only_where_a_licence_allows_it() {
    let site = StaticServer::start(dist_dir());
    let edition = &editions()[0];
    let words = &edition.pages.clinicians;
    let everywhere = edition.video_states();
    // Each clinician's page offers video in their licences' places only
    // (in the US sample, Samuel in Oregon, never Washington).
    for (index, clinician) in edition.clinicians.iter().enumerate() {
        let body = site
            .get(&served_path(edition, Route::Clinician(index)))
            .body;
        let facts = &body[body.find("clinician-page__facts").unwrap()..];
        let facts = &facts[..facts.find("</dl>").unwrap()];
        let theirs = clinician.video_states();
        assert!(facts.contains(&video_line(words, &theirs)), "{facts}");
        if theirs != everywhere {
            assert!(!facts.contains(&video_line(words, &everywhere)), "{facts}");
        }
    }
    assert!(
        edition
            .clinicians
            .iter()
            .any(|c| c.video_states() != everywhere)
            || everywhere.len() == 1,
        "the sample shows a clinician licensed in fewer places than the practice"
    );
    // The practice as a whole offers every place someone there is licensed in.
    let home = site.get("/").body;
    assert!(home.contains(&video_line(words, &everywhere)));
}
