//! The interactive practical sections in Chromium: the FAQ filter and the
//! first-steps step-through. Every test also fails on console problems and
//! on requests beyond 127.0.0.1 (see `support`).
#![cfg(not(target_arch = "wasm32"))]

mod support;

use fantoccini::key::Key;
use practice_site::content::main_edition;
use practice_site::template::fill;
use practice_site::text_filter::TextFilter;
use support::{Browser, Shown, DESKTOP, PHONE};

/// The ids of the FAQ questions a query should leave, by the site's own rule.
fn expected_matches(query: &str) -> Vec<String> {
    let filter = TextFilter::new(query);
    main_edition()
        .pages
        .faq
        .questions
        .iter()
        .filter(|question| {
            let mut texts = vec![question.question.as_str()];
            texts.extend(question.answer.iter().map(|answer| answer.as_str()));
            filter.matches(&texts)
        })
        .map(|question| question.id.as_str().to_owned())
        .collect()
}

const SHOWN_QUESTIONS: &str =
    "return [...document.querySelectorAll('.faq-item')].filter(item => !item.hidden).map(item => item.id)";

#[tokio::test]
async fn the_faq_filter_narrows_highlights_announces_and_keeps_what_is_typed_out_of_the_address() {
    let browser = Browser::start(PHONE).await;
    let faq = &main_edition().pages.faq;
    browser.open("/faq").await;
    let all: Vec<String> = faq
        .questions
        .iter()
        .map(|q| q.id.as_str().to_owned())
        .collect();
    assert_eq!(browser.eval(SHOWN_QUESTIONS).await, serde_json::json!(all));
    let expected = expected_matches("online");
    assert!(
        !expected.is_empty() && expected.len() < all.len(),
        "the sample query narrows the list"
    );

    let address = browser.eval("return location.href").await;
    let history = browser.eval("return history.length").await;
    let input = browser.find("#faq-filter-input").await;
    input.send_keys("online").await.unwrap();
    browser
        .wait_until(
            &format!("{SHOWN_QUESTIONS}.length === {}", expected.len()).replace("return ", ""),
            "the filter narrows the list",
        )
        .await;
    assert_eq!(
        browser.eval(SHOWN_QUESTIONS).await,
        serde_json::json!(expected)
    );
    assert_eq!(
        browser.eval("return location.href").await,
        address,
        "what is typed never reaches the address"
    );
    assert_eq!(
        browser.eval("return history.length").await,
        history,
        "nor the history"
    );
    let status = browser
        .find(".faq-filter__status[role=status]")
        .await
        .text()
        .await
        .unwrap();
    let announced = match expected.len() {
        1 => faq.count_one.as_str().to_owned(),
        count => fill(faq.count_many.as_str(), &[("count", &count.to_string())]),
    };
    assert_eq!(status, announced, "the count is announced politely");
    let marks = browser
        .eval("return [...document.querySelectorAll('.faq-item:not([hidden]) mark')].map(m => m.textContent.toLowerCase())")
        .await;
    assert!(
        marks
            .as_array()
            .unwrap()
            .iter()
            .all(|mark| mark == "online")
            && !marks.as_array().unwrap().is_empty(),
        "the matches are highlighted: {marks}"
    );

    // A link shared on purpose opens the page filtered.
    browser.open("/faq?q=online").await;
    browser
        .wait_until(
            "document.getElementById('faq-filter-input').value === 'online'",
            "a shared link fills in the filter",
        )
        .await;
    assert_eq!(
        browser.eval(SHOWN_QUESTIONS).await,
        serde_json::json!(expected)
    );

    let input = browser.find("#faq-filter-input").await;
    input.clear().await.unwrap();
    input.send_keys("zzqx").await.unwrap();
    browser
        .wait_until(
            "document.querySelectorAll('.faq-item:not([hidden])').length === 0",
            "nothing matches",
        )
        .await;
    let status = browser
        .find(".faq-filter__status")
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(
        status,
        fill(faq.no_matches.as_str(), &[("query", "zzqx")]),
        "said kindly"
    );
    browser
        .find(".faq-filter__clear")
        .await
        .click()
        .await
        .unwrap();
    browser
        .wait_until(
            &format!("{SHOWN_QUESTIONS}.length === {}", all.len()).replace("return ", ""),
            "clearing shows every question again",
        )
        .await;
    assert_eq!(browser.eval(SHOWN_QUESTIONS).await, serde_json::json!(all));
    assert_eq!(
        browser.eval("return location.search").await,
        "?q=online",
        "the shared address stays as it was opened"
    );
    browser.finish().await;
}

#[tokio::test]
async fn a_faq_answer_opens_by_keyboard() {
    let browser = Browser::start(DESKTOP).await;
    browser.open("/faq").await;
    let first = &main_edition().pages.faq.questions[0];
    let toggle = format!("#{} .faq-item__toggle", first.id.as_str());
    let answer = browser
        .find(&format!("#{} .faq-item__answer", first.id.as_str()))
        .await;
    assert!(!answer.shown().await);
    assert_eq!(browser.accessible(&toggle).await.expanded, Some(false));
    browser
        .find(&toggle)
        .await
        .send_keys(&char::from(Key::Enter).to_string())
        .await
        .unwrap();
    assert_eq!(browser.accessible(&toggle).await.expanded, Some(true));
    assert_eq!(
        browser
            .accessible(&format!("#{} h2", first.id.as_str()))
            .await
            .role,
        "heading"
    );
    assert!(answer
        .text()
        .await
        .unwrap()
        .contains(first.answer[0].as_str()));
    browser.finish().await;
}

#[tokio::test]
async fn first_steps_go_one_at_a_time_with_anchors_and_print_as_a_list() {
    let browser = Browser::start(DESKTOP).await;
    let steps = &main_edition().pages.first_steps.steps;
    let shown = "return [...document.querySelectorAll('.steps__step')].filter(s => getComputedStyle(s).display !== 'none').map(s => s.id)";
    browser.open("/first-steps").await;
    assert_eq!(
        browser.eval(shown).await,
        serde_json::json!([steps[0].id.as_str()])
    );

    let history = browser.eval("return history.length").await;
    browser
        .find(&format!("#{} .steps__next", steps[0].id.as_str()))
        .await
        .click()
        .await
        .unwrap();
    browser
        .wait_until(
            &format!("location.hash === '#{}'", steps[1].id.as_str()),
            "the step is in the address",
        )
        .await;
    assert_eq!(
        browser.eval(shown).await,
        serde_json::json!([steps[1].id.as_str()])
    );
    assert!(
        browser.focused().await.contains(steps[1].title.as_str()),
        "focus moves to the step"
    );
    assert_eq!(
        browser.eval("return history.length").await,
        history,
        "stepping adds nothing to the history"
    );
    browser
        .find(&format!("#{} .steps__previous", steps[1].id.as_str()))
        .await
        .click()
        .await
        .unwrap();
    assert_eq!(
        browser.eval(shown).await,
        serde_json::json!([steps[0].id.as_str()]),
        "Previous goes back"
    );

    let last = steps.last().unwrap();
    browser
        .find(&format!(".steps__nav a[href='#{}']", last.id.as_str()))
        .await
        .click()
        .await
        .unwrap();
    assert_eq!(
        browser.eval(shown).await,
        serde_json::json!([last.id.as_str()])
    );
    assert_eq!(
        browser
            .eval(&format!(
                "return document.querySelector('#{} .steps__next')",
                last.id.as_str()
            ))
            .await,
        serde_json::Value::Null,
        "no step after the last"
    );
    assert_eq!(
        browser
            .eval("return document.querySelector('.steps__nav [aria-current=step]').textContent.trim()")
            .await,
        last.title.as_str(),
        "the list marks the current step"
    );

    // A fresh visit (the same page with another fragment would not reload).
    browser.open("/").await;
    browser
        .open(&format!("/first-steps#{}", steps[2].id.as_str()))
        .await;
    browser
        .wait_until(
            &format!(
                "{}.join() === '{}'",
                shown.replace("return ", ""),
                steps[2].id.as_str()
            ),
            "a step named in the address opens first",
        )
        .await;

    if browser.engine.has_devtools() {
        browser.emulate_media("print").await;
        let printed: Vec<&str> = steps.iter().map(|step| step.id.as_str()).collect();
        assert_eq!(
            browser.eval(shown).await,
            serde_json::json!(printed),
            "printed, every step shows"
        );
        assert_eq!(
            browser
                .eval("return getComputedStyle(document.querySelector('.steps__controls')).display")
                .await,
            "none"
        );
    } else if browser.engine.can_print() {
        let (printed, _) = browser.printed().await;
        for step in steps {
            assert!(
                printed.contains(step.title.as_str()),
                "printed, every step shows: {printed}"
            );
        }
    }
    browser.finish().await;
}
