//! The pre-rendered pages in the engine under test: taken over by the wasm
//! without being rebuilt, readable and navigable with JavaScript off, working
//! from a sub-path, and free of Content-Security-Policy violations under the
//! deploy config's headers.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use practice_site::content::main_edition;
use support::{
    dist_dir, engine_check_dist, subpath_dist, Browser, Engine, StaticServer, DESKTOP, PHONE,
};

/// Keeps the pre-rendered `<h1>` as it stands before any script of the page
/// runs, and records every CSP violation and every layout shift.
const WATCH_PAGE: &str = "
    window.__shifts = [];
    // The Layout Instability API is Chromium's alone; elsewhere nothing is
    // watched (https://developer.mozilla.org/docs/Web/API/LayoutShift#browser_compatibility).
    if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) new PerformanceObserver((list) => {
        // Each shift with what moved, from where to where, so that a
        // failure names its cause.
        const place = (rect) => `${Math.round(rect.x)},${Math.round(rect.y)} ${Math.round(rect.width)}x${Math.round(rect.height)}`;
        const name = (node) => !node ? '?' : node.nodeType !== 1 ? node.nodeName
            : node.localName + (node.id ? '#' + node.id : '') + (node.classList.length ? '.' + [...node.classList].join('.') : '');
        for (const shift of list.getEntries()) {
            const moved = shift.sources.map((source) =>
                `${name(source.node)} ${place(source.previousRect)} -> ${place(source.currentRect)}`);
            window.__shifts.push(`${shift.value.toFixed(4)} at ${Math.round(shift.startTime)} ms (${document.readyState}): ${moved.join('; ')}`);
        }
    }).observe({ type: 'layout-shift', buffered: true });
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
    main_edition()
        .routed()
        .into_iter()
        .map(|(slug, _)| format!("/{slug}"))
        .collect()
}

/// Waits until every island on the page has come to life, and two frames
/// more, so that any layout shift it caused has been reported.
async fn wait_until_interactive(browser: &Browser) {
    browser
        .wait_until(
            "document.querySelector('leptos-island') && !document.querySelector('leptos-island:not([data-hydrated])')",
            "every island is hydrated",
        )
        .await;
    browser
        .client
        .execute_async(
            "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(done));",
            vec![],
        )
        .await
        .unwrap();
}

#[tokio::test]
async fn every_route_is_hydrated_in_place_and_nothing_moves() {
    let browser = Browser::start(PHONE).await;
    browser.before_every_page(WATCH_PAGE).await;
    // Every route on a phone, and again at desktop width.
    let phone = routes().into_iter().map(|path| (path, false));
    let desktop = routes().into_iter().map(|path| (path, true));
    for (path, wide) in phone.chain(desktop) {
        if wide {
            browser.emulate_screen(DESKTOP.0, false).await;
        }
        browser.open(&path).await;
        wait_until_interactive(&browser).await;
        assert_eq!(
            browser.eval("return window.__shifts").await,
            serde_json::json!([]),
            "{path} (wide: {wide}): nothing on the page moved, from the first paint to hydration"
        );
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
    if !browser.engine.has_devtools() {
        browser.finish().await;
        return;
    }
    // The watch sees a shift when there is one.
    browser
        .eval("const block = document.createElement('div'); block.style.height = '200px'; document.querySelector('main h1').before(block);")
        .await;
    wait_until_interactive(&browser).await;
    assert_ne!(
        browser.eval("return window.__shifts").await,
        serde_json::json!([]),
        "a block pushed in above the heading is seen as a layout shift"
    );
    browser.finish().await;
}

#[tokio::test]
async fn with_javascript_off_every_page_reads_and_the_links_navigate() {
    // What each control does without script is tested in html_first.rs.
    let browser = Browser::start_with(PHONE, StaticServer::start(dist_dir()), false).await;
    for (slug, heading) in main_edition().routed() {
        let path = format!("/{slug}");
        browser.client.goto(&browser.site.url(&path)).await.unwrap();
        assert_eq!(browser.heading().await, heading, "{path}");
    }
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
    browser.finish().await;
}

#[tokio::test]
async fn built_for_a_sub_path_every_route_and_asset_loads_under_it() {
    let site = StaticServer::start_at(subpath_dist(), "/practice");
    let browser = Browser::start_with(DESKTOP, site, true).await;
    for (slug, heading) in main_edition().routed() {
        let path = format!("/{slug}");
        browser.open(&path).await;
        assert_eq!(browser.heading().await, heading, "{path}");
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
        .wait_for_heading(main_edition().pages.roots.page.heading.as_str())
        .await;
    browser.finish().await;
}

/// Proves the run is in the engine it names: a build whose FAQ filter asks
/// for idle callbacks, which WebKit lacks, loses that island in WebKit alone.
#[tokio::test]
async fn an_island_that_needs_an_api_webkit_lacks_fails_in_webkit_alone() {
    let site = StaticServer::start(engine_check_dist());
    let browser = Browser::start_with(DESKTOP, site, true).await;
    browser.open("/faq").await;
    let in_webkit = browser.engine == Engine::WebKit;
    assert_eq!(
        browser
            .eval("return document.querySelector('leptos-island[data-component^=FaqFilter]').hasAttribute('data-hydrated')")
            .await,
        !in_webkit,
        "the FAQ filter started in {} only if the engine has requestIdleCallback",
        browser.engine.name()
    );
    let expected: &[&str] = if in_webkit {
        &["The island FaqFilter did not start; the rest of the page works without it."]
    } else {
        &[]
    };
    browser.finish_expecting(expected).await;
}
