//! One request to the relay, from its arrival to its answer. Nothing the
//! visitor typed is logged, stored or put into an address: it lives in this
//! function's memory until the email is handed to Email Routing.

use crate::config::Config;
use crate::form_page::{refill, Again};
use crate::{mail, seen::Seen};
use consultation::{Format, Reason, Reply, Request, Return, MAX_BODY_BYTES};
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use worker::{email::EmailMessage, Date, Env, Fetch, Headers, Method, Response, Result};

/// The bindings, by name (`wrangler.toml` declares them).
pub const MAIL_BINDING: &str = "MAIL";
pub const LIMIT_BINDING: &str = "LIMIT";

thread_local! {
    /// The ids delivered lately, in this instance's memory only.
    static SEEN: RefCell<Seen> = RefCell::new(Seen::default());
}

/// Answers one request.
pub async fn answer(mut request: worker::Request, env: &Env, config: &Config) -> Result<Response> {
    let origin = request.headers().get("Origin")?;
    let from_site = origin.as_deref() == Some(config.origin().as_str());
    let cors = from_site.then(|| config.origin());
    if request.path() != "/" {
        return refused(Reason::NotFound, cors.as_deref());
    }
    match request.method() {
        Method::Options if from_site => return preflight(config),
        Method::Post => {}
        _ => return refused(Reason::MethodNotAllowed, cors.as_deref()),
    }
    let cors = cors.as_deref();
    let Some(format) = request
        .headers()
        .get("Content-Type")?
        .as_deref()
        .and_then(Format::of)
    else {
        return refused(Reason::UnsupportedType, cors);
    };
    // A browser posting a plain form from a page that sends no referrer
    // (the site's pages send none, so that where a visitor has been stays
    // private) names its origin `null`: the HTML form is accepted so, the
    // island's JSON only with the site's own origin.
    let plain_form = format == Format::Form && origin.as_deref() == Some("null");
    if !from_site && !plain_form {
        return refused(Reason::ForeignOrigin, None);
    }
    let declared: Option<usize> = request
        .headers()
        .get("Content-Length")?
        .and_then(|length| length.parse().ok());
    if declared.is_some_and(|length| length > MAX_BODY_BYTES) {
        return refused(Reason::TooLarge, cors);
    }
    let paths = request.url()?.query().and_then(Return::from_query);
    if format == Format::Form && paths.is_none() {
        return refused(Reason::Malformed, cors);
    }
    let client = request
        .headers()
        .get("CF-Connecting-IP")?
        .unwrap_or_default();
    let allowed = env
        .rate_limiter(LIMIT_BINDING)?
        .limit(client)
        .await?
        .success;
    let body = request.bytes().await?;
    let visitor = match Request::read(&body, format) {
        Ok(visitor) => visitor,
        Err(reason) => return refused(reason, cors),
    };
    let back = paths.as_ref().map_or("/", |paths| paths.back.as_str());
    if !allowed {
        return match format {
            Format::Json => refused(Reason::RateLimited, cors),
            Format::Form => form_again(config, back, &visitor, &Again::Failed, 429).await,
        };
    }
    let problems = visitor.problems();
    if !problems.is_empty() {
        return match format {
            Format::Json => json(&Reply::problems(&problems), cors),
            Format::Form => {
                form_again(config, back, &visitor, &Again::Problems(&problems), 422).await
            }
        };
    }
    let now = Date::now().as_millis();
    let id = match visitor.id.as_str() {
        "" => new_id()?,
        id => id.to_owned(),
    };
    let duplicate = SEEN.with(|seen| seen.borrow_mut().delivered(&id, now));
    if !duplicate {
        let message = mail::compose(config, &visitor, &id, now);
        let sent = async {
            let email = EmailMessage::new(&config.from, &config.to, &message)?;
            env.send_email(MAIL_BINDING)?
                .send(&email)
                .await
                .map_err(worker::Error::from)
        };
        if sent.await.is_err() {
            return match format {
                Format::Json => refused(Reason::NotDelivered, cors),
                Format::Form => form_again(config, back, &visitor, &Again::Failed, 502).await,
            };
        }
        SEEN.with(|seen| seen.borrow_mut().mark(&id, now));
    }
    match (format, paths) {
        (Format::Form, Some(paths)) => {
            // Built by hand: a redirect's own headers cannot be added to.
            let mut response = Response::empty()?.with_status(303);
            let headers = response.headers_mut();
            secure(headers, None)?;
            headers.set("Location", config.on_site(&paths.done).as_str())?;
            Ok(response)
        }
        _ => json(&Reply::Delivered { id, duplicate }, cors),
    }
}

/// The form's page again, with the answers and why; a plain sentence
/// where the page cannot be fetched.
async fn form_again(
    config: &Config,
    path: &str,
    visitor: &Request,
    again: &Again<'_>,
    status: u16,
) -> Result<Response> {
    let page = match Fetch::Url(config.on_site(path)).send().await {
        Ok(mut page) if page.status_code() == 200 => page.text().await.ok(),
        _ => None,
    };
    let Some(html) = page.and_then(|html| refill(&html, &config.site, visitor, again)) else {
        let mut response = Response::error(
            "The request was not sent. Go back to the form: your answers are still there.",
            status,
        )?;
        secure(response.headers_mut(), None)?;
        return Ok(response);
    };
    let mut response = Response::from_html(html)?.with_status(status);
    let site = config.origin();
    let headers = response.headers_mut();
    secure(headers, None)?;
    // The site's stylesheet and images, and the form posting here again
    // (and sent on to the site's thank-you page, which form-action covers).
    headers.set(
        "Content-Security-Policy",
        &format!(
            "default-src 'none'; style-src {site}; img-src {site} data:; form-action 'self' {site}; \
             base-uri 'none'; frame-ancestors 'none'"
        ),
    )?;
    Ok(response)
}

/// The answer to a browser's preflight, for the site alone.
fn preflight(config: &Config) -> Result<Response> {
    let mut response = Response::empty()?.with_status(204);
    let headers = response.headers_mut();
    secure(headers, Some(&config.origin()))?;
    headers.set("Access-Control-Allow-Methods", "POST")?;
    headers.set("Access-Control-Allow-Headers", "Content-Type")?;
    headers.set("Access-Control-Max-Age", "86400")?;
    Ok(response)
}

fn refused(reason: Reason, cors: Option<&str>) -> Result<Response> {
    json(&Reply::refused(reason), cors)
}

/// A reply as JSON, with its status, readable by the site alone.
fn json(reply: &Reply, cors: Option<&str>) -> Result<Response> {
    let mut response = Response::from_json(reply)?.with_status(reply.status());
    secure(response.headers_mut(), cors)?;
    if let Reply::Refused {
        reason: Reason::MethodNotAllowed,
        ..
    } = reply
    {
        response.headers_mut().set("Allow", "POST, OPTIONS")?;
    }
    Ok(response)
}

/// What every answer carries: kept by no cache, sniffed by no browser, and
/// (where it is for the site) readable by the site.
fn secure(headers: &mut Headers, cors: Option<&str>) -> Result<()> {
    headers.set("Cache-Control", "no-store")?;
    headers.set("X-Content-Type-Options", "nosniff")?;
    headers.set("Referrer-Policy", "no-referrer")?;
    headers.set("Vary", "Origin")?;
    if let Some(origin) = cors {
        headers.set("Access-Control-Allow-Origin", origin)?;
    }
    Ok(())
}

/// A new request id, for a request from the HTML form (the island chooses
/// its own).
fn new_id() -> Result<String> {
    let scope: web_sys::WorkerGlobalScope = js_sys::global().unchecked_into();
    Ok(scope.crypto()?.random_uuid())
}
