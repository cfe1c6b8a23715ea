//! End-to-end: the release build, served on 127.0.0.1, in headless Chromium.
//! Every test ends with `finish`, which also fails on console errors or
//! warnings and on any request that tried to leave 127.0.0.1.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use fantoccini::key::Key;
use practice_site::content::{head_words, main_edition};
use support::{routed_pages, Browser, Shown, DESKTOP, PHONE};

fn key(key: Key) -> String {
    char::from(key).to_string()
}

#[tokio::test]
async fn every_route_shows_its_heading_text_title_and_frame() {
    let browser = Browser::start(PHONE).await;
    // At both widths: the phone's layout moves the frame's parts about.
    for size in [PHONE, DESKTOP] {
        browser.resize(size).await;
        let routes = main_edition().routes();
        for ((path, heading, text), route) in routed_pages().into_iter().zip(routes) {
            browser.open(&path).await;
            let path = format!("{path} at {} px", size.0);
            assert_eq!(browser.heading().await, heading, "heading of {path}");
            let main = browser.find("main").await.text().await.unwrap();
            assert!(main.contains(text), "{path} lacks its text: {text}");
            let (title, description) = head_words(main_edition(), route);
            assert_eq!(
                browser.client.title().await.unwrap(),
                title,
                "title of {path}"
            );
            let shown = browser
                .eval("return document.querySelector('meta[name=description]').content")
                .await;
            assert_eq!(shown, description.as_str(), "description of {path}");
            assert_eq!(
                browser
                    .eval("return document.querySelectorAll('h1').length")
                    .await,
                1,
                "{path} has exactly one h1"
            );
            // The frame: skip link, crisis strip leading to crisis help, footer.
            browser.find(".skip-link[href='#main']").await;
            let strip = browser.find("aside.crisis-strip").await;
            let strip_text = strip.text().await.unwrap();
            for link in main_edition().crisis_strip().strip.iter() {
                assert!(
                    strip_text.contains(link.label.as_str()),
                    "{path}: strip lacks {}",
                    link.label.as_str()
                );
                browser
                    .find(&format!(
                        "aside.crisis-strip a[href='{}']",
                        link.phone.href()
                    ))
                    .await;
            }
            browser.find("aside.crisis-strip a[href='/crisis']").await;
            let footer = browser.find("footer").await.text().await.unwrap();
            assert!(
                footer.contains(main_edition().practice.phone.display()),
                "{path}: footer lacks the phone"
            );
            assert!(
                footer.contains(main_edition().practice.email.as_str()),
                "{path}: footer lacks the email"
            );
        }
    }
    browser.finish().await;
}

#[tokio::test]
async fn an_unknown_path_shows_the_not_found_page_with_a_way_home() {
    let browser = Browser::start(DESKTOP).await;
    browser.open("/no-such-page").await;
    let not_found = &main_edition().pages.not_found;
    assert_eq!(browser.heading().await, not_found.page.heading.as_str());
    assert_eq!(
        browser.client.title().await.unwrap(),
        not_found.page.title.as_str()
    );
    browser
        .find("main a[href='/']")
        .await
        .click()
        .await
        .unwrap();
    browser
        .wait_until("location.pathname === '/'", "the link leads home")
        .await;
    browser.wait_for("main .home__intro").await;
    assert_eq!(browser.path().await, "/");
    browser
        .finish_expecting(&[
            "/no-such-page - Failed to load resource: the server responded with a status of 404",
        ])
        .await;
}

#[tokio::test]
async fn the_header_navigation_works_by_click() {
    let browser = Browser::start(DESKTOP).await;
    browser.open("/").await;
    let toggle = browser.find("#site-nav-group-0-button").await;
    let roots = browser.find("#site-nav-group-0 a[href='/roots']").await;
    assert!(!roots.shown().await, "dropdown starts closed");
    assert_eq!(
        browser
            .accessible("#site-nav-group-0-button")
            .await
            .expanded,
        Some(false)
    );
    toggle.click().await.unwrap();
    assert_eq!(
        browser
            .accessible("#site-nav-group-0-button")
            .await
            .expanded,
        Some(true),
        "the button says its dropdown is open"
    );
    assert!(roots.shown().await, "dropdown opens");
    let below = browser
        .eval(
            "const b = document.getElementById('site-nav-group-0-button').getBoundingClientRect(); \
             const l = document.getElementById('site-nav-group-0').getBoundingClientRect(); \
             return l.top >= b.bottom && l.top - b.bottom < 20 && l.right <= b.right + 1 && l.right > b.right - 40",
        )
        .await;
    assert_eq!(below, true, "the dropdown hangs under its button");
    browser
        .find("#site-nav-group-1-button")
        .await
        .click()
        .await
        .unwrap();
    assert!(
        !browser.is_open("#site-nav-group-0").await && browser.is_open("#site-nav-group-1").await,
        "one group open at a time"
    );
    browser.find("main h1").await.click().await.unwrap();
    assert!(
        !browser.is_open("#site-nav-group-1").await,
        "a click elsewhere closes it"
    );
    toggle.click().await.unwrap();
    roots.click().await.unwrap();
    browser
        .wait_until("location.pathname === '/roots'", "the link navigates")
        .await;
    browser
        .wait_for_heading(main_edition().pages.roots.page.heading.as_str())
        .await;
    // A new page: its own navigation marks where the visitor now is.
    let roots = browser.find("#site-nav-group-0 a[href='/roots']").await;
    assert_eq!(
        roots.attr("aria-current").await.unwrap().as_deref(),
        Some("page")
    );
    assert!(
        !browser.is_open("#site-nav-group-0").await,
        "the new page starts with the dropdown closed"
    );
    browser.finish().await;
}

#[tokio::test]
async fn the_site_can_be_navigated_by_keyboard_alone() {
    let browser = Browser::start(DESKTOP).await;
    browser.open("/").await;
    browser.eval("document.activeElement.blur()").await;
    browser.press(&key(Key::Tab)).await;
    assert!(
        browser.focused().await.contains("skip-link"),
        "Tab reaches the skip link first"
    );
    browser.press(&key(Key::Enter)).await;
    assert!(
        browser.focused().await.starts_with("main#main"),
        "the skip link moves focus to main"
    );

    // From the top again: Tab through the crisis strip to the first group.
    browser.open("/").await;
    let mut reached = false;
    for _ in 0..12 {
        browser.press(&key(Key::Tab)).await;
        if browser.focused().await.contains("site-nav-group-0-button") {
            reached = true;
            break;
        }
    }
    assert!(reached, "Tab reaches the navigation");
    browser.press(&key(Key::Enter)).await;
    assert!(browser.is_open("#site-nav-group-0").await);
    browser.press(&key(Key::Escape)).await;
    assert!(
        !browser.is_open("#site-nav-group-0").await,
        "Escape closes the dropdown"
    );
    assert!(
        browser.focused().await.contains("site-nav-group-0-button"),
        "focus returns to the toggle"
    );
    browser.press(&key(Key::Enter)).await;
    browser.press(&key(Key::Tab)).await;
    assert!(
        browser.focused().await.contains("site-nav__link"),
        "Tab enters the open dropdown"
    );
    browser.press(&key(Key::Escape)).await;
    assert!(
        browser.focused().await.contains("site-nav-group-0-button")
            && !browser.is_open("#site-nav-group-0").await,
        "Escape from a link closes the dropdown and returns focus to its button"
    );
    browser.press(&key(Key::Enter)).await;
    browser.press(&key(Key::Tab)).await;
    // Tabbing on past the group's last link closes it.
    let links = main_edition().site.navigation[0].pages.len();
    for _ in 0..links {
        browser.press(&key(Key::Tab)).await;
    }
    assert!(
        browser.focused().await.contains("site-nav-group-1-button"),
        "{}",
        browser.focused().await
    );
    assert!(
        !browser.is_open("#site-nav-group-0").await,
        "focus moving on closes the group it left"
    );
    browser
        .find("#site-nav-group-0-button")
        .await
        .send_keys(&key(Key::Enter))
        .await
        .unwrap();
    browser.press(&key(Key::Tab)).await;
    browser.press(&key(Key::Enter)).await;
    browser
        .wait_until(
            "location.pathname === '/relational-psychotherapy'",
            "Enter follows the link",
        )
        .await;
    browser
        .wait_for_heading(main_edition().pages.approach.page.heading.as_str())
        .await;
    browser.finish().await;
}

#[tokio::test]
async fn the_phone_menu_opens_closes_and_navigates() {
    let browser = Browser::start(PHONE).await;
    browser.open("/").await;
    let menu = browser.find(".site-nav__menu-toggle").await;
    let panel = browser.find("#site-nav-panel").await;
    let link = browser
        .find("#site-nav-panel a[href='/power-and-culture']")
        .await;
    assert!(menu.shown().await, "the Menu button shows on a phone");
    assert!(!panel.shown().await, "the menu starts closed");
    assert!(
        browser.find("aside.crisis-strip").await.shown().await,
        "the crisis strip stays outside the menu"
    );

    assert_eq!(
        browser.accessible(".site-nav__menu-toggle").await.expanded,
        Some(false)
    );
    menu.click().await.unwrap();
    assert_eq!(
        browser.accessible(".site-nav__menu-toggle").await.expanded,
        Some(true),
        "Menu says it is open"
    );
    assert!(
        link.shown().await,
        "every group's links show in the open menu"
    );
    let under_header = browser
        .eval(
            "const h = document.querySelector('.site-header').getBoundingClientRect(); \
             const p = document.getElementById('site-nav-panel').getBoundingClientRect(); \
             return Math.abs(p.top - h.bottom) < 2 && p.left === 0 && Math.abs(p.right - document.documentElement.clientWidth) < 2",
        )
        .await;
    assert_eq!(
        under_header, true,
        "the menu opens right under the header, full width"
    );
    browser.press(&key(Key::Escape)).await;
    assert!(
        !browser.is_open("#site-nav-panel").await,
        "Escape closes the menu"
    );
    assert!(!panel.shown().await);
    assert!(
        browser.focused().await.contains("site-nav__menu-toggle"),
        "focus returns to Menu"
    );

    menu.click().await.unwrap();
    menu.click().await.unwrap();
    assert!(!panel.shown().await, "the Menu button closes it too");
    menu.click().await.unwrap();
    link.click().await.unwrap();
    browser
        .wait_until(
            "location.pathname === '/power-and-culture'",
            "the link navigates",
        )
        .await;
    browser
        .wait_until(
            "getComputedStyle(document.getElementById('site-nav-panel')).display === 'none'",
            "navigating closes the menu",
        )
        .await;
    let width = browser
        .eval("return document.documentElement.scrollWidth")
        .await;
    assert!(
        width.as_u64().unwrap() <= 390,
        "no sideways scrolling on a phone (width {width})"
    );
    browser.finish().await;
}

#[tokio::test]
async fn a_principle_card_opens_and_closes_by_keyboard() {
    let browser = Browser::start(PHONE).await;
    browser.open("/relational-psychotherapy").await;
    let principles = &main_edition().pages.approach.principles;
    assert_eq!(
        browser
            .eval("return document.querySelectorAll('.principle-card').length")
            .await,
        principles.len()
    );
    let card = ".principle-card:nth-child(2)";
    let toggle = browser.find(&format!("{card} summary")).await;
    let detail = browser
        .find(&format!("{card} .principle-card__detail"))
        .await;
    assert!(!detail.shown().await);
    let summary = browser.accessible(&format!("{card} summary")).await;
    assert_eq!(summary.expanded, Some(false), "{summary:?}");
    assert!(
        summary.name.contains(principles[1].title.as_str()),
        "{summary:?}"
    );
    assert_eq!(
        browser.accessible(&format!("{card} h3")).await.role,
        "heading",
        "the title stays a heading"
    );
    toggle.send_keys(&key(Key::Enter)).await.unwrap();
    assert_eq!(
        browser
            .accessible(&format!("{card} summary"))
            .await
            .expanded,
        Some(true)
    );
    assert!(detail
        .text()
        .await
        .unwrap()
        .contains(principles[1].in_practice.as_str()));
    toggle.send_keys(" ").await.unwrap();
    assert_eq!(
        browser
            .accessible(&format!("{card} summary"))
            .await
            .expanded,
        Some(false)
    );
    assert!(!detail.shown().await, "Space closes it again");
    browser.finish().await;
}

#[tokio::test]
async fn the_roots_explorer_follows_the_tabs_pattern() {
    let browser = Browser::start(DESKTOP).await;
    browser.open("/roots").await;
    let traditions = &main_edition().pages.roots.traditions;
    let selected = || async {
        browser
            .eval("return document.querySelector('[role=tab][aria-selected=true]').textContent.trim()")
            .await
    };
    let visible_panel = || async {
        browser
            .eval("return [...document.querySelectorAll('[role=tabpanel]')].filter(p => !p.hidden).map(p => p.id)")
            .await
    };
    assert_eq!(selected().await, traditions[0].name.as_str());
    assert_eq!(
        browser.accessible("#tab-trauma-theory").await.role,
        "tab",
        "the links became tabs"
    );
    assert_eq!(
        browser
            .eval("return document.querySelector('.roots-explorer__tabs').getAttribute('role')")
            .await,
        "tablist"
    );
    browser
        .find("[role=tab]#tab-trauma-theory")
        .await
        .click()
        .await
        .unwrap();
    assert_eq!(visible_panel().await, serde_json::json!(["trauma-theory"]));
    assert_eq!(
        browser.eval("return location.hash").await,
        "",
        "a tab is not a navigation"
    );
    browser.press(&key(Key::Right)).await;
    let after = traditions
        .iter()
        .position(|t| t.id.as_str() == "trauma-theory")
        .unwrap()
        + 1;
    assert_eq!(selected().await, traditions[after].name.as_str());
    assert!(
        browser
            .focused()
            .await
            .contains(traditions[after].name.as_str()),
        "focus follows the arrow"
    );
    browser.press(&key(Key::Home)).await;
    assert_eq!(selected().await, traditions[0].name.as_str());
    browser.press(&key(Key::End)).await;
    assert_eq!(
        selected().await,
        traditions[traditions.len() - 1].name.as_str()
    );
    let panel_text = browser
        .find(&format!(
            "#{}",
            traditions[traditions.len() - 1].id.as_str()
        ))
        .await
        .text()
        .await
        .unwrap();
    assert!(panel_text.contains(traditions[traditions.len() - 1].thinkers[0].name.as_str()));
    browser.finish().await;
}

#[tokio::test]
async fn a_marked_theory_word_opens_its_definition_beside_it() {
    let browser = Browser::start(PHONE).await;
    browser.open("/roots").await;
    let selfobject = &main_edition().pages.glossary.term("selfobject").unwrap();
    let toggle = browser.find("#self-psychology .term__toggle").await;
    let definition_id = toggle.attr("popovertarget").await.unwrap().unwrap();
    let definition = browser.find(&format!("#{definition_id}")).await;
    assert!(!definition.shown().await, "definitions start closed");
    toggle.send_keys(&key(Key::Enter)).await.unwrap();
    assert_eq!(
        browser
            .accessible("#self-psychology .term__toggle")
            .await
            .expanded,
        Some(true)
    );
    let placed = browser
        .eval(&format!(
            "const w = document.querySelector('#self-psychology .term__toggle').getBoundingClientRect(); \
             const d = document.getElementById('{definition_id}').getBoundingClientRect(); \
             return d.left >= 0 && d.right <= innerWidth && (d.top >= w.bottom || d.bottom <= w.top)"
        ))
        .await;
    assert_eq!(
        placed, true,
        "the definition sits beside the word, on screen"
    );
    assert!(definition
        .text()
        .await
        .unwrap()
        .contains(selfobject.definition.as_str()));
    browser.press(&key(Key::Escape)).await;
    assert!(!definition.shown().await, "Escape closes it");
    assert!(
        browser.focused().await.contains("term__toggle"),
        "focus returns to the word"
    );

    toggle.click().await.unwrap();
    browser
        .find(&format!("#{definition_id} a[href='/glossary#selfobject']"))
        .await
        .click()
        .await
        .unwrap();
    browser
        .wait_until(
            "location.pathname === '/glossary'",
            "the definition links to the glossary",
        )
        .await;
    let entry = browser.wait_for("#selfobject dd").await;
    assert_eq!(entry.text().await.unwrap(), selfobject.definition.as_str());
    browser.finish().await;
}
