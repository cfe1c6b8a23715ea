//! The practice's loop, through the real build: a word edited in a copy of
//! the content is on the page after `scripts/build` with no Rust compiled;
//! under `trunk serve` a content mistake is shown on the page in place of
//! the site and mending it brings the site back; a production build stops
//! while sample content remains. Run after `scripts/build` (warm `target/`).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant, SystemTime};

#[path = "../crates/site-content/tests/common/mod.rs"]
mod common;
use common::copy_dir;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A copy of the real content in a fresh folder.
fn content_copy() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    copy_dir(&root().join("content"), &content);
    (dir, content)
}

fn replace_in(file: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(file).unwrap();
    assert!(text.contains(from), "{} lacks {from:?}", file.display());
    std::fs::write(file, text.replace(from, to)).unwrap();
}

/// `scripts/build` with `content` into `dist`, plus any `args`.
fn build(content: &Path, dist: &Path, args: &[&str]) -> Output {
    Command::new(root().join("scripts/build"))
        .args(["--dist", dist.to_str().unwrap()])
        .args(args)
        .env("PRACTICE_CONTENT_DIR", content)
        .output()
        .unwrap()
}

/// Every compiled artefact in `target/` (the crates, the wasm, the
/// pre-render), by its modification time.
fn artefacts() -> BTreeMap<PathBuf, SystemTime> {
    let mut found = BTreeMap::new();
    for dir in [
        "target/debug/deps",
        "target/debug",
        "target/wasm32-unknown-unknown/release/deps",
        "target/wasm32-unknown-unknown/release",
    ] {
        let Ok(entries) = std::fs::read_dir(root().join(dir)) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            // Cargo rewrites its dep-info (`.d`) on every run, compiling or not.
            if path.is_file() && path.extension().is_none_or(|ext| ext != "d") {
                found.insert(path, entry.metadata().unwrap().modified().unwrap());
            }
        }
    }
    found
}

#[test]
fn an_edited_word_is_on_the_page_after_a_rebuild_that_compiles_no_rust() {
    let (dir, content) = content_copy();
    let dist = dir.path().join("dist");
    let first = build(&content, &dist, &[]);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let home = content.join("pages/home.toml");
    let text = std::fs::read_to_string(&home).unwrap();
    let heading = text
        .lines()
        // The first heading of the file is its page's (`[en.page]`).
        .find_map(|line| line.strip_prefix("heading = \""))
        .and_then(|rest| rest.strip_suffix('"'))
        .expect("the home page's heading")
        .to_owned();
    let edited = format!("{heading} (edited)");
    replace_in(&home, &heading, &edited);

    let before = artefacts();
    let started = Instant::now();
    let rebuilt = build(&content, &dist, &[]);
    let took = started.elapsed();
    let log = format!(
        "{}{}",
        String::from_utf8_lossy(&rebuilt.stdout),
        String::from_utf8_lossy(&rebuilt.stderr)
    );
    assert!(rebuilt.status.success(), "{log}");
    eprintln!("one edited word, rebuilt into dist/: {took:.1?}");
    let page = std::fs::read_to_string(dist.join("index.html")).unwrap();
    assert!(page.contains(&edited), "the edit is on the page");
    assert!(!log.contains("Compiling "), "no Rust compiled:\n{log}");
    let after = artefacts();
    let changed: Vec<&PathBuf> = after
        .iter()
        .filter(|(path, time)| before.get(*path) != Some(time))
        .map(|(path, _)| path)
        .collect();
    assert!(
        changed.is_empty(),
        "no artefact in target/ changed: {changed:#?}"
    );
}

#[test]
fn a_production_build_stops_on_sample_content_and_passes_without_it() {
    let (dir, content) = content_copy();
    let dist = dir.path().join("dist");
    let sample = build(&content, &dist, &["--production"]);
    let stderr = String::from_utf8_lossy(&sample.stderr);
    assert!(!sample.status.success(), "the sample content went live");
    assert_eq!(
        sample.status.code(),
        Some(3),
        "sample content ends the build its own way, not as a mistake: {stderr}"
    );
    // Each listed where it stands: (file, its language's table, the key's
    // line, field, marker).
    for (file, table, line_start, field, marker) in [
        (
            "practice.toml",
            "en",
            "name =",
            "name",
            "`Linden Hall` is the sample practice's name",
        ),
        (
            "practice.toml",
            "en",
            "site_url =",
            "site_url",
            "`.example`",
        ),
        ("practice.toml", "en", "phone =", "phone", "`555-01`"),
        (
            "practice.toml",
            "en",
            "address =",
            "address",
            "`(sample address)`",
        ),
        (
            "practice.toml",
            "es",
            "address =",
            "address",
            "`(dirección de ejemplo)`",
        ),
        (
            "clinicians/ruth-alvarado.toml",
            "en",
            "name =",
            "name",
            "`Ruth Alvarado`",
        ),
        (
            "clinicians/ruth-alvarado.toml",
            "en",
            "number =",
            "number",
            "`(sample)`",
        ),
        (
            "pages/contact.toml",
            "en",
            "email_invalid =",
            "email_invalid",
            "`example.org`",
        ),
        (
            "clinicians/samuel-okoye.toml",
            "en",
            "alt =",
            "alt",
            "`a stand-in for`",
        ),
        (
            "pages/notice-of-privacy-practices.toml",
            "en",
            "intro = [ \"Sample notice",
            "intro",
            "`Sample notice`",
        ),
    ] {
        let text = std::fs::read_to_string(content.join(file)).unwrap();
        let start = text
            .lines()
            .position(|l| l == format!("[{table}]"))
            .unwrap_or_else(|| panic!("{file} has a table [{table}]"));
        let line = text
            .lines()
            .skip(start)
            .position(|l| l.starts_with(line_start))
            .unwrap_or_else(|| panic!("{file} has a line starting {line_start:?}"))
            + start
            + 1;
        let listed = format!("{file}:{line}: field `{table}.{field}`: sample content: {marker}");
        assert!(stderr.contains(&listed), "lists {listed:?}:\n{stderr}");
    }

    // The same content made the practice's own passes.
    let mut files = Vec::new();
    collect_toml(&content, &mut files);
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let own = text
            .replace("Linden Hall", "Birch Lane")
            .replace("lindenhall-therapy.example", "alderhouse.invalid")
            .replace("@example.org", "@mail.invalid")
            .replace("555-01", "201-01")
            .replace(" (sample address)", "")
            .replace(" (dirección de ejemplo)", "")
            .replace(" (sample)", "")
            .replace(" (ejemplo)", "")
            .replace("Ruth Alvarado", "Ana Ruiz")
            .replace("Samuel Okoye", "Tomás Reyes")
            .replace("a stand-in for", "as in")
            .replace("en lugar de la foto", "como en la foto")
            .replace("Sample notice", "Our notice")
            .replace("Aviso de ejemplo", "Nuestro aviso")
            .replace("Sample policy", "Our policy")
            .replace("Política de ejemplo", "Nuestra política");
        std::fs::write(&file, own).unwrap();
    }
    let own = build(&content, &dist, &["--production"]);
    assert!(
        own.status.success(),
        "{}",
        String::from_utf8_lossy(&own.stderr)
    );
    let page = std::fs::read_to_string(dist.join("index.html")).unwrap();
    assert!(page.contains("Birch Lane"));
    assert!(
        String::from_utf8_lossy(&own.stderr).contains(
            "warning: pages/contact.toml has no form_endpoint, so consultation requests will go by the visitor's own email"
        ),
        "without an endpoint, a production build says where requests will go"
    );

    // The relay under scripts/relay, left in: a production build stops.
    let contact = content.join("pages/contact.toml");
    let text = std::fs::read_to_string(&contact).unwrap();
    let local = text.replace(
        "\nform_heading = ",
        "\nform_endpoint = \"http://127.0.0.1:8787/\"\nform_heading = ",
    );
    assert_ne!(local, text);
    std::fs::write(&contact, local).unwrap();
    let stopped = build(&content, &dist, &["--production"]);
    let stderr = String::from_utf8_lossy(&stopped.stderr);
    assert_eq!(stopped.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("form_endpoint is http://127.0.0.1:8787/, on this computer"),
        "{stderr}"
    );
}

#[test]
fn while_the_sample_remains_a_host_publishes_the_editor_and_a_holding_page_alone() {
    let (dir, content) = content_copy();
    let dist = dir.path().join("dist");
    let output = Command::new(root().join("scripts/publish-build"))
        .args(["--dist", dist.to_str().unwrap()])
        .env("PRACTICE_CONTENT_DIR", &content)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(stderr.contains("this is the setup build"), "{stderr}");
    let holding = std::fs::read_to_string(dist.join("index.html")).unwrap();
    assert!(holding.contains("This site is being prepared"), "{holding}");
    assert!(holding.contains("noindex"), "kept out of search");
    assert!(
        holding.contains("href=\"tel:988\""),
        "with the country's crisis numbers"
    );
    assert!(
        !holding.contains("Linden Hall"),
        "and nothing of the sample practice"
    );
    assert_eq!(
        std::fs::read_to_string(dist.join("404.html")).unwrap(),
        holding
    );
    assert!(
        dist.join("admin/index.html").is_file(),
        "the editor is there"
    );
    assert!(dist.join("admin/sveltia-cms.js").is_file());
    assert!(
        !dist.join("privacy").exists(),
        "no page of the sample went out"
    );
    assert!(!dist.join("clinicians").exists());
    assert_eq!(
        std::fs::read_to_string(dist.join("robots.txt")).unwrap(),
        "User-agent: *\nDisallow: /\n"
    );
    let check = Command::new("cargo")
        .args([
            "run",
            "--quiet",
            "--features",
            "ssr",
            "--bin",
            "prerender",
            "--",
            "--check",
        ])
        .arg(&dist)
        .current_dir(root())
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
}

fn collect_toml(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_toml(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "toml") {
            out.push(path);
        }
    }
}

/// The body of `http://127.0.0.1:{port}{path}`, if the server answers.
fn get(port: u16, path: &str) -> Option<String> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )
    .ok()?;
    let mut response = String::new();
    stream.read_to_string(&mut response).ok()?;
    Some(response)
}

/// Waits up to `limit` for the page at `path` to contain `text`.
fn wait_for(port: u16, path: &str, text: &str, limit: Duration) -> Result<Duration, String> {
    let started = Instant::now();
    let mut last = String::new();
    while started.elapsed() < limit {
        if let Some(body) = get(port, path) {
            if body.contains(text) {
                return Ok(started.elapsed());
            }
            last = body;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    Err(format!(
        "after {limit:?}, {path} still lacks {text:?}; it was:\n{}",
        &last[..last.len().min(2000)]
    ))
}

#[test]
fn under_trunk_serve_a_content_mistake_shows_on_the_page_and_mending_it_brings_the_site_back() {
    let (dir, content) = content_copy();
    let site = content.join("site.toml");
    let text = std::fs::read_to_string(&site).unwrap();
    let line = text[..text.find("\"roots\"").unwrap()]
        .matches('\n')
        .count()
        + 1;
    replace_in(&site, "\"roots\"", "\"root\"");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let path = std::env::var("PATH").unwrap_or_default();
    // As scripts/serve runs it, in release mode so the test reuses the
    // release build's artefacts.
    let server = Command::new("trunk")
        .args(["serve", "--release", "--address", "127.0.0.1", "--port"])
        .arg(port.to_string())
        .arg("--dist")
        .arg(dir.path().join("dist"))
        .arg("--watch")
        .arg(&content)
        .current_dir(root())
        .env("PRACTICE_CONTENT_DIR", &content)
        .env(
            "PATH",
            format!("{}:{path}", root().join("scripts/tools").display()),
        )
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0)
        .spawn()
        .expect("trunk serve starts");
    let pid = server.id() as i32;
    let outcome = (|| {
        let message =
            format!("site.toml:{line}: field `en.navigation[0].pages[1]`: there is no page `root`");
        wait_for(port, "/", &message, Duration::from_secs(120))?;
        wait_for(port, "/fees", &message, Duration::from_secs(5))?;
        replace_in(&site, "\"root\"", "\"roots\"");
        let back = wait_for(
            port,
            "/",
            "class=\"site-header__brand\"",
            Duration::from_secs(60),
        )?;
        eprintln!("mended content back on the served page in {back:.1?}");
        Ok::<(), String>(())
    })();
    // Ends the server and the build it may be running, by their group.
    let _ = Command::new("kill")
        .arg("--")
        .arg(format!("-{pid}"))
        .status();
    let output = server.wait_with_output().unwrap();
    let terminal = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    outcome.unwrap();
    assert!(
        terminal.contains("field `en.navigation[0].pages[1]`: there is no page `root`"),
        "the terminal shows the mistake too:\n{terminal}"
    );
}
