use super::*;
use consultation::{ContactMethod, Payment, SessionFormat};
use scraper::{Html, Selector};

/// The parts of the site's form the relay works on, as the site renders
/// them (the end-to-end test works on the real page).
const PAGE: &str = r##"<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="style-src 'self'">
<link rel="stylesheet" href="/assets/style-1.css"><link rel="modulepreload" href="/assets/site.js">
<noscript><link rel="stylesheet" href="/assets/no-js-2.css" integrity="sha384-abc"/></noscript>
<script>document.documentElement.className = "js"</script></head><body>
<a href="/es/contact">Español</a><a href="https://elsewhere.example/">x</a><a href="#main">skip</a>
<img src="/assets/p.webp" srcset="/assets/p-320.webp 320w, /assets/p-640.webp 640w">
<form action="https://relay.example/?done=%2Fsent&amp;back=%2Fcontact" method="post">
<div class="form-errors" id="consult-errors" hidden><p>Please check:</p><ul></ul></div>
<p id="consult-name-error" class="field__error" data-missing="Tell us your name" data-invalid="" hidden></p>
<input id="consult-name" name="name" aria-invalid="false" aria-describedby="consult-name-hint">
<input type="radio" id="consult-method-email" name="method" value="email" aria-invalid="false">
<input type="radio" id="consult-method-phone" name="method" value="phone" aria-invalid="false">
<p id="consult-phone-error" data-missing="Give a phone number" data-invalid="That can&#x27;t be a phone number &amp; so on" hidden></p>
<input id="consult-phone" name="phone" type="tel" aria-invalid="false">
<select id="consult-place" name="place"><option value="">Choose</option><option value="Oregon">Oregon</option><option value="Washington">Washington</option></select>
<select id="consult-clinician" name="clinician"><option value="any">Whoever fits</option><option value="ruth-alvarado" selected>Ruth</option></select>
<p class="consult__status" role="status" data-failed="It did not go: nothing is lost."></p>
</form></body></html>"##;

fn site() -> Url {
    Url::parse("https://www.example.org").unwrap()
}

fn request() -> Request {
    Request {
        name: "Zoë \"Z\" <Ñ> & co".into(),
        method: Some(ContactMethod::Phone),
        phone: "555-CALL".into(),
        place: "Washington".into(),
        clinician: "any".into(),
        format: Some(SessionFormat::Either),
        payment: Some(Payment::SelfPay),
        ..Request::default()
    }
}

/// The page as a document, to read back.
fn parsed(page: &str) -> Html {
    Html::parse_document(page)
}

/// An attribute of the first element `selector` finds.
fn attr(page: &Html, selector: &str, name: &str) -> Option<String> {
    let selector = Selector::parse(selector).unwrap();
    page.select(&selector)
        .next()
        .unwrap_or_else(|| panic!("no {selector:?}"))
        .value()
        .attr(name)
        .map(str::to_owned)
}

/// The text of every element `selector` finds.
fn texts(page: &Html, selector: &str) -> Vec<String> {
    let selector = Selector::parse(selector).unwrap();
    page.select(&selector)
        .map(|el| el.text().collect())
        .collect()
}

#[test]
fn problems_are_listed_and_every_answer_is_kept() {
    let problems = [
        (Field::Name, Problem::Missing),
        (Field::Phone, Problem::Invalid),
    ];
    let page = parsed(&refill(PAGE, &site(), &request(), &Again::Problems(&problems)).unwrap());
    assert_eq!(
        attr(&page, "#consult-name", "value").as_deref(),
        Some("Zoë \"Z\" <Ñ> & co"),
        "typed text comes back as it was typed"
    );
    assert_eq!(
        attr(&page, "#consult-name", "aria-invalid").as_deref(),
        Some("true")
    );
    assert_eq!(
        attr(&page, "#consult-name", "aria-describedby").as_deref(),
        Some("consult-name-hint consult-name-error")
    );
    assert!(attr(&page, "#consult-method-phone", "checked").is_some());
    assert!(attr(&page, "#consult-method-email", "checked").is_none());
    assert_eq!(
        texts(&page, "#consult-place option[selected]"),
        ["Washington"]
    );
    assert_eq!(
        texts(&page, "#consult-clinician option[selected]"),
        ["Whoever fits"],
        "the page's own choice is undone"
    );
    assert!(attr(&page, "#consult-errors", "hidden").is_none());
    assert!(attr(&page, "#consult-errors", "autofocus").is_some());
    assert_eq!(
        texts(&page, "#consult-errors li a"),
        ["Tell us your name", "That can't be a phone number & so on"]
    );
    assert_eq!(
        attr(&page, "#consult-errors li a", "href").as_deref(),
        Some("#consult-name")
    );
    assert_eq!(texts(&page, "#consult-name-error"), ["Tell us your name"]);
    assert!(attr(&page, "#consult-name-error", "hidden").is_none());
    assert!(texts(&page, "script").is_empty());
    assert!(texts(&page, "link[rel=modulepreload]").is_empty());
    assert!(
        texts(&page, "meta[http-equiv]").is_empty(),
        "the site's own policy"
    );
}

#[test]
fn the_site_s_own_addresses_still_reach_it() {
    let page = parsed(&refill(PAGE, &site(), &request(), &Again::Failed).unwrap());
    let hrefs: Vec<String> = ["link", "a"]
        .iter()
        .flat_map(|tag| {
            let selector = Selector::parse(tag).unwrap();
            page.select(&selector)
                .filter_map(|el| el.value().attr("href").map(str::to_owned))
                .collect::<Vec<_>>()
        })
        .collect();
    assert_eq!(
        hrefs,
        [
            "https://www.example.org/assets/style-1.css",
            "https://www.example.org/assets/no-js-2.css",
            "https://www.example.org/es/contact",
            "https://elsewhere.example/",
            "#main",
        ]
    );
    assert_eq!(
        attr(&page, "link[href$='no-js-2.css']", "integrity"),
        None,
        "the stylesheet for pages without script applies, unchecked across origins"
    );
    assert_eq!(
        attr(&page, "img", "srcset").as_deref(),
        Some("https://www.example.org/assets/p-320.webp 320w, https://www.example.org/assets/p-640.webp 640w")
    );
    assert_eq!(
        attr(&page, "form", "action").as_deref(),
        Some("https://relay.example/?done=%2Fsent&back=%2Fcontact"),
        "the form still posts to the relay"
    );
}

#[test]
fn a_failure_is_said_and_nothing_is_lost() {
    let page = parsed(&refill(PAGE, &site(), &request(), &Again::Failed).unwrap());
    assert_eq!(
        texts(&page, ".consult__status"),
        ["It did not go: nothing is lost."]
    );
    assert!(attr(&page, ".consult__status", "autofocus").is_some());
    assert!(
        attr(&page, "#consult-errors", "hidden").is_some(),
        "no problems listed"
    );
    assert_eq!(
        attr(&page, "#consult-phone", "value").as_deref(),
        Some("555-CALL")
    );
}
