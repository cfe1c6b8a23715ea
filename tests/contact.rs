//! The consultation request in Chromium: accessible validation, the email
//! draft, and sending to a form endpoint (a capture server on 127.0.0.1)
//! that succeeds and that fails. Nothing typed is lost or stored.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use consultation::{mailto, Field, Format, Request, ELSEWHERE, WHOEVER_FITS};
use practice_site::content::{editions, language_prefix, main_edition};
use std::sync::atomic::Ordering;
use support::{dist_dir, subpath_dist, Browser, Shown, StaticServer, DESKTOP, PHONE};

#[tokio::test]
async fn mistakes_are_shown_inline_and_focus_goes_to_the_first() {
    let browser = Browser::start(PHONE).await;
    let page = &main_edition().pages.contact;
    // At both widths: on a phone the fields stack and the page scrolls to them.
    for size in [PHONE, DESKTOP] {
        eprintln!("the consultation request at {} px", size.0);
        browser.resize(size).await;
        // From another page, so that no engine takes it for a reload and
        // fills in what the last round typed (opened whole: a page left while
        // its scripts load is a failed load in Firefox's console).
        browser.open("/").await;
        browser.open("/contact").await;
        browser.send_request().await;
        assert!(
            browser.focused().await.starts_with("input#consult-name"),
            "focus goes to the first error"
        );
        let name = browser.find("#consult-name").await;
        assert_eq!(
            name.attr("aria-invalid").await.unwrap().as_deref(),
            Some("true")
        );
        let described = name.attr("aria-describedby").await.unwrap().unwrap();
        assert!(described.contains(&Field::Name.error_id()), "{described}");
        let error = browser.find(&format!("#{}", Field::Name.error_id())).await;
        assert_eq!(error.text().await.unwrap(), page.name_missing.as_str());
        let summary = browser.find("#consult-errors").await.text().await.unwrap();
        for expected in [
            &page.name_missing,
            &page.method_missing,
            &page.availability_missing,
        ] {
            assert!(
                summary.contains(expected.as_str()),
                "the summary lists {}",
                expected.as_str()
            );
        }

        name.send_keys("Alex").await.unwrap();
        assert_eq!(
            name.attr("aria-invalid").await.unwrap().as_deref(),
            Some("false"),
            "fixed as you type"
        );
        browser.click("#consult-method-email").await;
        browser
            .find("#consult-email")
            .await
            .send_keys("alex at example")
            .await
            .unwrap();
        browser.send_request().await;
        assert!(browser.focused().await.starts_with("input#consult-email"));
        assert_eq!(
            browser
                .find(&format!("#{}", Field::Email.error_id()))
                .await
                .text()
                .await
                .unwrap(),
            page.email_invalid.as_str()
        );
        assert_eq!(
            browser
                .find("#consult-name")
                .await
                .prop("value")
                .await
                .unwrap()
                .as_deref(),
            Some("Alex"),
            "nothing typed is lost"
        );
        assert!(!browser.find(".good-faith").await.shown().await);
        browser.click("#consult-payment-self-pay").await;
        assert!(
            browser.find(".consult .good-faith").await.shown().await,
            "choosing self-pay shows the Good Faith Estimate notice"
        );
        assert!(
            !browser.stored_anything().await,
            "nothing is stored in the browser"
        );
    }
    browser.finish().await;
}

#[tokio::test]
async fn without_an_endpoint_the_request_becomes_an_email_draft() {
    let browser = Browser::start(DESKTOP).await;
    let page = &main_edition().pages.contact;
    browser.open("/contact").await;
    browser.fill_in_request("email", "insurance").await;
    browser.send_request().await;
    browser.back_from_mail_draft().await;
    browser
        .wait_until(
            "!document.querySelector('.consult__message').hidden",
            "the message is shown",
        )
        .await;
    let status = browser.find(".consult__status").await.text().await.unwrap();
    assert_eq!(status, page.email_opened.as_str());
    let message = browser
        .find("#consult-message")
        .await
        .prop("value")
        .await
        .unwrap()
        .unwrap();
    assert!(
        message.contains("Alex Rivera") && message.contains("alex@example.org"),
        "{message}"
    );
    assert!(message.contains(page.format_telehealth.as_str()));
    assert!(
        message.contains(&format!("{}: Washington", page.place_label.as_str()))
            && message.contains(&format!(
                "{}: {}",
                page.clinician_label.as_str(),
                page.clinician_any.as_str()
            )),
        "the message says where they will be and whom they would like: {message}"
    );
    let draft = browser
        .find(".consult__message a[href^='mailto:']")
        .await
        .attr("href")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        draft,
        mailto(
            main_edition().practice.email.as_str(),
            page.email_subject.as_str(),
            &message
        ),
        "a correctly encoded mailto: to the practice"
    );
    assert!(!browser.stored_anything().await);
    browser.finish().await;
}

#[tokio::test]
async fn with_an_endpoint_a_failed_send_keeps_everything_and_a_retry_succeeds() {
    let site = StaticServer::start_at(subpath_dist(), "/practice");
    let capture = site.capture().clone();
    capture.failing.store(true, Ordering::SeqCst);
    let browser = Browser::start_with(DESKTOP, site, true).await;
    let page = &main_edition().pages.contact;
    browser.open("/contact").await;
    browser.fill_in_request("email", "insurance").await;
    browser.send_request().await;
    browser.wait_for_status(page.failed.as_str()).await;
    assert_eq!(
        browser
            .find("#consult-availability")
            .await
            .prop("value")
            .await
            .unwrap()
            .as_deref(),
        Some("Weekday evenings"),
        "nothing typed is lost"
    );
    assert!(
        browser.find("#consult-message").await.shown().await,
        "the message can be copied"
    );
    let retry = browser.find(".consult__form button[type=submit]").await;
    assert_eq!(retry.text().await.unwrap(), page.retry_label.as_str());

    capture.failing.store(false, Ordering::SeqCst);
    retry.click().await.unwrap();
    browser.wait_for_status(page.sent.as_str()).await;
    let received = capture.received.lock().unwrap().clone();
    assert_eq!(received.len(), 2, "one failed attempt, one success");
    let (path, body) = &received[1];
    assert_eq!(
        path,
        "/practice/api/consultation?done=%2Fpractice%2Frequest-sent&back=%2Fpractice%2Fcontact",
        "the endpoint, with where a relay sends a visitor without the wasm"
    );
    let read = |body: &str| Request::read(body.as_bytes(), Format::Json).expect(body);
    let sent = read(body);
    assert_eq!(sent.name, "Alex Rivera");
    assert_eq!(sent.contact_detail(), "alex@example.org");
    assert_eq!(sent.place, "Washington");
    assert_eq!(sent.problems(), []);
    assert_eq!(read(&received[0].1).id.len(), 36, "a request carries an id");
    assert_eq!(
        read(&received[0].1).id,
        sent.id,
        "the retry carries the same id, so the endpoint can drop a duplicate"
    );
    assert!(!browser.stored_anything().await);
    browser
        .finish_expecting(&["/practice/api/consultation?done=%2Fpractice%2Frequest-sent&back=%2Fpractice%2Fcontact - Failed to load resource: the server responded with a status of 500"])
        .await;
}

#[tokio::test]
async fn an_endpoint_that_never_answers_ends_in_failed_with_everything_kept() {
    let site = StaticServer::start_at(subpath_dist(), "/practice");
    let capture = site.capture().clone();
    capture.hanging.store(true, Ordering::SeqCst);
    let browser = Browser::start_with(DESKTOP, site, true).await;
    let page = &main_edition().pages.contact;
    browser.open("/contact").await;
    browser.fill_in_request("email", "insurance").await;
    browser.send_request().await;
    let status = || async { browser.find(".consult__status").await.text().await.unwrap() };
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    assert_eq!(status().await, page.sending.as_str(), "sending, for now");
    // The form gives up after 15 seconds.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while status().await != page.failed.as_str() {
        assert!(
            std::time::Instant::now() < deadline,
            "the send never ended: {}",
            status().await
        );
        tokio::time::sleep(std::time::Duration::from_millis(250)).await;
    }
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
    let retry = browser.find(".consult__form button[type=submit]").await;
    assert_eq!(retry.text().await.unwrap(), page.retry_label.as_str());
    assert_eq!(
        retry.attr("disabled").await.unwrap(),
        None,
        "ready to retry"
    );
    browser.finish().await;
}

/// Whether the element `css` is shown.
async fn shown(browser: &Browser, css: &str) -> bool {
    browser.find(css).await.shown().await
}

#[tokio::test]
async fn somewhere_no_licence_covers_gets_a_kind_answer_before_anything_is_sent() {
    for javascript in [true, false] {
        let site = StaticServer::start(dist_dir());
        let browser = Browser::start_with(DESKTOP, site, javascript).await;
        for edition in editions() {
            let page = &edition.pages.contact;
            let prefix = language_prefix(edition.site.language.as_str());
            browser.open(&format!("{prefix}/contact")).await;
            let answer = ".consult__when--elsewhere";
            let shown_here = |css: &'static str| shown(&browser, css);
            assert!(
                !shown_here(answer).await,
                "hidden until chosen (JS {javascript})"
            );
            let place = browser.find("#consult-place").await;
            place.select_by_value(ELSEWHERE).await.unwrap();
            assert!(
                shown_here(answer).await,
                "{prefix}/contact: the kind answer shows (JS {javascript})"
            );
            let words = browser.find(answer).await.text().await.unwrap();
            let states = edition.licensed_states();
            assert!(
                states.iter().all(|state| words.contains(state))
                    && words.contains(page.elsewhere[0].label.as_str()),
                "it names the states the licences cover and where else to look: {words}"
            );
            place.select_by_value(states[0]).await.unwrap();
            assert!(!shown_here(answer).await, "and goes with another answer");
            // Each clinician's option names the states they are licensed in,
            // so the choice is clear with or without the wasm.
            let options = browser
                .find("#consult-clinician")
                .await
                .text()
                .await
                .unwrap();
            assert!(
                options.starts_with(page.clinician_any.as_str()),
                "{options}"
            );
            for clinician in &edition.clinicians {
                for state in clinician.licensed_states() {
                    assert!(options.contains(state), "{options}");
                }
            }
            // A clinician not licensed somewhere the practice covers.
            let (clinician, state) = edition
                .clinicians
                .iter()
                .find_map(|c| {
                    let theirs = c.licensed_states();
                    states.iter().find(|s| !theirs.contains(s)).map(|s| (c, *s))
                })
                .expect("the sample has a clinician licensed in fewer states");
            if javascript {
                let mismatch = format!(
                    ".consult__mismatch[data-clinician='{}'][data-state='{state}']",
                    clinician.slug
                );
                let who = browser.find("#consult-clinician").await;
                who.select_by_value(&clinician.slug).await.unwrap();
                assert!(
                    !shown(&browser, &mismatch).await,
                    "they can see someone in {}",
                    states[0]
                );
                place.select_by_value(state).await.unwrap();
                assert!(
                    shown(&browser, &mismatch).await,
                    "the island says {} cannot see someone in {state}",
                    clinician.name.as_str()
                );
                who.select_by_value(WHOEVER_FITS).await.unwrap();
                assert!(!shown(&browser, &mismatch).await, "whoever fits can");
            }
        }
        browser.finish().await;
    }
}
