//! Nothing a visitor typed stays behind for the next person on the device:
//! the consultation request is empty once sent, and after Back from another
//! site; a browser without `crypto.randomUUID()` still sends, with an id of
//! its own.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use consultation::{is_request_id, Format, Request};
use practice_site::content::main_edition;
use serde_json::Value;
use std::time::{Duration, Instant};
use support::{engine_bug, subpath_dist, Browser, Engine, StaticServer, DESKTOP};

/// The answers typed into the request's text fields, and whether any choice
/// is still made.
async fn typed(browser: &Browser) -> (Vec<String>, bool) {
    let mut values = Vec::new();
    for field in ["name", "email", "phone", "availability"] {
        values.push(browser.value_of(&format!("#consult-{field}")).await);
    }
    let chosen = browser
        .eval("return document.querySelector('.consult__form input:checked') !== null")
        .await;
    (values, chosen == true)
}

fn empty() -> (Vec<String>, bool) {
    (vec![String::new(); 4], false)
}

#[tokio::test]
async fn a_sent_request_leaves_an_empty_form_with_an_id_even_without_random_uuid() {
    let site = StaticServer::start_at(subpath_dist(), "/practice");
    let capture = site.capture().clone();
    let browser = Browser::start_with(DESKTOP, site, true).await;
    let page = &main_edition().pages.contact;
    browser.open("/contact").await;
    // As in browsers before 2022, and on pages not served over HTTPS.
    browser.eval("delete Crypto.prototype.randomUUID").await;
    browser.fill_in_request("email", "insurance").await;
    browser.send_request().await;
    browser.wait_for_status(page.sent.as_str()).await;
    let received = capture.received.lock().unwrap().clone();
    assert_eq!(received.len(), 1);
    let sent = Request::read(received[0].1.as_bytes(), Format::Json).expect("a request");
    assert!(is_request_id(&sent.id), "an id of its own: {:?}", sent.id);
    assert_eq!(sent.name, "Alex Rivera");
    assert_eq!(
        typed(&browser).await,
        empty(),
        "the form is empty once sent"
    );
    browser.finish().await;
}

#[tokio::test]
async fn back_from_another_site_finds_the_request_empty() {
    let site = StaticServer::start_at(subpath_dist(), "/practice");
    // Another origin (another port) stands in for the site the visitor went
    // on to.
    let elsewhere = StaticServer::start_at(subpath_dist(), "/practice");
    let browser = Browser::start_with(DESKTOP, site, true).await;
    browser.open("/contact").await;
    browser.fill_in_request("phone", "self-pay").await;
    assert_ne!(typed(&browser).await, empty());
    if engine_bug(
        Engine::WebKit,
        "https://bugs.webkit.org/buglist.cgi?quicksearch=WebKitWebDriver%20back%20forward%20cache",
        "WebKitWebDriver answers no script after Back to a page from another origin (each times out), \
         so the page is told it is being hidden, as leaving does",
    ) {
        browser
            .eval("dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }))")
            .await;
    } else {
        browser
            .client
            .goto(&elsewhere.url("/"))
            .await
            .expect("leave for another site");
        browser.client.back().await.expect("come back");
        // Asked again until the page is back (it may be restored from the
        // back-forward cache, or loaded afresh).
        let deadline = Instant::now() + Duration::from_secs(10);
        let back = "return document.readyState === 'complete' && \
                    document.querySelector('#consult-name') !== null";
        while browser.client.execute(back, vec![]).await.ok() != Some(Value::Bool(true)) {
            assert!(Instant::now() < deadline, "the form is back after Back");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
    assert_eq!(
        typed(&browser).await,
        empty(),
        "neither the back-forward cache nor form restoration brings the answers back"
    );
    browser.finish_beyond(&[], Some(&elsewhere.url("/"))).await;
}
