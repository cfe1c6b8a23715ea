//! The content editor at /admin/, end to end in Chromium: the built editor
//! saving through the local proxy (decap-server) into a throwaway copy of
//! the content, then the site rebuilt from that copy. Run after
//! `scripts/build` (scripts/test does).
#![cfg(not(target_arch = "wasm32"))]

mod support;

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use support::{dist_dir, Browser, StaticServer, DESKTOP};

#[path = "../crates/site-content/tests/common/mod.rs"]
mod common;
use common::copy_dir;

/// The local proxy's port, as the built editor's configuration names it
/// (`PRACTICE_CMS_PROXY`'s default).
const PROXY_PORT: u16 = 8081;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// decap-server on a repository folder, ended by its PID when dropped, also
/// when the test fails.
struct Proxy(Child);

impl Proxy {
    fn start(repository: &Path) -> Self {
        assert!(
            std::net::TcpStream::connect(("127.0.0.1", PROXY_PORT)).is_err(),
            "port {PROXY_PORT} is taken: the editor's local proxy needs it"
        );
        let child = Command::new("node")
            .arg(root().join("node_modules/decap-server/dist/index.js"))
            .env("GIT_REPO_DIRECTORY", repository)
            .env("PORT", PROXY_PORT.to_string())
            .env("BIND_HOST", "127.0.0.1")
            .env("LOG_LEVEL", "error")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start decap-server (scripts/setup installs it)");
        let proxy = Self(child);
        let deadline = Instant::now() + Duration::from_secs(15);
        while std::net::TcpStream::connect(("127.0.0.1", PROXY_PORT)).is_err() {
            assert!(Instant::now() < deadline, "decap-server did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
        proxy
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Where the run's screenshots go, for the practice's guide.
fn screenshot_dir() -> PathBuf {
    let dir = root().join("target/editor-screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

async fn shoot(browser: &Browser, name: &str) {
    let png = browser.client.screenshot().await.expect("a screenshot");
    std::fs::write(screenshot_dir().join(name), png).unwrap();
}

/// Waits up to 15 s until the proxy has saved `file` anew: it differs from
/// `before` and reads as whole TOML the same twice (a save is written in
/// more than one step).
async fn saved_file(content: &Path, file: &str, before: &str) {
    let read = || std::fs::read_to_string(content.join(file)).unwrap_or_default();
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let now = read();
        if now != before && now.parse::<toml::Table>().is_ok() {
            tokio::time::sleep(Duration::from_millis(300)).await;
            if read() == now {
                return;
            }
        }
        assert!(
            Instant::now() < deadline,
            "timed out waiting until {file} is saved"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Clicks the `nth` shown element whose words are `text` (the innermost).
async fn click_text(browser: &Browser, text: &str, nth: usize) {
    let script = format!(
        "const text = {text};
         const shown = [...document.querySelectorAll('body *')].filter(element =>
           element.textContent.trim() === text && element.getClientRects().length > 0 &&
           ![...element.children].some(child => child.textContent.trim() === text));
         if (shown.length <= {nth}) return false;
         shown[{nth}].click();
         return true;",
        text = serde_json::to_string(text).unwrap(),
    );
    let deadline = Instant::now() + Duration::from_secs(10);
    while browser.eval(&script).await != Value::Bool(true) {
        assert!(Instant::now() < deadline, "no `{text}` ({nth}) to click");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Sets the value of the editor's newest field named `key` (its ids count
/// up: `question-field-41`), or of the `nth` one, as typing would.
async fn set_field(browser: &Browser, key: &str, nth: Option<usize>, value: &str) {
    let script = format!(
        "const all = [...document.querySelectorAll('[id^=\"{key}-field-\"]')];
         const number = element => Number(element.id.split('-').pop());
         const field = {pick};
         const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
         Object.getOwnPropertyDescriptor(prototype, 'value').set.call(field, {value});
         field.dispatchEvent(new Event('input', {{ bubbles: true }}));
         return field.id;",
        pick = match nth {
            Some(index) => format!("all[{index}]"),
            None => "all.reduce((a, b) => number(a) > number(b) ? a : b)".to_owned(),
        },
        value = serde_json::to_string(value).unwrap(),
    );
    browser.eval(&script).await;
}

/// Scrolls the editor's newest field named `key` into the middle of the view.
async fn show(browser: &Browser, key: &str) {
    browser
        .eval(&format!(
            "const all = [...document.querySelectorAll('[id^=\"{key}-field-\"]')];
             const number = element => Number(element.id.split('-').pop());
             all.reduce((a, b) => number(a) > number(b) ? a : b).scrollIntoView({{block: 'center'}});"
        ))
        .await;
}

async fn open_entry(browser: &Browser, entry: &str, field: &str) {
    // A fresh load: leaving an entry with unsaved (refused) changes asks
    // first, and the sign-in is kept by the browser.
    if browser.client.goto("about:blank").await.is_err() {
        let _ = browser.client.accept_alert().await;
        browser.client.goto("about:blank").await.unwrap();
    }
    browser
        .client
        .goto(&browser.site.url(&format!("/admin/#/collections/{entry}")))
        .await
        .unwrap();
    browser.wait_for(&format!("[id^=\"{field}-field-\"]")).await;
}

async fn publish(browser: &Browser) {
    click_text(browser, "Publish", 0).await;
    click_text(browser, "Publish now", 0).await;
}

/// The lines of `after` that differ from `before`'s, paired, when both have
/// as many.
fn changed_lines(before: &str, after: &str) -> Vec<(String, String)> {
    assert_eq!(before.lines().count(), after.lines().count(), "{after}");
    before
        .lines()
        .zip(after.lines())
        .filter(|(old, new)| old != new)
        .map(|(old, new)| (old.to_owned(), new.to_owned()))
        .collect()
}

fn build(content: &Path, dist: &Path) -> std::process::Output {
    Command::new(root().join("scripts/build"))
        .args(["--dist", dist.to_str().unwrap()])
        .env("PRACTICE_CONTENT_DIR", content)
        .output()
        .unwrap()
}

fn pages_in(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() && !path.ends_with("admin") {
            pages_in(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "html") {
            found.push(path);
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_practice_edits_its_words_in_the_editor_and_the_rebuilt_site_shows_them() {
    let repository = tempfile::tempdir().unwrap();
    let content = repository.path().join("content");
    copy_dir(&root().join("content"), &content);
    let _proxy = Proxy::start(repository.path());
    let browser = Browser::start_with(DESKTOP, StaticServer::start(dist_dir()), true).await;
    let read = |file: &str| std::fs::read_to_string(content.join(file)).unwrap();

    browser
        .client
        .goto(&browser.site.url("/admin/"))
        .await
        .unwrap();
    click_text(&browser, "Login", 0).await;
    browser.wait_for("a[href*='collections/pages']").await;
    shoot(&browser, "1-collections.png").await;

    // The editor's own check comes first: a quick exit that is not https is
    // refused before anything is saved.
    let site_before = read("site.toml");
    open_entry(&browser, "site/entries/site", "language").await;
    set_field(&browser, "url", Some(0), "http://weather.com").await;
    publish(&browser).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    browser
        .wait_until(
            "document.body.textContent.includes(\"didn't match the pattern: Write the whole address, beginning with https://\")",
            "the editor explains the address it refused",
        )
        .await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(read("site.toml"), site_before, "nothing was saved");

    // The phone number, changed once for every language.
    let practice_before = read("practice.toml");
    open_entry(&browser, "site/entries/practice", "phone").await;
    let phone = browser.find("[id^='phone-field-']").await;
    phone.click().await.unwrap();
    phone.send_keys("\u{E009}a\u{E000}").await.unwrap();
    phone.send_keys("(503) 555-0199").await.unwrap();
    show(&browser, "phone").await;
    shoot(&browser, "2-phone.png").await;
    publish(&browser).await;
    saved_file(&content, "practice.toml", &practice_before).await;
    let saved = Instant::now();
    assert_eq!(
        changed_lines(&practice_before, &read("practice.toml")),
        vec![
            (
                "phone = \"(503) 555-0142\"".to_owned(),
                "phone = \"(503) 555-0199\"".to_owned()
            );
            2
        ],
        "only the number changed, in both languages"
    );

    // A question added in both languages.
    let faq_before = read("pages/faq.toml");
    open_entry(&browser, "pages/entries/faq", "filter_label").await;
    let asked = |language: &str| {
        let table: toml::Table = faq_before.parse().unwrap();
        table[language]["questions"].as_array().unwrap().len()
    };
    let (english, spanish) = (asked("en"), asked("es"));
    click_text(&browser, "Add questions", 0).await;
    set_field(&browser, "id", None, "edit-the-site").await;
    set_field(
        &browser,
        "question",
        None,
        "Can the practice edit this site itself?",
    )
    .await;
    click_text(&browser, "Add answer", 0).await;
    set_field(
        &browser,
        "answer",
        None,
        "Yes: in its browser, with the content editor.",
    )
    .await;
    click_text(&browser, "Add questions", 1).await;
    set_field(&browser, "id", None, "edit-the-site").await;
    set_field(
        &browser,
        "question",
        None,
        "¿Puede el consultorio editar este sitio por sí mismo?",
    )
    .await;
    click_text(&browser, "Add answer", 1).await;
    set_field(
        &browser,
        "answer",
        None,
        "Sí: en su navegador, con el editor de contenido.",
    )
    .await;
    show(&browser, "question").await;
    shoot(&browser, "3-question.png").await;
    publish(&browser).await;
    saved_file(&content, "pages/faq.toml", &faq_before).await;
    let faq: toml::Table = read("pages/faq.toml").parse().unwrap();
    for (language, count, question) in [
        ("en", english, "Can the practice edit this site itself?"),
        (
            "es",
            spanish,
            "¿Puede el consultorio editar este sitio por sí mismo?",
        ),
    ] {
        let questions = faq[language]["questions"].as_array().unwrap();
        assert_eq!(questions.len(), count + 1, "{language}");
        assert_eq!(questions[count]["question"].as_str(), Some(question));
    }
    let kept: Vec<&str> = faq_before.lines().collect();
    let now = read("pages/faq.toml");
    let mut remaining = kept.iter().peekable();
    for line in now.lines() {
        if remaining.peek() == Some(&&line) {
            remaining.next();
        }
    }
    assert_eq!(
        remaining.next(),
        None,
        "every line before is still there, in order"
    );

    // A new photo, uploaded where the image pipeline reads it.
    let portrait = repository.path().join("new-portrait.png");
    std::fs::copy(content.join("photos/samuel-okoye.png"), &portrait).unwrap();
    let ruth_before = read("clinicians/ruth-alvarado.toml");
    open_entry(&browser, "clinicians/entries/ruth-alvarado", "name").await;
    click_text(&browser, "Choose different image", 0).await;
    let upload = browser.wait_for("input[type='file']").await;
    upload.send_keys(portrait.to_str().unwrap()).await.unwrap();
    click_text(&browser, "Choose selected", 0).await;
    publish(&browser).await;
    saved_file(&content, "clinicians/ruth-alvarado.toml", &ruth_before).await;
    assert!(
        content.join("photos/new-portrait.png").is_file(),
        "the photo is in content/photos"
    );
    assert_eq!(
        changed_lines(&ruth_before, &read("clinicians/ruth-alvarado.toml")),
        vec![
            (
                "file = \"ruth-alvarado.png\"".to_owned(),
                "file = \"new-portrait.png\"".to_owned()
            );
            2
        ],
        "the photo's file, in both languages"
    );

    // The rebuilt site.
    let rebuilt = tempfile::tempdir().unwrap();
    let dist = rebuilt.path().join("dist");
    let started = Instant::now();
    let output = build(&content, &dist);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    eprintln!(
        "the rebuild took {:.1?}; from the number saved in the editor to the rebuilt site {:.1?}",
        started.elapsed(),
        saved.elapsed()
    );
    let mut pages = Vec::new();
    pages_in(&dist, &mut pages);
    assert!(pages.len() > 30, "{pages:?}");
    let ruth = std::fs::read_to_string(dist.join("clinicians/ruth-alvarado/index.html")).unwrap();
    assert!(
        ruth.contains("/assets/new-portrait-"),
        "the new photo, made into copies"
    );
    for page in &pages {
        let html = std::fs::read_to_string(page).unwrap();
        assert!(
            html.contains("tel:5035550199"),
            "{} lacks the new number",
            page.display()
        );
        assert!(
            !html.contains("555-0142"),
            "{} keeps the old number",
            page.display()
        );
    }
    let site = StaticServer::start(dist.clone());
    for (path, word, question) in [
        ("/faq", "editor", "Can the practice edit this site itself?"),
        (
            "/es/faq",
            "navegador",
            "¿Puede el consultorio editar este sitio por sí mismo?",
        ),
    ] {
        browser.client.goto(&site.url(path)).await.unwrap();
        browser
            .wait_until(
                "performance.getEntriesByName('hydrated').length > 0",
                "hydrated",
            )
            .await;
        let input = browser.find("#faq-filter-input").await;
        input.send_keys(word).await.unwrap();
        browser
            .wait_until(
                "document.querySelectorAll('.faq-item:not([hidden])').length === 1",
                "the filter finds the one new question",
            )
            .await;
        let shown = browser
            .eval("return document.querySelector('.faq-item:not([hidden]) .faq-item__question').textContent.trim()")
            .await;
        assert_eq!(shown, Value::from(question), "{path}");
    }

    // An edit only the build can judge: the count sentence without the
    // number it must hold stops the build at its file, line and field.
    open_entry(&browser, "pages/entries/faq", "count_many").await;
    set_field(&browser, "count_many", Some(0), "Several questions match.").await;
    let faq_before = read("pages/faq.toml");
    publish(&browser).await;
    saved_file(&content, "pages/faq.toml", &faq_before).await;
    let line = read("pages/faq.toml")
        .lines()
        .position(|line| line == "count_many = \"Several questions match.\"")
        .expect("the edit is saved")
        + 1;
    let output = build(&content, &dist);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "the build went on");
    assert!(
        stderr.contains(&format!("pages/faq.toml:{line}: field `en.count_many`")),
        "{stderr}"
    );

    // For the guide: whether a clinician takes new clients.
    open_entry(&browser, "clinicians/entries/ruth-alvarado", "name").await;
    show(&browser, "status").await;
    shoot(&browser, "4-availability.png").await;
}
