//! Visitor comfort and safety in Chromium: reading preferences, the quick
//! exit, the language switch and printing. Every test also fails on console
//! problems and on requests beyond 127.0.0.1 (see `support`).
#![cfg(not(target_arch = "wasm32"))]

mod support;

use fantoccini::key::Key;
use practice_site::content::main_edition;
use practice_site::reading_preferences::STORAGE_KEY;
use support::{Browser, DESKTOP, PHONE};

fn key(key: Key) -> String {
    char::from(key).to_string()
}

/// Records, at the first frame of every page, what the visitor would see
/// first: the theme and text size on `<html>` and the page's background.
const FIRST_FRAME: &str = "
    requestAnimationFrame(() => {
        window.__firstFrame = {
            theme: document.documentElement.getAttribute('data-theme'),
            textSize: document.documentElement.getAttribute('data-text-size'),
            background: document.body && getComputedStyle(document.body).backgroundColor,
        };
    });
";

#[tokio::test]
async fn reading_preferences_apply_at_once_persist_and_show_before_the_first_paint() {
    let browser = Browser::start(PHONE).await;
    browser.before_every_page(FIRST_FRAME).await;
    browser.open("/").await;
    let light_background = browser
        .eval("return getComputedStyle(document.body).backgroundColor")
        .await;
    let toggle = browser.find("#preferences-toggle").await;
    toggle.click().await.unwrap();
    browser
        .wait_until(
            "!document.getElementById('preferences-panel').hidden",
            "the panel opens",
        )
        .await;
    browser.click("label[for='preference-theme-2']").await;
    browser.click("label[for='preference-text-size-2']").await;
    assert_eq!(
        browser
            .eval("return [document.documentElement.dataset.theme, document.documentElement.dataset.textSize]")
            .await,
        serde_json::json!(["dark", "larger"]),
        "choices apply at once"
    );
    assert_eq!(
        browser
            .eval(&format!("return localStorage.getItem('{STORAGE_KEY}')"))
            .await,
        serde_json::json!("text-size=larger;theme=dark"),
        "and are saved on this device"
    );
    let dark_background = browser
        .eval("return getComputedStyle(document.body).backgroundColor")
        .await;
    assert_ne!(dark_background, light_background, "the page turns dark");

    for path in ["/fees", "/es/crisis"] {
        browser.open(path).await;
        let first = browser.eval("return window.__firstFrame").await;
        assert_eq!(first["theme"], "dark", "{path}: dark from the first frame");
        assert_eq!(
            first["textSize"], "larger",
            "{path}: larger from the first frame"
        );
        assert_eq!(
            first["background"], dark_background,
            "{path}: no flash of the light theme"
        );
        assert_eq!(
            browser
                .eval("return document.getElementById('preference-theme-2').checked")
                .await,
            true,
            "{path}: the panel shows the saved choice"
        );
    }

    browser.click("#preferences-toggle").await;
    browser.press(&key(Key::Escape)).await;
    assert!(
        browser.focused().await.contains("preferences-toggle"),
        "Escape closes the panel and returns focus to its button"
    );
    browser.click("#preferences-toggle").await;
    browser.click("#preferences-panel .button--secondary").await;
    assert!(
        !browser.stored_anything().await,
        "back to the usual settings, nothing stays saved"
    );
    assert_eq!(
        browser
            .eval("return document.documentElement.hasAttribute('data-theme')")
            .await,
        false
    );
    browser.finish().await;
}

/// Opens a page of the site, then points its quick exit at a stand-in for
/// the neutral site, served by the test server (the real one is elsewhere).
async fn open_with_local_exit(browser: &Browser, path: &str) {
    browser.open(path).await;
    let stand_in = browser.site.url("/sitemap.xml");
    browser
        .eval(&format!(
            "document.querySelector('.quick-exit').href = '{stand_in}'"
        ))
        .await;
}

#[tokio::test]
async fn the_quick_exit_leaves_no_history_entry_to_return_to() {
    let browser = Browser::start(PHONE).await;
    // Where the visitor was before the practice's site.
    browser
        .client
        .goto(&browser.site.url("/robots.txt"))
        .await
        .unwrap();
    let exit = &main_edition().site.quick_exit;
    open_with_local_exit(&browser, "/crisis").await;
    let link = browser.find(".crisis-strip .quick-exit").await;
    assert_eq!(link.text().await.unwrap(), exit.label.as_str());
    link.click().await.unwrap();
    browser
        .wait_until(
            "location.pathname === '/sitemap.xml'",
            "the exit leaves at once",
        )
        .await;
    browser.client.back().await.unwrap();
    browser
        .wait_until(
            "location.pathname === '/robots.txt'",
            "Back skips the page the visitor left",
        )
        .await;

    open_with_local_exit(&browser, "/es/fees").await;
    browser.press(&key(Key::Escape)).await;
    browser.press(&key(Key::Escape)).await;
    browser
        .wait_until(
            "location.pathname === '/sitemap.xml'",
            "Escape twice leaves too",
        )
        .await;
    browser.client.back().await.unwrap();
    browser
        .wait_until(
            "location.pathname === '/robots.txt'",
            "and leaves no way back",
        )
        .await;
    // The stand-in pages are not HTML, so the browser looks for an icon.
    browser.finish_expecting(&["favicon.ico"]).await;
}

/// Waits a moment and asserts that the page is still `path`: no Escape
/// pressed so far took the visitor away.
async fn still_on(browser: &Browser, path: &str, what: &str) {
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(browser.path().await, path, "{what}");
}

/// An Escape as the browser sends it, with the given details.
async fn escape_event(browser: &Browser, details: &str) {
    browser
        .eval(&format!(
            "(document.activeElement || document.body).dispatchEvent(new KeyboardEvent('keydown', \
             {{ key: 'Escape', bubbles: true, cancelable: true, {details} }}))"
        ))
        .await;
}

#[tokio::test]
async fn the_quick_exit_ignores_an_escape_held_down_or_used_by_the_page() {
    let browser = Browser::start(PHONE).await;
    open_with_local_exit(&browser, "/roots").await;

    // Held down: one press and the key's repeats.
    escape_event(&browser, "repeat: false").await;
    for _ in 0..5 {
        escape_event(&browser, "repeat: true").await;
    }
    still_on(&browser, "/roots", "a held-down Escape is one press").await;
    // Ending an input method's composition.
    escape_event(&browser, "isComposing: true").await;
    escape_event(&browser, "isComposing: true").await;
    still_on(&browser, "/roots", "Escape that cancels a composition").await;
    // Safari has ended the composition by keydown (isComposing false), but
    // says keyCode 229; defined on the event, as no engine takes it in init.
    for _ in 0..2 {
        browser
            .eval(
                "const press = new KeyboardEvent('keydown', \
                 { key: 'Escape', bubbles: true, cancelable: true }); \
                 Object.defineProperty(press, 'keyCode', { value: 229 }); \
                 (document.activeElement || document.body).dispatchEvent(press)",
            )
            .await;
    }
    still_on(
        &browser,
        "/roots",
        "Escape that ends a composition in Safari",
    )
    .await;
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;

    // Escapes the page used: closing the Menu, then a glossary definition.
    browser.click(".site-nav__menu-toggle").await;
    browser.press(&key(Key::Escape)).await;
    assert!(!browser.is_open("#site-nav-panel").await);
    browser.click("#self-psychology .term__toggle").await;
    browser.press(&key(Key::Escape)).await;
    still_on(
        &browser,
        "/roots",
        "Escapes that closed a menu and a definition",
    )
    .await;
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;

    // Closing the reading preferences, then clearing a search box.
    open_with_local_exit(&browser, "/faq").await;
    browser.click("#preferences-toggle").await;
    browser.press(&key(Key::Escape)).await;
    assert!(
        browser
            .eval("return document.getElementById('preferences-panel').hidden")
            .await
            == true
    );
    let search = browser.find("#faq-filter-input").await;
    search.send_keys("fees").await.unwrap();
    browser.press(&key(Key::Escape)).await;
    assert_eq!(search.prop("value").await.unwrap().as_deref(), Some(""));
    still_on(
        &browser,
        "/faq",
        "Escapes that closed a panel and cleared a search",
    )
    .await;
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;

    // Two deliberate presses still leave, from a text field too.
    open_with_local_exit(&browser, "/contact").await;
    let name = browser.find("#consult-name").await;
    name.send_keys("Alex").await.unwrap();
    name.send_keys(&format!("{}{}", key(Key::Escape), key(Key::Escape)))
        .await
        .unwrap();
    browser
        .wait_until(
            "location.pathname === '/sitemap.xml'",
            "Escape twice from a field leaves",
        )
        .await;
    browser.finish_expecting(&["favicon.ico"]).await;
}

#[tokio::test]
async fn with_storage_blocked_the_preferences_apply_for_the_visit() {
    let browser = Browser::start(PHONE).await;
    browser
        .before_every_page(
            "Object.defineProperty(window, 'localStorage', {
                 get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
             });",
        )
        .await;
    browser.open("/").await;
    browser.click("#preferences-toggle").await;
    browser.click("label[for='preference-theme-2']").await;
    assert_eq!(
        browser
            .eval("return document.documentElement.dataset.theme")
            .await,
        "dark",
        "the choice applies all the same"
    );
    browser.click(".preferences__reset").await;
    assert_eq!(
        browser
            .eval("return document.documentElement.dataset.theme ?? null")
            .await,
        serde_json::Value::Null
    );
    // Nothing threw: `finish` fails on any console error.
    browser.finish().await;
}

#[tokio::test]
async fn the_language_switch_keeps_the_page() {
    let browser = Browser::start(DESKTOP).await;
    browser.open("/fees").await;
    let switch = browser.find(".language-switch a").await;
    assert_eq!(
        switch.text().await.unwrap(),
        practice_site::content::editions()[1]
            .site
            .language_name
            .as_str()
    );
    switch.click().await.unwrap();
    browser
        .wait_for_heading(
            practice_site::content::editions()[1]
                .pages
                .fees
                .page
                .heading
                .as_str(),
        )
        .await;
    assert_eq!(browser.path().await, "/es/fees");
    assert_eq!(
        browser.eval("return document.documentElement.lang").await,
        "es"
    );
    // Left while its start-up script is still loading, Firefox reports the
    // script as failed: the page is given the time to start first.
    browser
        .wait_until(
            "performance.getEntriesByName('hydrated').length > 0",
            "the Spanish page is hydrated",
        )
        .await;
    browser.click(".language-switch a").await;
    browser
        .wait_for_heading(main_edition().pages.fees.page.heading.as_str())
        .await;
    assert_eq!(browser.path().await, "/fees");
    browser.finish().await;
}

#[tokio::test]
async fn pages_print_without_chrome_with_everything_open_and_handouts_fit_their_pages() {
    let browser = Browser::start(DESKTOP).await;
    if browser.engine.has_devtools() {
        browser.emulate_media("print").await;
        browser.open("/relational-psychotherapy").await;
        let printed = browser
            .eval(
                "const shown = (css) => [...document.querySelectorAll(css)].some(e => getComputedStyle(e).display !== 'none');
                 const link = document.querySelector('main a[href^=\"/\"]');
                 return {
                   header: shown('.site-header'),
                   strip: shown('.crisis-strip'),
                   closedDetails: [...document.querySelectorAll('.principle-card__detail')].filter(e => getComputedStyle(e).display === 'none').length,
                   linkAddress: link && getComputedStyle(link, '::after').content,
                 };",
            )
            .await;
        assert_eq!(printed["header"], false, "no header or navigation on paper");
        assert_eq!(printed["strip"], false, "no strips on paper");
        assert_eq!(printed["closedDetails"], 0, "every principle prints open");
        assert!(
            printed["linkAddress"]
                .as_str()
                .unwrap_or_default()
                .contains('/'),
            "links show where they go: {printed}"
        );
        browser.emulate_media("").await;
    } else if browser.engine.can_print() {
        // The page as printed, read back from the PDF.
        browser.open("/relational-psychotherapy").await;
        let (printed, _) = browser.printed().await;
        let principles = &main_edition().pages.approach.principles;
        for principle in principles {
            assert!(
                printed.contains(principle.in_practice.as_str()),
                "every principle prints open: {printed}"
            );
        }
        let screen_only = browser
            .eval("return [...document.querySelectorAll('.quick-exit, .crisis-strip__lead, .site-nav__menu-toggle')].map(e => e.textContent.trim().replace(/\\s+/g, ' '))")
            .await;
        for text in screen_only.as_array().into_iter().flatten() {
            let text = text.as_str().unwrap_or_default();
            assert!(
                !text.is_empty() && !printed.contains(text),
                "{text:?} is for the screen only: {printed}"
            );
        }
    } else {
        return print_not_tested(browser).await;
    }

    // The fees page carries the Good Faith Estimate's whole standard notice
    // and each clinician's Medicare and Medicaid standing: one sheet, both
    // sides.
    for (path, most) in [
        ("/first-steps", 1),
        ("/fees", 2),
        ("/crisis", 1),
        ("/es/first-steps", 1),
        ("/es/fees", 2),
        ("/es/crisis", 1),
    ] {
        browser.open(path).await;
        let (printed, sheets) = browser.printed().await;
        assert!(
            sheets <= most,
            "{path} prints as a handout of at most {most} pages: {sheets}"
        );
        if path == "/crisis" {
            assert!(
                printed.contains(" (/") || printed.contains(" (http"),
                "links show where they go: {printed}"
            );
        }
    }
    // The Notice of Privacy Practices is a document of several pages: it
    // prints whole, to its last words, without the chrome.
    for edition in practice_site::content::editions() {
        let notice = edition
            .pages
            .notice(practice_site::PageId::NoticeOfPrivacyPractices)
            .expect("the US sample publishes its notice");
        let path = format!(
            "{}/notice-of-privacy-practices",
            practice_site::content::language_prefix(edition.site.language.as_str())
        );
        browser.open(&path).await;
        let (printed, _) = browser.printed().await;
        let printed = printed.split_whitespace().collect::<Vec<_>>().join(" ");
        let last = notice
            .sections
            .last()
            .unwrap()
            .paragraphs
            .last()
            .unwrap()
            .plain_text();
        let ending: Vec<&str> = last.split_whitespace().collect();
        let ending = ending[ending.len() - 6..].join(" ");
        assert!(
            printed.contains(&ending),
            "{path} prints to its last words, {ending:?}: {printed}"
        );
        assert!(
            !printed.contains(main_edition().site.menu_button.as_str()),
            "{path} prints no menu"
        );
    }
    browser.finish().await;
}

/// Where the driver cannot print, the page still offers its print styles.
async fn print_not_tested(browser: Browser) {
    assert!(support::engine_bug(
        support::Engine::WebKit,
        "https://bugs.webkit.org/show_bug.cgi?id=217173",
        "WebKitWebDriver has neither WebDriver's Print Page nor print emulation",
    ));
    browser.open("/fees").await;
    assert_eq!(
        browser
            .eval("return [...document.styleSheets].some(sheet => [...sheet.cssRules].some(rule => rule.media?.mediaText === 'print'))")
            .await,
        true,
        "the print styles are there for the visitor's own Print"
    );
    browser.finish().await;
}
