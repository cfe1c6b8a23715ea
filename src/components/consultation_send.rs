//! Sending the consultation request to its endpoint, and reading the answer.

use consultation::{Field, Problem, FIELD_KEY, PROBLEMS_KEY, PROBLEM_KEY};
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::{JsCast, JsValue};

/// How long a send may take before it counts as failed.
const SEND_TIMEOUT: Duration = Duration::from_secs(15);

/// What the endpoint made of a request.
pub(super) enum Answer {
    Delivered,
    /// Refused for these answers (a relay's 422).
    Problems(Vec<(Field, Problem)>),
    /// Refused for another reason, unreachable, or no answer within
    /// `SEND_TIMEOUT`.
    Failed,
}

/// A new request id: `crypto.randomUUID()`, else one made of
/// `getRandomValues()` (older browsers, and pages not served over HTTPS,
/// lack the first), else of `Math.random()` and the time. Never empty, so
/// no two visitors share one.
pub(super) fn new_request_id() -> String {
    let crypto = window().crypto().ok();
    let uuid = crypto.as_ref().and_then(|crypto| {
        let make = js_sys::Reflect::get(crypto, &JsValue::from_str("randomUUID")).ok()?;
        make.dyn_ref::<js_sys::Function>()?
            .call0(crypto)
            .ok()?
            .as_string()
    });
    if let Some(uuid) = uuid.filter(|uuid| consultation::is_request_id(uuid)) {
        return uuid;
    }
    let mut bytes = [0u8; 16];
    let random =
        crypto.is_some_and(|crypto| crypto.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !random {
        let now = js_sys::Date::now().to_bits().to_le_bytes();
        for (index, byte) in bytes.iter_mut().enumerate() {
            *byte = (js_sys::Math::random() * 256.0) as u8 ^ now[index % now.len()];
        }
    }
    consultation::request_id(bytes)
}

/// POSTs JSON and reads the endpoint's answer.
pub(super) async fn post_json(url: &str, json: String) -> Answer {
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_body(&JsValue::from_str(&json));
    let abort = web_sys::AbortController::new().ok();
    init.set_signal(abort.as_ref().map(|abort| abort.signal()).as_ref());
    let headers = web_sys::Headers::new();
    let Ok(request) = headers.and_then(|headers| {
        headers.set("Content-Type", "application/json")?;
        init.set_headers(&headers);
        web_sys::Request::new_with_str_and_init(url, &init)
    }) else {
        return Answer::Failed;
    };
    // An endpoint that never answers must not leave the form sending for ever.
    let timer =
        abort.and_then(|abort| set_timeout_with_handle(move || abort.abort(), SEND_TIMEOUT).ok());
    let answered =
        wasm_bindgen_futures::JsFuture::from(window().fetch_with_request(&request)).await;
    if let Some(timer) = timer {
        timer.clear();
    }
    let Some(response) = answered
        .ok()
        .and_then(|response| response.dyn_into::<web_sys::Response>().ok())
    else {
        return Answer::Failed;
    };
    if response.ok() {
        return Answer::Delivered;
    }
    let problems = match response.text() {
        Ok(text) => wasm_bindgen_futures::JsFuture::from(text)
            .await
            .ok()
            .and_then(|text| text.as_string())
            .map(|text| listed_problems(&text))
            .unwrap_or_default(),
        Err(_) => Vec::new(),
    };
    Answer::Problems(problems)
}

/// The problems a relay's refusal lists (read with the browser's JSON
/// parser: serde's would add 12 KB to the wasm); none where it lists none.
fn listed_problems(json: &str) -> Vec<(Field, Problem)> {
    let key = |value: &JsValue, key: &str| {
        js_sys::Reflect::get(value, &JsValue::from_str(key))
            .ok()
            .and_then(|value| value.as_string())
    };
    let Some(listed) = js_sys::JSON::parse(json)
        .ok()
        .and_then(|reply| js_sys::Reflect::get(&reply, &JsValue::from_str(PROBLEMS_KEY)).ok())
        .and_then(|listed| listed.dyn_into::<js_sys::Array>().ok())
    else {
        return Vec::new();
    };
    listed
        .iter()
        .filter_map(|item| {
            Some((
                Field::from_key(&key(&item, FIELD_KEY)?)?,
                Problem::from_key(&key(&item, PROBLEM_KEY)?)?,
            ))
        })
        .collect()
}
