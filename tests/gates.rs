//! Quality gates in Chromium: the keyboard journey (reach, visible and
//! unobscured focus), target sizes, reflow at 320 px, reduced motion, and
//! a privacy crawl of every route (no cookies, no storage; with `finish`,
//! no request beyond the site and no console problem).
#![cfg(not(target_arch = "wasm32"))]

mod support;

use fantoccini::key::Key;
use practice_site::content::main_edition;
use serde_json::Value;
use support::{routed_pages, Browser, DESKTOP, PHONE};

fn key(key: Key) -> String {
    char::from(key).to_string()
}

/// Describes the focused element, and what is wrong with its focus: no
/// visible indicator, covered by something else, or off screen.
const FOCUS_CHECK: &str = "
    const e = document.activeElement;
    if (!e || e === document.body) return { id: 'body', problems: [] };
    const problems = [];
    const style = getComputedStyle(e);
    const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    if (!ring && style.boxShadow === 'none') problems.push('no visible focus indicator');
    const box = e.getBoundingClientRect();
    // A link wrapped over two lines is probed on its first line's box, not
    // the box around both, whose middle may lie on the words beside it.
    const line = e.getClientRects()[0] || box;
    const x = Math.min(Math.max(line.left + line.width / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max(line.top + Math.min(line.height, 20) / 2, 0), innerHeight - 1);
    if (box.bottom <= 0 || box.top >= innerHeight) problems.push('scrolled out of view');
    else {
        const top = document.elementFromPoint(x, y);
        if (top && top !== e && !e.contains(top) && !top.contains(e)) problems.push('covered by ' + top.outerHTML.slice(0, 60));
    }
    const inline = e.tagName === 'A' && getComputedStyle(e).display === 'inline'
        && e.parentElement && e.parentElement.textContent.trim() !== e.textContent.trim();
    if (!inline && (box.width < 24 || box.height < 24)) problems.push(`target ${box.width}x${box.height} under 24x24`);
    const name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + e.className + ' ' + e.textContent.trim().slice(0, 30);
    return { id: name, problems };
";

#[tokio::test]
async fn every_focusable_element_is_reached_by_tab_with_a_visible_unobscured_focus() {
    let mut found = Vec::new();
    for size in [PHONE, DESKTOP] {
        let browser = Browser::start(size).await;
        for (path, _, _) in routed_pages() {
            browser.open(&path).await;
            browser
                .eval("document.activeElement.blur(); window.scrollTo(0, 0)")
                .await;
            let expected = browser
                .eval(
                    "return [...document.querySelectorAll('a[href], button, input, textarea, select, [tabindex]')]
                        .filter(e => e.tabIndex >= 0 && !e.disabled && e.getClientRects().length > 0
                            && getComputedStyle(e).visibility !== 'hidden')
                        // A group of radio buttons is one Tab stop.
                        .filter((e, i, all) => e.type !== 'radio'
                            || all.findIndex(o => o.type === 'radio' && o.name === e.name) === i).length",
                )
                .await
                .as_u64()
                .unwrap();
            let mut reached = 0;
            let mut first = None;
            for step in 0..expected + 2 {
                browser.press(&key(Key::Tab)).await;
                let focus: Value = browser.eval(FOCUS_CHECK).await;
                let id = focus["id"].as_str().unwrap_or_default().to_owned();
                if step == 0 {
                    assert!(
                        id.contains("skip-link"),
                        "{path}: Tab reaches the skip link first, not {id}"
                    );
                }
                if first.as_deref() == Some(id.as_str()) || id == "body" {
                    break;
                }
                first.get_or_insert(id.clone());
                reached += 1;
                for problem in focus["problems"].as_array().into_iter().flatten() {
                    found.push(format!(
                        "{path} at {}px, {id}: {}",
                        size.0,
                        problem.as_str().unwrap()
                    ));
                }
            }
            assert!(
                reached as u64 >= expected,
                "{path} at {}px: Tab reached {reached} of {expected} focusable elements",
                size.0
            );
        }
        browser.finish().await;
    }
    assert!(found.is_empty(), "focus problems:\n{}", found.join("\n"));
}

#[tokio::test]
async fn at_320_pixels_no_route_scrolls_sideways_and_nothing_is_stored() {
    let browser = Browser::start(DESKTOP).await;
    browser.emulate_screen(320, false).await;
    for (path, _, _) in routed_pages() {
        browser.open(&path).await;
        let width = browser
            .eval("return document.documentElement.scrollWidth")
            .await;
        assert!(
            width.as_u64().unwrap() <= 320,
            "{path} is {width}px wide at 320px"
        );
        assert!(!browser.stored_anything().await, "{path} stored something");
    }
    browser.finish().await;
}

#[tokio::test]
async fn with_reduced_motion_nothing_moves() {
    let browser = Browser::start(DESKTOP).await;
    browser.emulate_reduced_motion().await;
    for (path, _, _) in routed_pages() {
        browser.open(&path).await;
        let moving = browser
            .eval(
                "const moving = [];
                 for (const e of document.querySelectorAll('*')) {
                   for (const pseudo of [null, '::before', '::after']) {
                     const s = getComputedStyle(e, pseudo);
                     const lasts = (value) => value.split(',').some(d => parseFloat(d) > 0);
                     if (lasts(s.transitionDuration) || (s.animationName !== 'none' && lasts(s.animationDuration)))
                       moving.push(e.tagName + (e.className ? '.' + e.className : '') + (pseudo || ''));
                   }
                 }
                 return moving;",
            )
            .await;
        assert_eq!(
            moving,
            serde_json::json!([]),
            "{path}: transitions or animations run"
        );
    }
    browser.finish().await;
}

#[tokio::test]
async fn the_consultation_request_can_be_filled_in_and_sent_by_keyboard_alone() {
    let browser = Browser::start(DESKTOP).await;
    let page = &main_edition().pages.contact;
    browser.open("/contact").await;
    browser
        .eval("document.activeElement.blur(); window.scrollTo(0, 0)")
        .await;
    let tab_to = |target: &'static str| {
        let browser = &browser;
        async move {
            for _ in 0..60 {
                browser.press(&key(Key::Tab)).await;
                if browser.focused().await.contains(target) {
                    return;
                }
            }
            panic!("Tab never reached {target}");
        }
    };
    tab_to("#consult-name").await;
    browser.press("Sam Lee").await;
    tab_to("#consult-method-email").await;
    browser.press(" ").await;
    tab_to("#consult-email").await;
    browser.press("sam@example.org").await;
    tab_to("#consult-availability").await;
    browser.press("Mornings").await;
    // A closed drop-down list takes the first letters of an option.
    tab_to("#consult-place").await;
    browser.press("Or").await;
    tab_to("#consult-format-in-person").await;
    browser.press(&key(Key::Down)).await;
    assert!(
        browser
            .focused()
            .await
            .contains("#consult-format-telehealth"),
        "arrows move between choices"
    );
    tab_to("#consult-payment-self-pay").await;
    browser.press(" ").await;
    tab_to("button#.button ").await;
    assert!(browser.focused().await.contains(page.email_submit.as_str()));
    browser.press(&key(Key::Enter)).await;
    browser
        .wait_until(
            "!document.querySelector('.consult__message').hidden",
            "the request is written",
        )
        .await;
    let message = browser
        .find("#consult-message")
        .await
        .prop("value")
        .await
        .unwrap()
        .unwrap();
    for answer in [
        "Sam Lee",
        "sam@example.org",
        "Mornings",
        page.format_telehealth.as_str(),
        page.payment_self_pay.as_str(),
    ] {
        assert!(message.contains(answer), "{message} lacks {answer}");
    }
    browser.finish().await;
}
