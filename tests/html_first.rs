//! Every control works from the first paint, with the platform alone: on a
//! slow phone before the wasm has arrived, with the wasm failing, and with
//! JavaScript off. An island that fails leaves the others working.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use fantoccini::key::Key;
use fantoccini::Locator;
use practice_site::content::{editions, language_prefix};
use std::sync::atomic::Ordering;
use support::{dist_dir, subpath_dist, Browser, Shown, StaticServer, DESKTOP, PHONE};

fn key(key: Key) -> String {
    char::from(key).to_string()
}

/// Every routed page in every language.
fn every_route() -> Vec<String> {
    editions()
        .iter()
        .flat_map(|edition| {
            let prefix = language_prefix(edition.site.language.as_str());
            edition
                .routed()
                .into_iter()
                .map(move |(slug, _)| format!("{prefix}/{slug}"))
        })
        .collect()
}

/// The elements inside `main` that stay hidden after everything was opened,
/// except the empty places for a form's errors and outcome.
const STILL_HIDDEN: &str = "return [...document.querySelectorAll('main [hidden]')] \
     .filter(e => !e.matches('.form-errors, .field__error, .consult__message, .consult__mismatch, .faq-filter__clear')) \
     .map(e => e.outerHTML.slice(0, 80))";

/// On the page at `path` (a phone-sized window), the Menu, every disclosure,
/// glossary definition, tradition and step opens, with nothing the wasm
/// does; the controls that need the wasm are not shown.
async fn every_control_works_without_the_wasm(browser: &Browser, path: &str) {
    browser.visit(path).await;
    // Once the wasm is known to have failed, what needs it is hidden and
    // what was below moves up: a click made as it moves lands on the next
    // question (seen in Chromium). Clicks are made on the settled page.
    if browser.site.capture().wasm_failing.load(Ordering::SeqCst) {
        browser.wait_for_wasm_failure().await;
    }
    let menu = browser.find(".site-nav__menu-toggle").await;
    menu.click().await.unwrap();
    assert!(
        browser.is_open("#site-nav-panel").await
            && browser
                .find("#site-nav-panel .site-nav__link")
                .await
                .shown()
                .await,
        "{path}: the Menu opens"
    );
    browser.press(&key(Key::Escape)).await;
    assert!(
        !browser.is_open("#site-nav-panel").await,
        "{path}: Escape closes it"
    );

    for summary in browser
        .client
        .find_all(Locator::Css("main details > summary"))
        .await
        .unwrap()
    {
        summary
            .click()
            .await
            .unwrap_or_else(|error| panic!("{path}: a disclosure cannot be clicked: {error}"));
    }
    assert_eq!(
        browser
            .eval("return [...document.querySelectorAll('main details')].filter(d => !d.open || !d.querySelector('summary + *').checkVisibility()).length")
            .await,
        0,
        "{path}: every disclosure opens"
    );

    let terms = browser
        .client
        .find_all(Locator::Css("main .term__toggle"))
        .await
        .unwrap();
    for term in terms {
        // Those in a tradition not shown are reached with their tradition.
        if !term.shown().await {
            continue;
        }
        let definition = term.attr("popovertarget").await.unwrap().unwrap();
        term.click().await.unwrap();
        assert!(
            browser.is_open(&format!("#{definition}")).await,
            "{path}: a glossary mark opens its definition"
        );
        browser.press(&key(Key::Escape)).await;
    }

    let shown = |selector: &str| {
        format!(
            "return [...document.querySelectorAll('{selector}')].filter(e => e.checkVisibility()).map(e => e.id)"
        )
    };
    for link in browser
        .client
        .find_all(Locator::Css(".roots-explorer__tabs a, .steps__nav-link"))
        .await
        .unwrap()
    {
        // WebKit's driver answers with the resolved address, not the attribute.
        let href = link.attr("href").await.unwrap().unwrap();
        let target = href.rsplit_once('#').map_or(href.as_str(), |(_, id)| id);
        link.click().await.unwrap();
        assert_eq!(
            browser
                .eval(&shown(".roots-explorer__panel, .steps__step"))
                .await,
            serde_json::json!([target]),
            "{path}: the link shows what it names, alone"
        );
    }
    if browser
        .eval("return !!document.querySelector('.steps')")
        .await
        == true
    {
        let first = browser
            .eval("return document.querySelector('.steps__step').id")
            .await;
        browser
            .visit(&format!("{path}#{}", first.as_str().unwrap()))
            .await;
        let steps = browser
            .eval("return document.querySelectorAll('.steps__step').length")
            .await;
        for number in 2..=steps.as_u64().unwrap() {
            browser
                .client
                .find(Locator::Css(".steps__step:target .steps__next"))
                .await
                .unwrap()
                .click()
                .await
                .unwrap();
            assert_eq!(
                browser
                    .eval("return [...document.querySelectorAll('.steps__step')].findIndex(s => s.checkVisibility()) + 1")
                    .await,
                number,
                "{path}: Next reaches every step"
            );
        }
    }

    assert_eq!(
        browser.eval(STILL_HIDDEN).await,
        serde_json::json!([]),
        "{path}: no content stays hidden"
    );
    assert_eq!(
        browser
            .eval("return [...document.querySelectorAll('.needs-wasm')].filter(e => e.checkVisibility()).length")
            .await,
        0,
        "{path}: what needs the wasm is not offered"
    );
}

/// On a desktop-wide page, the navigation's dropdowns open one at a time.
async fn the_dropdowns_work_without_the_wasm(browser: &Browser) {
    browser.emulate_screen(1280, false).await;
    browser.visit("/").await;
    for group in ["#site-nav-group-0", "#site-nav-group-1"] {
        browser.click(&format!("{group}-button")).await;
        assert!(browser.is_open(group).await, "{group} opens");
    }
    assert!(
        !browser.is_open("#site-nav-group-0").await,
        "one group at a time"
    );
}

#[tokio::test]
async fn with_the_wasm_failing_every_page_works_in_every_language() {
    let site = StaticServer::start(dist_dir());
    site.capture().wasm_failing.store(true, Ordering::SeqCst);
    let browser = Browser::start_with(PHONE, site, true).await;
    for path in every_route() {
        every_control_works_without_the_wasm(&browser, &path).await;
    }
    the_dropdowns_work_without_the_wasm(&browser).await;
    // The wasm's own failure, named once per page, and the failed request.
    browser
        .finish_expecting(&[
            "the server responded with a status of 503",
            "The site's wasm did not start; every page works without it.",
        ])
        .await;
}

#[tokio::test]
async fn with_javascript_off_every_page_works_in_every_language() {
    let browser = Browser::start_with(PHONE, StaticServer::start(dist_dir()), false).await;
    for path in every_route() {
        every_control_works_without_the_wasm(&browser, &path).await;
    }
    the_dropdowns_work_without_the_wasm(&browser).await;
    browser.finish().await;
}

#[tokio::test]
async fn without_the_wasm_the_contact_form_checks_and_sends_and_loses_nothing() {
    let site = StaticServer::start(dist_dir());
    site.capture().wasm_failing.store(true, Ordering::SeqCst);
    let browser = Browser::start_with(PHONE, site, true).await;
    browser.visit("/contact").await;
    browser.send_request().await;
    assert_eq!(
        browser.path().await,
        "/contact",
        "an empty form goes nowhere"
    );
    assert!(
        browser.focused().await.starts_with("input#consult-name"),
        "the browser points to the first answer needed: {}",
        browser.focused().await
    );
    browser.fill_in_request("phone", "self-pay").await;
    assert!(
        browser.find("#consult-phone").await.shown().await
            && browser.find(".good-faith").await.shown().await
            && !browser.find("#consult-email").await.shown().await,
        "the choices show their contact detail and notice"
    );
    browser
        .find(".consult__fallback a[href^='tel:']")
        .await
        .shown()
        .await;
    // Sending opens an email with the answers (a mailto: form), and the
    // page stays as it was.
    assert!(browser
        .eval("return document.querySelector('.consult__form').action")
        .await
        .as_str()
        .unwrap()
        .starts_with("mailto:"));
    browser.wait_for_wasm_failure().await;
    browser.send_request().await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    browser.back_from_mail_draft().await;
    assert_eq!(browser.path().await, "/contact");
    assert_eq!(
        browser
            .find("#consult-name")
            .await
            .prop("value")
            .await
            .unwrap()
            .as_deref(),
        Some("Alex Rivera"),
        "nothing typed is lost"
    );
    browser
        .finish_expecting(&[
            "the server responded with a status of 503",
            "The site's wasm did not start",
        ])
        .await;
}

#[tokio::test]
async fn without_the_wasm_a_form_with_an_endpoint_posts_to_it() {
    let site = StaticServer::start_at(subpath_dist(), "/practice");
    let capture = site.capture().clone();
    capture.wasm_failing.store(true, Ordering::SeqCst);
    let browser = Browser::start_with(DESKTOP, site, true).await;
    browser.visit("/contact").await;
    browser.fill_in_request("phone", "self-pay").await;
    browser.wait_for_wasm_failure().await;
    browser.send_request().await;
    browser
        .wait_until(
            "location.pathname === '/practice/api/consultation'",
            "the form is posted",
        )
        .await;
    let received = capture.received.lock().unwrap().clone();
    assert_eq!(received.len(), 1);
    assert!(received[0]
        .0
        .starts_with("/practice/api/consultation?done="));
    assert!(
        received[0].1.contains("name=Alex+Rivera")
            && received[0].1.contains("phone=%28503%29+555-0100"),
        "as a plain form post: {}",
        received[0].1
    );
    browser
        .finish_expecting(&[
            "the server responded with a status of 503",
            "The site's wasm did not start",
        ])
        .await;
}

/// Counts taps made while the wasm has not yet hydrated the page.
const COUNT_EARLY_TAPS: &str = "
    window.__earlyTaps = 0;
    addEventListener('click', () => {
        if (performance.getEntriesByName('hydrated').length === 0) window.__earlyTaps += 1;
    }, true);
";

/// Taps `css` and asserts that the wasm had not yet arrived when it did.
async fn tap_before_hydration(browser: &Browser, css: &str) {
    browser.find(css).await.click().await.unwrap();
    assert_eq!(
        browser.eval("return window.__earlyTaps").await,
        1,
        "{css} was tapped before the islands came to life"
    );
    if !browser.engine.has_devtools() {
        // Leaving while the held-back wasm is still on its way would end
        // its download, which Firefox reports as the wasm failing.
        browser
            .wait_until(
                "performance.getEntriesByName('hydrated').length > 0",
                "the wasm has arrived",
            )
            .await;
    }
}

#[tokio::test]
async fn on_a_slow_phone_a_tap_right_after_the_first_paint_is_answered() {
    let browser = Browser::start(PHONE).await;
    browser.before_every_page(COUNT_EARLY_TAPS).await;
    if browser.engine.has_devtools() {
        browser.throttle_like_a_phone().await;
    } else {
        // Without DevTools' throttling, a slow network for the wasm alone.
        browser
            .site
            .capture()
            .wasm_delay_ms
            .store(1500, Ordering::SeqCst);
    }

    browser.visit("/").await;
    tap_before_hydration(&browser, ".site-nav__menu-toggle").await;
    assert!(browser.is_open("#site-nav-panel").await, "the Menu opens");

    browser.visit("/relational-psychotherapy").await;
    tap_before_hydration(&browser, ".principle-card summary").await;
    assert!(
        browser.is_open(".principle-card details").await,
        "a principle card opens"
    );

    browser.visit("/faq").await;
    tap_before_hydration(&browser, ".faq-item summary").await;
    assert!(
        browser.is_open(".faq-item details").await,
        "an answer opens"
    );
    // Words typed before the wasm are filtered for once it is there.
    browser
        .find("#faq-filter-input")
        .await
        .send_keys("zzqx")
        .await
        .unwrap();
    browser
        .wait_until(
            "document.querySelectorAll('.faq-item:not([hidden])').length === 0",
            "the early words are filtered for",
        )
        .await;

    // A button that needs the wasm keeps its press until the wasm is there.
    browser.visit("/fees").await;
    tap_before_hydration(&browser, "#preferences-toggle").await;
    browser
        .wait_until(
            "!document.getElementById('preferences-panel').hidden",
            "the early press opens the panel once the wasm has arrived",
        )
        .await;

    browser.emulate_screen(1280, false).await;
    browser.visit("/").await;
    tap_before_hydration(&browser, "#site-nav-group-0-button").await;
    assert!(
        browser.is_open("#site-nav-group-0").await,
        "a navigation group opens"
    );
    browser.finish().await;
}

#[tokio::test]
async fn one_island_that_fails_leaves_the_others_working() {
    let browser = Browser::start(DESKTOP).await;
    // The first island on the page (the reading preferences) meets a browser
    // API that throws while it hydrates.
    browser
        .before_every_page(
            "const child = Object.getOwnPropertyDescriptor(Node.prototype, 'firstChild').get;
             Object.defineProperty(Node.prototype, 'firstChild', {
                 get() {
                     if (this.parentElement?.closest('leptos-island[data-component^=PreferencesIsland]')) {
                         throw new Error('an injected failure');
                     }
                     return child.call(this);
                 },
             });",
        )
        .await;
    browser.open("/roots").await;
    assert_eq!(
        browser
            .eval("return [...document.querySelectorAll('leptos-island:not([data-hydrated])')].map(i => i.dataset.component.replace(/_[0-9]+$/, ''))")
            .await,
        serde_json::json!(["PreferencesIsland"]),
        "only the broken island did not start"
    );
    // The ones after it did: the traditions are tabs, by keyboard too.
    browser.click("#tab-trauma-theory").await;
    browser.press(&key(Key::Right)).await;
    assert_eq!(
        browser
            .eval("return document.querySelector('[role=tab][aria-selected=true]').id")
            .await,
        "tab-feminist-theories",
    );
    browser
        .finish_expecting(&[
            "The island PreferencesIsland did not start; the rest of the page works without it.",
        ])
        .await;
}
