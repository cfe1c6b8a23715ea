//! The content editor at /admin/ (Sveltia CMS), end to end in Chromium, as
//! the practice uses it on its own computer (`scripts/edit`): the built
//! editor, in its local repository mode, saving into a throwaway copy of the
//! repository, then the site rebuilt from what it saved. The one thing the
//! test replaces is the operating system's folder picker: the page is handed
//! a folder of its Origin Private File System holding a copy of the content
//! (and a `.git` folder, as a repository's root has). Run after
//! `scripts/build` (scripts/test does).
#![cfg(not(target_arch = "wasm32"))]

mod support;

use base64::Engine as _;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};
use support::{dist_dir, Browser, StaticServer, DESKTOP};

/// The test's actions in the editor's page (`window.editorTest`).
const HELPERS: &str = include_str!("editor.js");

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
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

/// Runs `call` (an expression of `editorTest`, awaited) in the editor's
/// page, with `args` as `arguments`.
async fn call(browser: &Browser, call: &str, args: Vec<Value>) -> Value {
    let script = format!("{HELPERS}\nreturn (async () => {call})();");
    browser
        .client
        .execute(&script, args)
        .await
        .unwrap_or_else(|error| panic!("`{call}` failed in the editor: {error}"))
}

/// Every file under `dir`, by its path from `dir`'s parent, base64.
fn files_of(dir: &Path) -> BTreeMap<String, String> {
    let mut found = BTreeMap::new();
    let base = dir.parent().unwrap();
    let mut folders = vec![dir.to_owned()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(folder).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else {
                let name = path
                    .strip_prefix(base)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                let bytes = std::fs::read(&path).unwrap();
                found.insert(
                    name,
                    base64::engine::general_purpose::STANDARD.encode(bytes),
                );
            }
        }
    }
    found
}

/// One content file as the editor's folder holds it now.
async fn read(browser: &Browser, file: &str) -> String {
    call(
        browser,
        "editorTest.read(arguments[0])",
        vec![json!(format!("content/{file}"))],
    )
    .await
    .as_str()
    .unwrap_or_default()
    .to_owned()
}

/// Waits up to 15 s until the editor has saved `file` anew: it differs
/// from `before` and reads as whole TOML the same twice.
async fn saved_file(browser: &Browser, file: &str, before: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let now = read(browser, file).await;
        if now != before && now.parse::<toml::Table>().is_ok() {
            tokio::time::sleep(Duration::from_millis(300)).await;
            if read(browser, file).await == now {
                return now;
            }
        }
        assert!(
            Instant::now() < deadline,
            "timed out waiting until {file} is saved"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Writes the editor's content folder out to `dir`, to build the site from.
async fn copy_out(browser: &Browser, dir: &Path) {
    let _ = std::fs::remove_dir_all(dir.join("content"));
    let files = call(browser, "editorTest.files('content')", vec![]).await;
    for (path, data) in files.as_object().expect("the files by path") {
        let to = dir.join(path);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(data.as_str().unwrap())
            .unwrap();
        std::fs::write(to, bytes).unwrap();
    }
}

/// Opens an entry (`site/entries/practice`) afresh: the editor signs in
/// again by itself, from the folder it was given, and leaves nothing
/// unsaved from before.
async fn open_entry(browser: &Browser, entry: &str) {
    if browser.client.goto("about:blank").await.is_err() {
        let _ = browser.client.accept_alert().await;
        browser.client.goto("about:blank").await.unwrap();
    }
    browser
        .client
        .goto(&browser.site.url(&format!("/admin/#/collections/{entry}")))
        .await
        .unwrap();
    browser
        .wait_for(".pane[data-locale=\"en\"][data-mode=\"edit\"] section[data-key-path]")
        .await;
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
    let content = root().join("content");
    let browser = Browser::start_with(DESKTOP, StaticServer::start(dist_dir()), true).await;
    let original = |file: &str| std::fs::read_to_string(content.join(file)).unwrap();

    browser
        .client
        .goto(&browser.site.url("/admin/"))
        .await
        .unwrap();
    browser
        .wait_for("button[data-label=\"Work with Local Repository\"]:not([disabled])")
        .await;
    let files = files_of(&content);
    let planted = call(
        &browser,
        "editorTest.plant(arguments[0])",
        vec![json!(files)],
    )
    .await;
    assert_eq!(
        planted,
        json!(files.len()),
        "the whole content is in the editor's folder"
    );
    browser
        .find("button[data-label=\"Work with Local Repository\"]")
        .await
        .click()
        .await
        .unwrap();
    browser
        .wait_for("[role=treeitem][data-label=\"Pages\"]")
        .await;
    shoot(&browser, "1-collections.png").await;

    // The editor's own check comes first: a quick exit that is not https is
    // refused before anything is saved.
    let site_before = original("site.toml");
    open_entry(&browser, "site/entries/site").await;
    call(
        &browser,
        "editorTest.set('en', 'quick_exit.url', 'http://weather.com')",
        vec![],
    )
    .await;
    call(&browser, "editorTest.save()", vec![]).await;
    browser
        .wait_until(
            "document.body.textContent.includes('Write the whole address, beginning with https://')",
            "the editor explains the address it refused",
        )
        .await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(
        read(&browser, "site.toml").await,
        site_before,
        "nothing was saved"
    );

    // The phone number, changed once for every language.
    let practice_before = original("practice.toml");
    open_entry(&browser, "site/entries/practice").await;
    call(
        &browser,
        "editorTest.set('en', 'phone', '(503) 555-0199')",
        vec![],
    )
    .await;
    shoot(&browser, "2-phone.png").await;
    call(&browser, "editorTest.save()", vec![]).await;
    let practice = saved_file(&browser, "practice.toml", &practice_before).await;
    let saved = Instant::now();
    assert_eq!(
        changed_lines(&practice_before, &practice),
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
    let faq_before = original("pages/faq.toml");
    let asked = |language: &str| {
        let table: toml::Table = faq_before.parse().unwrap();
        table[language]["questions"].as_array().unwrap().len()
    };
    open_entry(&browser, "pages/entries/faq").await;
    for (language, question, answer) in [
        (
            "en",
            "Can the practice edit this site itself?",
            "Yes: in its browser, with the content editor.",
        ),
        (
            "es",
            "¿Puede el consultorio editar este sitio por sí mismo?",
            "Sí: en su navegador, con el editor de contenido.",
        ),
    ] {
        let item = format!("questions.{}", asked(language));
        let args = vec![json!(language), json!(item)];
        call(
            &browser,
            "editorTest.add(arguments[0], 'questions', 'Questions')",
            args.clone(),
        )
        .await;
        call(
            &browser,
            "editorTest.set(arguments[0], arguments[1] + '.id', 'edit-the-site')",
            args.clone(),
        )
        .await;
        call(
            &browser,
            "editorTest.set(arguments[0], arguments[1] + '.question', arguments[2])",
            vec![json!(language), json!(item), json!(question)],
        )
        .await;
        call(
            &browser,
            "editorTest.add(arguments[0], arguments[1] + '.answer', 'Answer')",
            args,
        )
        .await;
        call(
            &browser,
            "editorTest.set(arguments[0], arguments[1] + '.answer.0', arguments[2])",
            vec![json!(language), json!(item), json!(answer)],
        )
        .await;
    }
    shoot(&browser, "3-question.png").await;
    call(&browser, "editorTest.save()", vec![]).await;
    let now = saved_file(&browser, "pages/faq.toml", &faq_before).await;
    let faq: toml::Table = now.parse().unwrap();
    for (language, question) in [
        ("en", "Can the practice edit this site itself?"),
        (
            "es",
            "¿Puede el consultorio editar este sitio por sí mismo?",
        ),
    ] {
        let questions = faq[language]["questions"].as_array().unwrap();
        let count = asked(language);
        assert_eq!(questions.len(), count + 1, "{language}");
        assert_eq!(questions[count]["question"].as_str(), Some(question));
        assert_eq!(questions[count]["id"].as_str(), Some("edit-the-site"));
    }
    let mut remaining = faq_before.lines().peekable();
    for line in now.lines() {
        if remaining.peek() == Some(&line) {
            remaining.next();
        }
    }
    assert_eq!(
        remaining.next(),
        None,
        "every line before is still there, in order"
    );

    // A new photo, uploaded where the image pipeline reads it: a JPEG the
    // build made of another photo, so that its bytes are new to the editor.
    let portrait = std::fs::read_dir(dist_dir().join("assets"))
        .unwrap()
        .flatten()
        .map(|entry| entry.path())
        .find(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            name.starts_with("samuel-okoye-720w-") && name.ends_with(".jpg")
        })
        .expect("the build's largest copy of a photo");
    let ruth_before = original("clinicians/ruth-alvarado.toml");
    open_entry(&browser, "clinicians/entries/ruth-alvarado").await;
    call(
        &browser,
        "editorTest.upload('en', 'photo.file', 'new-portrait.jpg', 'image/jpeg', arguments[0])",
        vec![json!(
            base64::engine::general_purpose::STANDARD.encode(std::fs::read(portrait).unwrap())
        )],
    )
    .await;
    call(&browser, "editorTest.save()", vec![]).await;
    let ruth = saved_file(&browser, "clinicians/ruth-alvarado.toml", &ruth_before).await;
    assert!(
        !read(&browser, "photos/new-portrait.jpg").await.is_empty(),
        "the photo is in content/photos"
    );
    assert_eq!(
        changed_lines(&ruth_before, &ruth),
        vec![
            (
                "file = \"ruth-alvarado.png\"".to_owned(),
                "file = \"new-portrait.jpg\"".to_owned()
            );
            2
        ],
        "the photo's file, in both languages"
    );

    // The rebuilt site.
    let rebuilt = tempfile::tempdir().unwrap();
    copy_out(&browser, rebuilt.path()).await;
    let edited = rebuilt.path().join("content");
    let dist = rebuilt.path().join("dist");
    let started = Instant::now();
    let output = build(&edited, &dist);
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
    let page = std::fs::read_to_string(dist.join("clinicians/ruth-alvarado/index.html")).unwrap();
    assert!(
        page.contains("/assets/new-portrait-"),
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
    // The rebuilt site in a browser of its own: its filter finds the new
    // question in both languages.
    let visitor = Browser::start_with(DESKTOP, StaticServer::start(dist.clone()), true).await;
    for (path, word, question) in [
        ("/faq", "editor", "Can the practice edit this site itself?"),
        (
            "/es/faq",
            "navegador",
            "¿Puede el consultorio editar este sitio por sí mismo?",
        ),
    ] {
        visitor.open(path).await;
        let input = visitor.find("#faq-filter-input").await;
        input.send_keys(word).await.unwrap();
        visitor
            .wait_until(
                "document.querySelectorAll('.faq-item:not([hidden])').length === 1",
                "the filter finds the one new question",
            )
            .await;
        let shown = visitor
            .eval("return document.querySelector('.faq-item:not([hidden]) .faq-item__question').textContent.trim()")
            .await;
        assert_eq!(shown, Value::from(question), "{path}");
    }
    visitor.finish().await;

    // An edit only the build can judge: the count sentence without the
    // number it must hold stops the build at its file, line and field.
    let faq_before = read(&browser, "pages/faq.toml").await;
    open_entry(&browser, "pages/entries/faq").await;
    call(
        &browser,
        "editorTest.set('en', 'count_many', 'Several questions match.')",
        vec![],
    )
    .await;
    call(&browser, "editorTest.save()", vec![]).await;
    let now = saved_file(&browser, "pages/faq.toml", &faq_before).await;
    let line = now
        .lines()
        .position(|line| line == "count_many = \"Several questions match.\"")
        .expect("the edit is saved")
        + 1;
    copy_out(&browser, rebuilt.path()).await;
    let output = build(&edited, &dist);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "the build went on");
    assert!(
        stderr.contains(&format!("pages/faq.toml:{line}: field `en.count_many`")),
        "{stderr}"
    );

    // For the guide: whether a clinician takes new clients.
    open_entry(&browser, "clinicians/entries/ruth-alvarado").await;
    call(
        &browser,
        "editorTest.reveal('en', 'availability.status')",
        vec![],
    )
    .await;
    shoot(&browser, "4-availability.png").await;

    // Nothing left the machine, and the editor said nothing went wrong.
    browser.finish().await;
}
