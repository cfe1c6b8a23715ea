//! The consultation relay under `wrangler dev` (the Workers runtime on
//! this machine), with a release build of the site whose `form_endpoint` is
//! the relay, in Chromium: one email per request with every answer and its
//! id, a duplicate dropped, a refusal shown as the form's own problems, the
//! HTML form (no wasm) posted and sent on to the thank-you page or shown
//! again with every answer kept, the rate limit, another origin refused,
//! and nothing typed in the relay's log.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use consultation::{ContactMethod, Field, Format, Payment, Reason, Reply, Request, SessionFormat};
use mail_parser::MessageParser;
use practice_site::content::main_edition;
use practice_site::template::fill;
use std::sync::atomic::Ordering;
use support::{escaped, relay_dist, Browser, Relay, StaticServer, DESKTOP};

/// What the visitor types, none of which may reach the relay's log.
const TYPED: [&str; 4] = [
    "Alex Rivera",
    "alex@example.org",
    "Weekday evenings",
    "(503) 555-0100",
];

#[tokio::test]
async fn the_relay_delivers_each_request_once_and_refuses_what_it_must() {
    let site = StaticServer::start(relay_dist());
    let capture = site.capture().clone();
    let origin = site.origin();
    let relay = Relay::start(&origin);
    let relay_origin = relay.url().trim_end_matches('/').to_owned();
    let page = &main_edition().pages.contact;

    eprintln!("the pages say what the relay does, and not what an email draft would");
    let privacy = site.get("/privacy").body;
    let relay_words = fill(
        main_edition().pages.privacy.form_by_relay.as_str(),
        &[("endpoint", relay.url().as_str())],
    );
    assert!(privacy.contains(&escaped(&relay_words)), "{relay_words}");
    let email_words = main_edition().site.browsing_safety_email.as_str();
    assert!(!privacy.contains(&escaped(email_words)));
    let contact = site.get("/contact").body;
    assert!(!contact.contains(&escaped(page.email_draft_note.as_str())));
    assert!(contact
        .contains("action=\"http://127.0.0.1:8797/?done=%2Frequest-sent&amp;back=%2Fcontact\""));

    let browser = Browser::start_with(DESKTOP, site, true).await;

    eprintln!("sent by the island: one email, with every answer and the id");
    browser.open("/contact").await;
    browser.fill_in_request("email", "self-pay").await;
    let pressed = std::time::Instant::now();
    browser.send_request().await;
    browser.wait_for_status(page.sent.as_str()).await;
    let emails = relay.wait_for_emails(1);
    // Reported, not judged: a timed test would fail on a busy machine.
    eprintln!(
        "from Send to the .eml: {} ms",
        pressed.elapsed().as_millis()
    );
    assert_eq!(emails.len(), 1, "one request, one email");
    let message = MessageParser::default()
        .parse(emails[0].as_bytes())
        .unwrap();
    let text = message.body_text(0).unwrap().replace("\r\n", "\n");
    for answer in TYPED[..3]
        .iter()
        .chain(&["Washington", "telehealth", "self-pay"])
    {
        assert!(text.contains(answer), "{answer} in the email: {text}");
    }
    let id = text
        .lines()
        .find_map(|line| line.strip_prefix("request-id: "))
        .expect("the email names the request id")
        .to_owned();
    assert_eq!(id.len(), 36);
    assert_eq!(
        message
            .reply_to()
            .and_then(|to| to.first())
            .and_then(|to| to.address()),
        Some(TYPED[1]),
        "the practice can reply to the visitor"
    );

    eprintln!("the same request again, with the same id: still one email");
    let again = Request {
        id: id.clone(),
        name: TYPED[0].into(),
        method: Some(ContactMethod::Email),
        email: TYPED[1].into(),
        availability: TYPED[2].into(),
        place: "Washington".into(),
        clinician: "any".into(),
        format: Some(SessionFormat::Telehealth),
        payment: Some(Payment::SelfPay),
        ..Request::default()
    };
    let answer = relay.post(&origin, Format::Json.content_type(), &again.to_json());
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert_eq!(
        Reply::from_json(&answer.body),
        Some(Reply::Delivered {
            id: id.clone(),
            duplicate: true
        })
    );
    assert_eq!(
        answer.header("access-control-allow-origin"),
        Some(origin.as_str())
    );
    assert_eq!(relay.wait_for_emails(2).len(), 1, "a duplicate is dropped");

    eprintln!("refused by the relay (RFC 5322), shown as the field's own problem");
    browser.open("/").await;
    browser.open("/contact").await;
    browser.fill_in_request("email", "self-pay").await;
    let email = browser.find("#consult-email").await;
    email.clear().await.unwrap();
    email.send_keys("alex..rivera@example.org").await.unwrap();
    browser.send_request().await;
    browser
        .wait_until(
            &format!(
                "!document.getElementById({:?}).hidden",
                Field::Email.error_id()
            ),
            "the relay's problem is shown inline",
        )
        .await;
    assert_eq!(
        browser
            .text_of(&format!("#{}", Field::Email.error_id()))
            .await,
        page.email_invalid.as_str()
    );
    assert_eq!(
        browser.text_of("#consult-errors li a").await,
        page.email_invalid.as_str()
    );
    assert!(browser.focused().await.starts_with("input#consult-email"));
    assert_eq!(relay.emails().len(), 1, "nothing refused is sent");

    eprintln!("without the wasm: refused, the form comes back with every answer kept");
    capture.wasm_failing.store(true, Ordering::SeqCst);
    // The wasm the earlier pages fetched must be asked for again.
    browser.disable_cache().await;
    browser.visit("/").await;
    browser.visit("/contact").await;
    browser.wait_for_wasm_failure().await;
    browser.fill_in_request("phone", "insurance").await;
    let phone = browser.find("#consult-phone").await;
    phone.clear().await.unwrap();
    phone.send_keys("555-CALL").await.unwrap();
    browser.send_request().await;
    browser
        .wait_until(
            &format!("location.origin === {relay_origin:?}"),
            "the relay answers the form",
        )
        .await;
    assert_eq!(
        browser.text_of("#consult-phone-error").await,
        page.phone_invalid.as_str()
    );
    assert_eq!(
        browser.text_of("#consult-errors li a").await,
        page.phone_invalid.as_str()
    );
    assert_eq!(
        browser.value_of("#consult-name").await,
        TYPED[0],
        "every answer is kept"
    );
    assert_eq!(browser.value_of("#consult-availability").await, TYPED[2]);
    assert_eq!(browser.value_of("#consult-place").await, "Washington");
    assert!(browser
        .find("#consult-payment-insurance")
        .await
        .is_selected()
        .await
        .unwrap());
    assert!(
        browser.focused().await.contains("consult-errors"),
        "the summary has the focus"
    );
    assert_eq!(relay.emails().len(), 1);

    eprintln!("mended and sent again: 303 to the thank-you page, and the email");
    let phone = browser.find("#consult-phone").await;
    phone.clear().await.unwrap();
    phone.send_keys(TYPED[3]).await.unwrap();
    browser.send_request().await;

    browser
        .wait_until(
            &format!(
                "location.origin === {:?} && location.pathname.startsWith('/request-sent') \
                 && document.querySelector('main h1')",
                browser.site.origin()
            ),
            "the thank-you page",
        )
        .await;
    assert_eq!(
        browser.heading().await,
        main_edition().pages.request_sent.page.heading.as_str()
    );
    let emails = relay.wait_for_emails(2);
    assert_eq!(emails.len(), 2);
    assert!(emails[1].contains(TYPED[3]) && emails[1].contains("method: phone"));

    eprintln!("past the rate limit: 429, and the form's failed state with nothing lost");
    capture.wasm_failing.store(false, Ordering::SeqCst);
    browser.open("/contact").await;
    browser.fill_in_request("email", "self-pay").await;
    let mut limited = false;
    for _ in 0..10 {
        let answer = relay.post(&origin, Format::Json.content_type(), &again.to_json());
        if answer.status == 429 {
            assert_eq!(
                Reply::from_json(&answer.body),
                Some(Reply::refused(Reason::RateLimited))
            );
            limited = true;
            break;
        }
    }
    assert!(limited, "the relay limits the rate");
    browser.send_request().await;
    browser.wait_for_status(page.failed.as_str()).await;
    assert_eq!(
        browser.value_of("#consult-availability").await,
        TYPED[2],
        "nothing typed is lost"
    );

    eprintln!("another origin is refused");
    let foreign = relay.post(
        "https://elsewhere.example",
        Format::Json.content_type(),
        &Request {
            id: String::new(),
            ..again.clone()
        }
        .to_json(),
    );
    assert_eq!(foreign.status, 403);
    assert_eq!(
        Reply::from_json(&foreign.body),
        Some(Reply::refused(Reason::ForeignOrigin))
    );
    assert_eq!(foreign.header("access-control-allow-origin"), None);
    // A plain form post names its origin `null` (the site's pages send no
    // referrer): accepted for the HTML form alone, never for JSON.
    let foreign_form = relay.post(
        "https://elsewhere.example",
        Format::Form.content_type(),
        &again.to_form(),
    );
    assert_eq!(foreign_form.status, 403);
    let null_json = relay.post("null", Format::Json.content_type(), &again.to_json());
    assert_eq!(null_json.status, 403);
    assert_eq!(
        relay.emails().len(),
        2,
        "only the two requests were delivered"
    );

    let log = relay.log();
    for typed in TYPED {
        assert!(
            !log.contains(typed),
            "{typed:?} is in the relay's log:\n{log}"
        );
    }
    browser
        .finish_beyond(
            &[
                "the server responded with a status of 422",
                "the server responded with a status of 429",
                "the server responded with a status of 503",
                "The site's wasm did not start",
            ],
            Some(&relay_origin),
        )
        .await;
}
