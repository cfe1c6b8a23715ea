//! Quality gate: axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules on
//! every route in every language, light and dark, at 320 and 1280 CSS
//! pixels, and again with the widgets open and in high contrast. Zero
//! violations.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use practice_site::content::editions;
use support::{routed_pages, Browser, DESKTOP};

const SCREENS: [(u32, bool); 4] = [(320, false), (320, true), (1280, false), (1280, true)];

#[tokio::test]
async fn every_route_passes_axe_in_both_schemes_at_phone_and_desktop_widths() {
    let browser = Browser::start(DESKTOP).await;
    let mut found = Vec::new();
    let mut paths: Vec<String> = routed_pages()
        .into_iter()
        .map(|(path, _, _)| path)
        .collect();
    // The translations, under /<language>/.
    paths.extend(editions()[1..].iter().flat_map(|edition| {
        let language = edition.site.language.as_str();
        edition
            .routed()
            .into_iter()
            .map(move |(slug, _)| format!("/{language}/{slug}"))
    }));
    paths.push("/no-such-page".into());
    for (width, dark) in SCREENS {
        browser.emulate_screen(width, dark).await;
        for path in &paths {
            browser.open(path).await;
            for violation in browser.axe_violations().await {
                found.push(format!(
                    "{path} at {width}px{}: {violation}",
                    if dark { ", dark" } else { "" }
                ));
            }
        }
    }
    assert!(
        found.is_empty(),
        "axe found violations:\n{}",
        found.join("\n")
    );
    browser
        .finish_expecting(&[
            "/no-such-page - Failed to load resource: the server responded with a status of 404",
        ])
        .await;
}

#[tokio::test]
async fn open_widgets_pass_axe_too() {
    let browser = Browser::start(DESKTOP).await;
    let mut found = Vec::new();
    for (width, dark) in SCREENS {
        browser.emulate_screen(width, dark).await;
        let scheme = if dark { "dark" } else { "light" };
        let mut check = |what: &str, violations: Vec<String>| {
            found.extend(
                violations
                    .into_iter()
                    .map(|v| format!("{what} at {width}px {scheme}: {v}")),
            );
        };

        browser.open("/relational-psychotherapy").await;
        browser
            .find(".principle-card__toggle")
            .await
            .click()
            .await
            .unwrap();
        check("an open principle card", browser.axe_violations().await);

        browser.open("/roots").await;
        browser
            .find("#self-psychology .term__toggle")
            .await
            .click()
            .await
            .unwrap();
        check(
            "an open glossary definition",
            browser.axe_violations().await,
        );

        browser.open("/contact").await;
        browser.send_request().await;
        browser.wait_for("#consult-errors").await;
        check(
            "the contact form showing its errors",
            browser.axe_violations().await,
        );

        browser.open("/faq").await;
        browser
            .find("#faq-filter-input")
            .await
            .send_keys("online")
            .await
            .unwrap();
        browser
            .wait_until(
                "document.querySelector('.faq-filter__status').textContent !== ''",
                "the filter applies",
            )
            .await;
        check("the filtered FAQ", browser.axe_violations().await);

        browser.open("/").await;
        browser
            .find("#preferences-toggle")
            .await
            .click()
            .await
            .unwrap();
        check(
            "the open reading preferences",
            browser.axe_violations().await,
        );
        browser
            .find("label[for='preference-theme-3']")
            .await
            .click()
            .await
            .unwrap();
        check("the high-contrast theme", browser.axe_violations().await);
        browser
            .find("#preferences-panel .button--secondary")
            .await
            .click()
            .await
            .unwrap();
        if width < 600 {
            browser
                .find(".site-nav__menu-toggle")
                .await
                .click()
                .await
                .unwrap();
            check("the open phone menu", browser.axe_violations().await);
        } else {
            browser
                .find("#site-nav-group-0-button")
                .await
                .click()
                .await
                .unwrap();
            check("an open navigation group", browser.axe_violations().await);
        }
    }
    assert!(
        found.is_empty(),
        "axe found violations:\n{}",
        found.join("\n")
    );
    browser.finish().await;
}

#[tokio::test]
async fn the_gate_catches_a_deliberately_broken_page() {
    let browser = Browser::start(DESKTOP).await;
    browser.open("/").await;
    browser
        .eval(
            "const main = document.querySelector('main');
             const image = document.createElement('img');
             image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
             main.append(image);
             const faint = document.createElement('p');
             faint.textContent = 'Hard to read';
             faint.style.color = '#c8c8c8';
             main.append(faint);",
        )
        .await;
    let violations = browser.axe_violations().await.join("\n");
    assert!(violations.contains("image-alt"), "{violations}");
    assert!(violations.contains("color-contrast"), "{violations}");
    browser.finish().await;
}
