//! The pre-rendered pages in Chromium: taken over by the wasm without being
//! rebuilt, readable and navigable with JavaScript off, working from a
//! sub-path, and free of Content-Security-Policy violations under the
//! deploy config's headers.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use practice_site::content::CONTENT;
use support::{dist_dir, subpath_dist, Browser, StaticServer, DESKTOP, PHONE};

/// Keeps the pre-rendered `<h1>` as it stands before any script of the page
/// runs, and records every CSP violation.
const WATCH_PAGE: &str = "
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
        window.__cspViolations.push(event.violatedDirective + ' ' + event.blockedURI);
    });
    document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') {
            window.__prerenderedHeading = document.querySelector('main h1');
        }
    });
";

fn routes() -> Vec<String> {
    CONTENT
        .pages
        .routed()
        .into_iter()
        .map(|(slug, _)| format!("/{slug}"))
        .collect()
}

/// Clicks the phone menu button until the app answers: proof of hydration.
async fn wait_until_interactive(browser: &Browser) {
    browser
        .find(".site-nav__menu-toggle")
        .await
        .click()
        .await
        .unwrap();
    browser
        .wait_until(
            "document.querySelector('.site-nav__menu-toggle').getAttribute('aria-expanded') === 'true'",
            "the menu button answers a click after hydration",
        )
        .await;
}

#[tokio::test]
async fn every_route_is_hydrated_in_place_and_becomes_interactive() {
    let browser = Browser::start(PHONE).await;
    browser.before_every_page(WATCH_PAGE).await;
    for path in routes() {
        browser.open(&path).await;
        wait_until_interactive(&browser).await;
        assert_eq!(
            browser
                .eval("return window.__prerenderedHeading === document.querySelector('main h1') && document.contains(window.__prerenderedHeading)")
                .await,
            true,
            "{path}: the pre-rendered heading is still the one on the page (hydrated, not re-created)"
        );
        assert_eq!(
            browser
                .eval("return document.querySelectorAll('main h1').length")
                .await,
            1,
            "{path}: nothing was rendered twice"
        );
        assert_eq!(
            browser.eval("return window.__cspViolations").await,
            serde_json::json!([]),
            "{path}: no Content-Security-Policy violations"
        );
    }
    browser.finish().await;
}

#[tokio::test]
async fn with_javascript_off_every_page_reads_and_the_links_navigate() {
    let browser = Browser::start_with(PHONE, StaticServer::start(dist_dir()), false).await;
    for path in routes() {
        browser.client.goto(&browser.site.url(&path)).await.unwrap();
        let heading = CONTENT
            .page(path.trim_start_matches('/'))
            .unwrap()
            .heading
            .as_str();
        assert_eq!(browser.heading().await, heading, "{path}");
        assert!(
            browser
                .find("#site-nav-panel a[href='/roots']")
                .await
                .is_displayed()
                .await
                .unwrap(),
            "{path}: the navigation is a plain list of links"
        );
        assert!(!browser
            .find(".site-nav__menu-toggle")
            .await
            .is_displayed()
            .await
            .unwrap());
    }
    browser
        .client
        .goto(&browser.site.url("/relational-psychotherapy"))
        .await
        .unwrap();
    assert!(
        browser
            .find("#principle-1-detail")
            .await
            .is_displayed()
            .await
            .unwrap(),
        "principle cards are open"
    );
    browser
        .find("footer a[href='/roots']")
        .await
        .click()
        .await
        .unwrap();
    assert_eq!(
        browser.path().await,
        "/roots",
        "a real link, followed by the browser"
    );
    for tradition in CONTENT.pages.roots.traditions.iter() {
        let panel = browser.find(&format!("#{}", tradition.id.as_str())).await;
        assert!(
            panel.is_displayed().await.unwrap(),
            "every tradition is listed"
        );
    }
    browser.finish().await;
}

#[tokio::test]
async fn built_for_a_sub_path_every_route_and_asset_loads_under_it() {
    let site = StaticServer::start_at(subpath_dist(), "/practice");
    let browser = Browser::start_with(DESKTOP, site, true).await;
    for path in routes() {
        browser.open(&path).await;
        let slug = path.trim_start_matches('/');
        assert_eq!(
            browser.heading().await,
            CONTENT.page(slug).unwrap().heading.as_str()
        );
        let outside = browser
            .eval(
                "return [...document.querySelectorAll('link[href], script[src], a[href^=\"/\"]')] \
                 .map(e => e.getAttribute('href') || e.getAttribute('src')) \
                 .filter(url => url.startsWith('/') && !url.startsWith('/practice/') && url !== '/practice')",
            )
            .await;
        assert_eq!(
            outside,
            serde_json::json!([]),
            "{path}: every link and asset is under /practice"
        );
    }
    browser.open("/").await;
    browser
        .find("#site-nav-group-0-button")
        .await
        .click()
        .await
        .unwrap();
    browser
        .find("#site-nav-group-0 a[href='/practice/roots']")
        .await
        .click()
        .await
        .unwrap();
    browser
        .wait_until(
            "location.pathname === '/practice/roots'",
            "navigation stays under /practice",
        )
        .await;
    browser
        .wait_for_heading(CONTENT.pages.roots.page.heading.as_str())
        .await;
    browser.finish().await;
}
