//! One browser session on the site: its driver, the site, and the trap for
//! requests bound anywhere else.

use super::engine::Engine;
use super::server::StaticServer;
use super::sink::RequestSink;
use super::{end_process_group, free_port, temp_dir, wait_for_port};
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::Value;
use std::process::Child;
use std::time::{Duration, Instant};

/// Console messages that only Chromium's log shows, because they are the
/// browser's own report of a response (a 404, a 503), not the page's: where
/// the page's console is read instead, a test may expect them but not miss them.
const BROWSER_ONLY: [&str; 2] = ["the server responded with a status of", "favicon.ico"];

/// A WebDriver session in one engine, the site, and the trap.
pub struct Browser {
    pub client: Client,
    pub site: StaticServer,
    pub engine: Engine,
    javascript: bool,
    sink: RequestSink,
    driver: Child,
    _profile: tempfile::TempDir,
}

impl Browser {
    /// Starts everything with the window at `size`, serving `dist/`.
    pub async fn start(size: (u32, u32)) -> Self {
        Self::start_with(size, StaticServer::start(super::dist_dir()), true).await
    }

    /// Starts a browser of the engine under test on `site`, with JavaScript
    /// on or off, its page area `size` CSS pixels.
    pub async fn start_with(size: (u32, u32), site: StaticServer, javascript: bool) -> Self {
        let engine = Engine::current();
        let sink = RequestSink::start();
        let profile = temp_dir();
        if !engine.has_devtools() {
            // The console is read through the rig's probe instead.
            site.probe().add_script("");
        }
        let capabilities = engine.capabilities(size, javascript, sink.addr(), profile.path());
        // A free port can be taken by another test's driver between
        // choosing it and binding it: then start again on another.
        let mut attempt = 0;
        let (driver, client) = loop {
            attempt += 1;
            let port = free_port();
            let mut driver = engine.start_driver(port, profile.path());
            wait_for_port(port);
            // A browser that dies as it starts (WebKit's, now and then, when
            // two start at once) leaves its driver waiting for it for ever.
            let mut builder = ClientBuilder::rustls().expect("TLS roots");
            builder.capabilities(capabilities.clone());
            let address = format!("http://127.0.0.1:{port}");
            match tokio::time::timeout(Duration::from_secs(30), builder.connect(&address))
                .await
                .map_err(|_| "no answer in 30 s".to_owned())
                .and_then(|session| session.map_err(|error| error.to_string()))
            {
                Ok(client) => break (driver, client),
                Err(error) if attempt < 3 => {
                    eprintln!(
                        "{} on port {port} gave no session ({error}); starting another",
                        engine.name()
                    );
                    end_process_group(&mut driver);
                }
                Err(error) => panic!("a WebDriver session in {}: {error}", engine.name()),
            }
        };
        // A page that never finishes loading, or a script that never ends,
        // fails the test instead of holding it for the drivers' five minutes.
        client
            .update_timeouts(fantoccini::wd::TimeoutConfiguration::new(
                Some(Duration::from_secs(20)),
                Some(Duration::from_secs(20)),
                None,
            ))
            .await
            .expect("set the session's timeouts");
        let browser = Self {
            client,
            site,
            engine,
            javascript,
            sink,
            driver,
            _profile: profile,
        };
        browser.resize(size).await;
        browser
    }

    /// Makes the page area `size` CSS pixels: the window, less whatever the
    /// engine's own chrome takes of it.
    pub async fn resize(&self, size: (u32, u32)) {
        self.client
            .set_window_size(size.0, size.1)
            .await
            .expect("set the window size");
        if self.engine.has_devtools() || !self.javascript {
            return;
        }
        let inner = self.eval("return [innerWidth, innerHeight]").await;
        let chrome = |index: usize, wanted: u32| {
            wanted + wanted.saturating_sub(inner[index].as_u64().unwrap_or(wanted.into()) as u32)
        };
        let (width, height) = (chrome(0, size.0), chrome(1, size.1));
        if (width, height) != size {
            self.client
                .set_window_size(width, height)
                .await
                .expect("set the window size");
        }
    }

    /// Clicks the element matching `css`.
    pub async fn click(&self, css: &str) {
        self.find(css)
            .await
            .click()
            .await
            .unwrap_or_else(|error| panic!("cannot click `{css}`: {error}"));
    }

    /// Whether the popover or `<details>` matching `css` is open.
    pub async fn is_open(&self, css: &str) -> bool {
        let quoted = serde_json::to_string(css).expect("a JSON string");
        self.eval(&format!(
            "const e = document.querySelector({quoted}); \
             return e.matches('details') ? e.open : e.matches(':popover-open');"
        ))
        .await
            == Value::Bool(true)
    }

    /// Whether the page stored anything in the browser (it must not).
    pub async fn stored_anything(&self) -> bool {
        self.eval(
            "return localStorage.length + sessionStorage.length > 0 || document.cookie !== ''",
        )
        .await
            == Value::Bool(true)
    }

    /// Opens a path of the site and returns as soon as the page has loaded,
    /// without waiting for its islands.
    pub async fn visit(&self, path: &str) {
        self.client
            .goto(&self.site.url(path))
            .await
            .expect("navigate");
        self.wait_for("main h1").await;
    }

    /// Opens a path of the site and waits until it is shown and, with
    /// JavaScript on, until its islands have come to life.
    pub async fn open(&self, path: &str) {
        self.client
            .goto(&self.site.url(path))
            .await
            .expect("navigate");
        self.wait_for("main h1").await;
        if self.javascript {
            self.wait_until(
                "performance.getEntriesByName('hydrated').length > 0",
                "the islands are hydrated",
            )
            .await;
        }
    }

    /// Waits up to ten seconds for an element.
    pub async fn wait_for(&self, css: &str) -> fantoccini::elements::Element {
        self.client
            .wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|error| panic!("no `{css}` appeared: {error}"))
    }

    /// The element matching `css`.
    pub async fn find(&self, css: &str) -> fantoccini::elements::Element {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|error| panic!("no `{css}`: {error}"))
    }

    /// Runs a script and returns its value.
    pub async fn eval(&self, script: &str) -> Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|error| panic!("script `{script}` failed: {error}"))
    }

    /// Waits until the page's `<h1>` reads `expected` (after an in-app
    /// navigation, the new page renders a moment after the address changes).
    pub async fn wait_for_heading(&self, expected: &str) {
        let quoted = serde_json::to_string(expected).expect("a JSON string");
        self.wait_until(
            &format!("document.querySelector('main h1')?.textContent.trim() === {quoted}"),
            &format!("the heading reads {expected:?}"),
        )
        .await;
    }

    /// The text of the page's `<h1>`.
    pub async fn heading(&self) -> String {
        self.find("main h1")
            .await
            .text()
            .await
            .expect("heading text")
    }

    /// The path of the current URL.
    pub async fn path(&self) -> String {
        self.client
            .current_url()
            .await
            .expect("current URL")
            .path()
            .to_owned()
    }

    /// A description of the focused element: tag, id, class and text.
    pub async fn focused(&self) -> String {
        self.eval(
            "const e = document.activeElement; \
             return e ? `${e.tagName.toLowerCase()}#${e.id}.${e.className} ${e.textContent.trim()}` : '';",
        )
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
    }

    /// Presses keys on the focused element.
    pub async fn press(&self, keys: &str) {
        self.client
            .active_element()
            .await
            .expect("a focused element")
            .send_keys(keys)
            .await
            .expect("send keys");
    }

    /// After the page handed an email draft (a `mailto:` address) to the
    /// browser: comes back to the page where the browser, having no mail
    /// program, left it, as a visitor there would.
    pub async fn back_from_mail_draft(&self) {
        if super::engine_bug(
            Engine::WebKit,
            "https://bugs.webkit.org/buglist.cgi?quicksearch=MiniBrowser%20mailto",
            "MiniBrowser, having no mail program, leaves the page for a blank one on a mailto: address",
        ) {
            self.wait_until("location.protocol !== 'http:'", "the draft is handed on")
                .await;
            self.client.back().await.expect("go back");
            self.wait_for("main h1").await;
        }
    }

    /// Waits until the boot script has found that the wasm cannot start.
    pub async fn wait_for_wasm_failure(&self) {
        // The attribute src/shell.rs names WASM_FAILED (built with `ssr` only).
        self.wait_until(
            "document.documentElement.hasAttribute('data-wasm-failed')",
            "the wasm is known to have failed",
        )
        .await;
    }

    /// Waits up to five seconds for a script expression to become true.
    /// A script that the page's leaving interrupts (WebKit then answers
    /// with an error) is asked again of the next page.
    pub async fn wait_until(&self, expression: &str, what: &str) {
        let deadline = Instant::now() + Duration::from_secs(5);
        let script = format!("return Boolean({expression})");
        loop {
            match self.client.execute(&script, vec![]).await {
                Ok(Value::Bool(true)) => return,
                Ok(_) => {}
                Err(error) if error.to_string().contains("unload") => {}
                Err(error) => panic!("script `{script}` failed: {error}"),
            }
            assert!(Instant::now() < deadline, "timed out waiting until {what}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Ends the session, then fails if the console showed an error or a
    /// warning, or if a page sent a request anywhere but the site.
    pub async fn finish(self) {
        self.finish_expecting(&[]).await;
    }

    /// As `finish`, where the console must show exactly the problems that
    /// contain these texts (such as a 404 status the test asked for).
    pub async fn finish_expecting(self, expected: &[&str]) {
        self.finish_beyond(expected, None).await;
    }

    /// As `finish_expecting`, where the page may also send to `relay` (the
    /// origin its form's endpoint is on).
    pub async fn finish_beyond(mut self, expected: &[&str], relay: Option<&str>) {
        let (problems, elsewhere) = if self.engine.has_devtools() {
            let problems = self.console_problems().await;
            let requests = self.page_requests().await;
            assert!(
                !requests.is_empty(),
                "the network log recorded the site's own requests"
            );
            let origin = self.site.url("/");
            let elsewhere: Vec<String> = requests
                .into_iter()
                // chrome:// and the like are the browser's own pages, not the network.
                .filter(|url| url.starts_with("http") || url.starts_with("ws"))
                .filter(|url| !url.starts_with(&origin))
                .filter(|url| relay.is_none_or(|relay| !url.starts_with(relay)))
                .collect();
            (problems, elsewhere)
        } else {
            // The probe's last reports may still be on their way.
            tokio::time::sleep(Duration::from_millis(300)).await;
            let engine = self.engine;
            let page_requests = self
                .sink
                .seen()
                .into_iter()
                .filter(|request| !engine.own_hosts().iter().any(|host| request.contains(host)))
                .filter(|request| relay.is_none_or(|relay| !request.contains(relay)))
                .collect();
            (self.site.probe().reports(), page_requests)
        };
        let _ = self.client.clone().close().await;
        end_process_group(&mut self.driver);
        let unexpected: Vec<&String> = problems
            .iter()
            .filter(|problem| !expected.iter().any(|text| problem.contains(text)))
            .collect();
        assert!(
            unexpected.is_empty(),
            "the console showed problems in {}: {unexpected:#?}",
            self.engine.name()
        );
        for text in expected {
            let seen_here = self.engine.has_devtools()
                || !BROWSER_ONLY
                    .iter()
                    .any(|browser_only| text.contains(browser_only));
            assert!(
                !seen_here || problems.iter().any(|problem| problem.contains(text)),
                "the console did not show the expected {text:?} in {}",
                self.engine.name()
            );
        }
        assert!(
            elsewhere.is_empty(),
            "{} sent requests beyond {}: {elsewhere:#?}",
            self.engine.name(),
            self.site.origin()
        );
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // On a failed test, `finish` never ran: still end the driver and
        // its browser.
        end_process_group(&mut self.driver);
    }
}
