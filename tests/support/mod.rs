//! The end-to-end rig: the release `dist/` served on 127.0.0.1 the way a
//! static host serves it, a browser of the engine under test (Chromium,
//! WebKit or Firefox, by `$BROWSER_ENGINE`) driven through its WebDriver
//! server, a trap that records any request bound anywhere else, and the
//! browser console read back.

// Each test binary uses its own part of the rig.
#![allow(dead_code)]

mod browser;
mod commands;
mod devtools;
mod engine;
mod forms;
mod relay;
mod server;
mod sink;

// Each test binary names only what it uses.
#[allow(unused_imports)]
pub use {
    browser::Browser,
    devtools::{Accessible, Shown},
    engine::{engine_bug, Engine},
    relay::{Relay, RELAY_PORT},
    server::{Capture, Probe, Response, StaticServer},
};

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// Text as the pre-render writes it into a page.
pub fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The served address of `route` in `edition`, after the base path.
pub fn served_path(edition: &site_content::Content, route: practice_site::Route) -> String {
    format!(
        "{}/{}",
        practice_site::content::language_prefix(edition.site.language.as_str()),
        edition.route_path(route)
    )
}

/// Phone and desktop window sizes.
pub const PHONE: (u32, u32) = (390, 844);
pub const DESKTOP: (u32, u32) = (1280, 900);

/// Each address's path, its heading and the first words of its own text.
pub fn routed_pages() -> Vec<(String, &'static str, &'static str)> {
    use practice_site::{PageId, Route};
    let content = practice_site::content::main_edition();
    let pages = &content.pages;
    let first_text = |route: Route| {
        let intro = match route {
            Route::Clinician(index) => &content.clinicians[index].bio,
            Route::Page(page) => match page {
                PageId::Home => &pages.home.intro,
                PageId::Approach => &pages.approach.paragraphs,
                PageId::Roots => &pages.roots.intro,
                PageId::PowerAndCulture => &pages.power_and_culture.intro,
                PageId::Glossary => &pages.glossary.intro,
                PageId::WhoItHelps => &pages.who_it_helps.intro,
                PageId::FirstSteps => &pages.first_steps.intro,
                PageId::Faq => &pages.faq.intro,
                PageId::Contact => &pages.contact.intro,
                PageId::Fees => &pages.fees.intro,
                PageId::Privacy => &pages.privacy.intro,
                PageId::Crisis => &pages.crisis.intro,
                PageId::Clinicians => &pages.clinicians.intro,
                PageId::Accessibility => &pages.accessibility.intro,
                PageId::RequestSent => &pages.request_sent.text,
                notice => &pages.notice(notice).expect("a published notice").intro,
            },
        };
        intro[0].segments()[0].text()
    };
    content
        .routes()
        .into_iter()
        .zip(content.routed())
        .map(|(route, (path, heading))| (format!("/{path}"), heading, first_text(route)))
        .collect()
}

/// The site as built for `/practice/` by `scripts/build --base /practice`,
/// with a form endpoint on the site (see scripts/test).
pub fn subpath_dist() -> PathBuf {
    built_site(
        "SUBPATH_DIST_DIR",
        "target/dist-subpath",
        "scripts/build --base /practice --dist target/dist-subpath",
    )
}

/// The site built to send consultation requests to the relay on
/// `RELAY_PORT` (scripts/test).
pub fn relay_dist() -> PathBuf {
    built_site(
        "RELAY_DIST_DIR",
        "target/dist-relay",
        "scripts/build --dist target/dist-relay with form_endpoint = \"http://127.0.0.1:8797/\"",
    )
}

/// The built site: `$DIST_DIR`, or `dist/` beside Cargo.toml.
pub fn dist_dir() -> PathBuf {
    built_site("DIST_DIR", "dist", "scripts/build")
}

/// The site built with the test-only `engine-check` feature (see scripts/test).
pub fn engine_check_dist() -> PathBuf {
    built_site(
        "ENGINE_CHECK_DIST_DIR",
        "target/dist-engine-check",
        "the engine-check build in scripts/test",
    )
}

/// A build of the site: `$variable`, or `default` beside Cargo.toml, made by
/// `how` (scripts/test makes every one).
fn built_site(variable: &str, default: &str, how: &str) -> PathBuf {
    let dir = std::env::var_os(variable)
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join(default));
    assert!(
        dir.join("index.html").is_file(),
        "no built site at {}: run {how} first (scripts/test does)",
        dir.display()
    );
    dir
}

/// Ends a child and everything in its process group.
fn end_process_group(child: &mut Child) {
    let _ = Command::new("kill")
        .args(["-KILL", "--", &format!("-{}", child.id())])
        .stderr(Stdio::null())
        .status();
    let _ = child.wait();
}

/// A fresh folder, removed on drop.
fn temp_dir() -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix("practice-site-e2e-")
        .tempdir()
        .expect("create a temporary folder")
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("a free port")
        .port()
}

fn wait_for_port(port: u16) {
    let deadline = Instant::now() + Duration::from_secs(15);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            Instant::now() < deadline,
            "the WebDriver server did not start on port {port}"
        );
        thread::sleep(Duration::from_millis(50));
    }
}
