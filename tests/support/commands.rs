//! WebDriver commands fantoccini has no method for: Chromium's DevTools and
//! logs, and the W3C computed role and label of an element.

use fantoccini::wd::WebDriverCompatibleCommand;
use serde_json::{json, Value};

/// `POST /session/{id}/goog/cdp/execute`: a DevTools command.
#[derive(Debug)]
pub(super) struct DevTools(pub &'static str, pub Value);

impl WebDriverCompatibleCommand for DevTools {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/goog/cdp/execute",
            session.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "cmd": self.0, "params": self.1 });
        (http::Method::POST, Some(body.to_string()))
    }
}

/// `POST /session/{id}/se/log`: one of chromedriver's logs, `browser` (the
/// console) or `performance` (the page's DevTools network events).
#[derive(Debug)]
pub(super) struct ReadLog(pub &'static str);

impl WebDriverCompatibleCommand for ReadLog {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (
            http::Method::POST,
            Some(json!({ "type": self.0 }).to_string()),
        )
    }
}

/// `GET /session/{id}/element/{element}/computedrole` or `…/computedlabel`:
/// what the engine tells assistive technology an element is, and its name.
#[derive(Debug)]
pub(super) struct Computed {
    pub element: String,
    pub what: &'static str,
}

impl WebDriverCompatibleCommand for Computed {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/element/{}/{}",
            session.unwrap_or_default(),
            self.element,
            self.what
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::GET, None)
    }
}
