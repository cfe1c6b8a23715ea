//! The end-to-end rig: the release `dist/` served on 127.0.0.1 the way a
//! static host serves it, Chromium driven through chromedriver, a trap that
//! records any request bound anywhere else, and the browser console read back.

// Each test binary uses its own part of the rig.
#![allow(dead_code)]

use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// Phone and desktop window sizes.
pub const PHONE: (u32, u32) = (390, 844);
pub const DESKTOP: (u32, u32) = (1280, 900);

/// Each address's path, its heading and the first words of its own text.
pub fn routed_pages() -> Vec<(String, &'static str, &'static str)> {
    use practice_site::{PageId, Route};
    let content = practice_site::content::main_edition();
    let pages = &content.pages;
    let first_text = |route: Route| {
        let intro = match route {
            Route::Clinician(index) => &content.clinicians[index].bio,
            Route::Page(page) => match page {
                PageId::Home => &pages.home.intro,
                PageId::Approach => &pages.approach.paragraphs,
                PageId::Roots => &pages.roots.intro,
                PageId::PowerAndCulture => &pages.power_and_culture.intro,
                PageId::Glossary => &pages.glossary.intro,
                PageId::WhoItHelps => &pages.who_it_helps.intro,
                PageId::FirstSteps => &pages.first_steps.intro,
                PageId::Faq => &pages.faq.intro,
                PageId::Contact => &pages.contact.intro,
                PageId::Fees => &pages.fees.intro,
                PageId::Privacy => &pages.privacy.intro,
                PageId::Crisis => &pages.crisis.intro,
                PageId::Clinicians => &pages.clinicians.intro,
                PageId::NoticeOfPrivacyPractices => &pages.notice.intro,
                PageId::Accessibility => &pages.accessibility.intro,
            },
        };
        intro[0].segments()[0].text()
    };
    content
        .routes()
        .into_iter()
        .zip(content.routed())
        .map(|(route, (path, heading))| (format!("/{path}"), heading, first_text(route)))
        .collect()
}

/// The site as built for `/practice/` by `scripts/build --base /practice`,
/// with a form endpoint on the site (see scripts/test).
pub fn subpath_dist() -> PathBuf {
    let dir = std::env::var_os("SUBPATH_DIST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/dist-subpath"));
    assert!(
        dir.join("index.html").is_file(),
        "no sub-path build at {}: run `scripts/build --base /practice --dist {}` (scripts/test does)",
        dir.display(),
        dir.display()
    );
    dir
}

/// The built site: `$DIST_DIR`, or `dist/` beside Cargo.toml.
pub fn dist_dir() -> PathBuf {
    let dir = std::env::var_os("DIST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("dist"));
    assert!(
        dir.join("index.html").is_file(),
        "no built site at {}: run `trunk build --release` first (scripts/test does)",
        dir.display()
    );
    dir
}

/// A listener on a free loopback port, and a flag that stops its loop.
struct Listening {
    addr: SocketAddr,
    stop: Arc<AtomicBool>,
}

impl Listening {
    fn start(handle: impl Fn(TcpStream) + Send + Sync + 'static) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
        let addr = listener.local_addr().expect("a bound address");
        let stop = Arc::new(AtomicBool::new(false));
        let stopped = stop.clone();
        let handle = Arc::new(handle);
        thread::spawn(move || {
            for stream in listener.incoming() {
                if stopped.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let handle = handle.clone();
                thread::spawn(move || handle(stream));
            }
        });
        Self { addr, stop }
    }
}

impl Drop for Listening {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so it sees the flag.
        let _ = TcpStream::connect(self.addr);
    }
}

/// Serves a folder like a static host: the file, else the folder's
/// `index.html`, else `404.html` with status 404; under a mount path (the
/// base a site was built for, `""` for the root); with the response headers
/// that the site's own `_headers` file (its Netlify / Cloudflare deploy
/// config) sets.
pub struct StaticServer {
    listening: Listening,
    mount: String,
    capture: Capture,
}

/// What the server does with POSTs: it records each one (path and body)
/// and answers 200, or 500 while `failing` is set, or never while `hanging`
/// is: a stand-in for a form endpoint. While `wasm_failing` is set, every
/// `.wasm` file answers 503, as a broken deploy or a blocking proxy would.
#[derive(Clone, Default)]
pub struct Capture {
    pub received: Arc<Mutex<Vec<(String, String)>>>,
    pub failing: Arc<AtomicBool>,
    pub hanging: Arc<AtomicBool>,
    pub wasm_failing: Arc<AtomicBool>,
}

impl StaticServer {
    pub fn start(root: PathBuf) -> Self {
        Self::start_at(root, "")
    }

    /// Serves `root` under the path `mount` (e.g. `/practice`).
    pub fn start_at(root: PathBuf, mount: &str) -> Self {
        let rules = HeaderRules::read(&root.join("_headers"));
        let mount = mount.to_owned();
        let prefix = mount.clone();
        let capture = Capture::default();
        let recorder = capture.clone();
        let listening =
            Listening::start(move |stream| serve_file(&root, &prefix, &rules, &recorder, stream));
        Self {
            listening,
            mount,
            capture,
        }
    }

    /// The POSTs received so far, and the switch that makes them fail.
    pub fn capture(&self) -> &Capture {
        &self.capture
    }

    /// The absolute URL of a path of the site (the mount is added).
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}{}", self.listening.addr, self.mount, path)
    }

    /// The site's origin, `http://127.0.0.1:PORT`.
    pub fn origin(&self) -> String {
        format!("http://{}", self.listening.addr)
    }

    /// Fetches a path of the site as a crawler would, with no script run:
    /// the status code, the headers (names lowercased) and the body.
    pub fn get(&self, path: &str) -> Response {
        let mut stream = TcpStream::connect(self.listening.addr).expect("connect to the site");
        write!(
            stream,
            "GET {}{path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
            self.mount
        )
        .expect("send the request");
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).expect("read the response");
        let text = String::from_utf8_lossy(&raw).into_owned();
        let (head, body) = text.split_once("\r\n\r\n").expect("a complete response");
        let mut lines = head.lines();
        let status = lines
            .next()
            .and_then(|line| line.split_whitespace().nth(1))
            .and_then(|code| code.parse().ok())
            .expect("a status line");
        let headers = lines
            .filter_map(|line| line.split_once(": "))
            .map(|(name, value)| (name.to_ascii_lowercase(), value.to_owned()))
            .collect();
        Response {
            status,
            headers,
            body: body.to_owned(),
        }
    }
}

/// An element as assistive technology gets it.
#[derive(Debug)]
pub struct Accessible {
    pub role: String,
    pub name: String,
    pub expanded: Option<bool>,
}

/// One response from the static server.
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Response {
    /// The value of a header, by lowercase name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }
}

/// The rules of a `_headers` file: a path pattern (exact, or ending in `*`)
/// and the headers it adds.
struct HeaderRules(Vec<(String, Vec<(String, String)>)>);

impl HeaderRules {
    fn read(file: &Path) -> Self {
        let mut rules: Vec<(String, Vec<(String, String)>)> = Vec::new();
        let text = std::fs::read_to_string(file).unwrap_or_default();
        for line in text.lines() {
            let trimmed = line.trim();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            if !line.starts_with(char::is_whitespace) {
                rules.push((trimmed.to_owned(), Vec::new()));
            } else if let (Some((_, headers)), Some((name, value))) =
                (rules.last_mut(), trimmed.split_once(": "))
            {
                headers.push((name.to_owned(), value.to_owned()));
            }
        }
        Self(rules)
    }

    fn for_path(&self, path: &str) -> Vec<(String, String)> {
        self.0
            .iter()
            .filter(|(pattern, _)| match pattern.strip_suffix('*') {
                Some(prefix) => path.starts_with(prefix),
                None => path == pattern,
            })
            .flat_map(|(_, headers)| headers.iter().cloned())
            .collect()
    }
}

fn serve_file(
    root: &Path,
    mount: &str,
    rules: &HeaderRules,
    capture: &Capture,
    mut stream: TcpStream,
) {
    let mut reader = BufReader::new(stream.try_clone().expect("clone the stream"));
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    let mut content_length = 0;
    let mut form_post = false;
    let mut header = String::new();
    while reader.read_line(&mut header).is_ok_and(|read| read > 2) {
        if let Some((name, value)) = header.split_once(':') {
            if name.eq_ignore_ascii_case("content-length") {
                content_length = value.trim().parse().unwrap_or(0);
            }
            if name.eq_ignore_ascii_case("content-type") {
                form_post = value.contains("application/x-www-form-urlencoded");
            }
        }
        header.clear();
    }
    let target = request_line.split_whitespace().nth(1).unwrap_or("/");
    if request_line.starts_with("POST ") {
        let mut body = vec![0; content_length];
        let _ = reader.read_exact(&mut body);
        capture.received.lock().expect("capture lock").push((
            target.to_owned(),
            String::from_utf8_lossy(&body).into_owned(),
        ));
        if capture.hanging.load(Ordering::SeqCst) {
            // Holds the connection open, answering nothing, for longer than
            // any test waits.
            thread::sleep(Duration::from_secs(60));
            return;
        }
        let status = if capture.failing.load(Ordering::SeqCst) {
            "500 Internal Server Error"
        } else {
            "200 OK"
        };
        // A plain form post is answered with a page, as a form service does.
        let (content_type, body) = if form_post {
            (
                "text/html; charset=utf-8",
                "<!DOCTYPE html><title>Received</title><link rel=\"icon\" href=\"data:,\"><p>Received.",
            )
        } else {
            ("application/json", "{}")
        };
        let _ = write!(
            stream,
            "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        );
        return;
    }
    let full_path = target.split(['?', '#']).next().unwrap_or("/");
    let path = full_path
        .strip_prefix(mount)
        .filter(|rest| rest.is_empty() || rest.starts_with('/'));
    let relative = path.unwrap_or("/..").trim_start_matches('/');
    let safe = !relative.split('/').any(|part| part == "..");
    let candidates = [root.join(relative), root.join(relative).join("index.html")];
    let found = candidates.into_iter().find(|file| safe && file.is_file());
    let (status, file) = match found {
        Some(file)
            if capture.wasm_failing.load(Ordering::SeqCst)
                && file.extension().is_some_and(|ext| ext == "wasm") =>
        {
            ("503 Service Unavailable", root.join("404.html"))
        }
        Some(file) => ("200 OK", file),
        None => ("404 Not Found", root.join("404.html")),
    };
    let body = std::fs::read(&file).unwrap_or_default();
    let content_type = match file.extension().and_then(|ext| ext.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css",
        Some("js") => "text/javascript",
        Some("wasm") => "application/wasm",
        Some("svg") => "image/svg+xml",
        Some("webp") => "image/webp",
        Some("jpg") => "image/jpeg",
        Some("xml") => "application/xml",
        Some("txt") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };
    let mut head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for (name, value) in rules.for_path(path.unwrap_or(full_path)) {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&body);
}

/// A proxy that forwards nothing: whatever Chromium sends anywhere but
/// loopback (the page's requests, and the browser's own background chatter)
/// is refused here, so nothing leaves the machine even on a networked one.
/// Which requests the *page* made is read from its network log instead.
pub struct RequestSink {
    listening: Listening,
}

impl RequestSink {
    pub fn start() -> Self {
        let listening = Listening::start(|mut stream| {
            let mut buffer = [0_u8; 1024];
            let _ = stream.read(&mut buffer);
            let _ = stream.write_all(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n");
        });
        Self { listening }
    }
}

/// `POST /session/{id}/goog/cdp/execute`: a DevTools command.
#[derive(Debug)]
struct DevTools(&'static str, Value);

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
struct ReadLog(&'static str);

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

/// chromedriver with one headless Chromium session, the site, and the trap.
pub struct Browser {
    pub client: Client,
    pub site: StaticServer,
    javascript: bool,
    _sink: RequestSink,
    driver: Child,
    _profile: TempDir,
}

impl Browser {
    /// Starts everything with the window at `size`, serving `dist/`.
    pub async fn start(size: (u32, u32)) -> Self {
        Self::start_with(size, StaticServer::start(dist_dir()), true).await
    }

    /// Starts a browser on `site`, with JavaScript on or off.
    pub async fn start_with(size: (u32, u32), site: StaticServer, javascript: bool) -> Self {
        let sink = RequestSink::start();
        let profile = TempDir::new();
        let chromedriver = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into());
        let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
        let mut capabilities = serde_json::Map::new();
        capabilities.insert(
            "goog:chromeOptions".into(),
            json!({
                "binary": chromium,
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage",
                    format!("--user-data-dir={}", profile.0.display()),
                    format!("--window-size={},{}", size.0, size.1),
                    // Loopback is never proxied, so only requests bound
                    // elsewhere reach the sink.
                    format!("--proxy-server=http://{}", sink.listening.addr),
                ],
                "prefs": {
                    "profile.managed_default_content_settings.javascript": if javascript { 1 } else { 2 },
                },
            }),
        );
        capabilities.insert(
            "goog:loggingPrefs".into(),
            json!({ "browser": "ALL", "performance": "ALL" }),
        );
        // A free port can be taken by another test's chromedriver between
        // choosing it and binding it: then start again on another.
        let mut attempt = 0;
        let (driver, client) = loop {
            attempt += 1;
            let port = free_port();
            // Its own process group, so that ending the group also ends the
            // Chromium it starts, even when a failing test never closes it.
            let mut driver = Command::new(&chromedriver)
                .process_group(0)
                .arg(format!("--port={port}"))
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap_or_else(|error| {
                    panic!("cannot start {chromedriver}: {error} (scripts/setup installs it)")
                });
            wait_for_port(port);
            match ClientBuilder::rustls()
                .expect("TLS roots")
                .capabilities(capabilities.clone())
                .connect(&format!("http://127.0.0.1:{port}"))
                .await
            {
                Ok(client) => break (driver, client),
                Err(error) if attempt < 3 => {
                    eprintln!(
                        "chromedriver on port {port} gave no session ({error}); starting another"
                    );
                    end_process_group(&mut driver);
                }
                Err(error) => panic!("a WebDriver session: {error}"),
            }
        };
        client
            .set_window_size(size.0, size.1)
            .await
            .expect("set the window size");
        Self {
            client,
            site,
            javascript,
            _sink: sink,
            driver,
            _profile: profile,
        }
    }

    /// Runs `source` in every page this session opens, before the page's own
    /// scripts.
    pub async fn before_every_page(&self, source: &str) {
        self.client
            .issue_cmd(DevTools(
                "Page.addScriptToEvaluateOnNewDocument",
                json!({ "source": source }),
            ))
            .await
            .expect("add a start-up script");
    }

    /// What the browser tells assistive technology about the element matching
    /// `css`: its role, its name and, for a control that opens something,
    /// whether it is expanded (from Chromium's accessibility tree).
    pub async fn accessible(&self, css: &str) -> Accessible {
        let document = self
            .client
            .issue_cmd(DevTools("DOM.getDocument", json!({ "depth": 0 })))
            .await
            .expect("the document's node");
        let node = self
            .client
            .issue_cmd(DevTools(
                "DOM.querySelector",
                json!({ "nodeId": document["root"]["nodeId"], "selector": css }),
            ))
            .await
            .expect("query the document");
        assert_ne!(node["nodeId"], 0, "no `{css}`");
        let tree = self
            .client
            .issue_cmd(DevTools(
                "Accessibility.getPartialAXTree",
                json!({ "nodeId": node["nodeId"], "fetchRelatives": false }),
            ))
            .await
            .expect("the accessibility tree");
        let ax = &tree["nodes"][0];
        Accessible {
            role: ax["role"]["value"].as_str().unwrap_or_default().to_owned(),
            name: ax["name"]["value"].as_str().unwrap_or_default().to_owned(),
            expanded: ax["properties"]
                .as_array()
                .into_iter()
                .flatten()
                .find(|property| property["name"] == "expanded")
                .and_then(|property| property["value"]["value"].as_bool()),
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

    /// Fills in a complete consultation request, to be answered by `method`
    /// (`email` or `phone`) and paid by `payment` (`insurance` or `self-pay`).
    pub async fn fill_in_request(&self, method: &str, payment: &str) {
        self.find("#consult-name")
            .await
            .send_keys("Alex Rivera")
            .await
            .unwrap();
        self.click(&format!("#consult-method-{method}")).await;
        let (field, detail) = match method {
            "email" => ("#consult-email", "alex@example.org"),
            _ => ("#consult-phone", "(503) 555-0100"),
        };
        self.find(field).await.send_keys(detail).await.unwrap();
        self.find("#consult-availability")
            .await
            .send_keys("Weekday evenings")
            .await
            .unwrap();
        self.find("#consult-place")
            .await
            .select_by_value("Washington")
            .await
            .unwrap();
        self.click("#consult-format-telehealth").await;
        self.click(&format!("#consult-payment-{payment}")).await;
    }

    /// Presses the consultation request's send button.
    pub async fn send_request(&self) {
        self.click(".consult__form button[type=submit]").await;
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

    /// Lays pages out as a screen `width` CSS pixels wide (a phone below 600),
    /// in the light or dark colour scheme.
    pub async fn emulate_screen(&self, width: u32, dark: bool) {
        self.client
            .issue_cmd(DevTools(
                "Emulation.setDeviceMetricsOverride",
                json!({ "width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600 }),
            ))
            .await
            .expect("set the screen size");
        let scheme = if dark { "dark" } else { "light" };
        self.client
            .issue_cmd(DevTools(
                "Emulation.setEmulatedMedia",
                json!({ "features": [{ "name": "prefers-color-scheme", "value": scheme }] }),
            ))
            .await
            .expect("set the colour scheme");
    }

    /// Lays pages out as a phone `width` CSS pixels wide with `scale`
    /// device pixels to each (3 on many phones), as image choices see it.
    pub async fn emulate_phone(&self, width: u32, scale: u32) {
        self.client
            .issue_cmd(DevTools(
                "Emulation.setDeviceMetricsOverride",
                json!({ "width": width, "height": 844, "deviceScaleFactor": scale, "mobile": true }),
            ))
            .await
            .expect("set the screen size");
    }

    /// Asks pages for reduced motion, as a visitor's system setting would.
    pub async fn emulate_reduced_motion(&self) {
        self.client
            .issue_cmd(DevTools(
                "Emulation.setEmulatedMedia",
                json!({ "features": [{ "name": "prefers-reduced-motion", "value": "reduce" }] }),
            ))
            .await
            .expect("emulate reduced motion");
    }

    /// Runs axe-core (npm) on the page with the WCAG 2.0, 2.1 and 2.2 A and
    /// AA rules; returns each violation with the elements it found.
    pub async fn axe_violations(&self) -> Vec<String> {
        let axe = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("node_modules/axe-core/axe.min.js"),
        )
        .expect("axe-core in node_modules (scripts/setup installs it)");
        self.client
            .execute(&axe, vec![])
            .await
            .expect("load axe-core");
        let result = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, { runOnly: { type: 'tag', values:
                     ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] } })
                   .then(result => done(result.violations.map(v =>
                       `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`)))
                   .catch(error => done([`axe failed: ${error}`]));",
                vec![],
            )
            .await
            .expect("run axe-core");
        result
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|violation| violation.as_str().map(str::to_owned))
            .collect()
    }

    /// Renders pages as for `media` ("print", or "" for the screen).
    pub async fn emulate_media(&self, media: &str) {
        self.client
            .issue_cmd(DevTools(
                "Emulation.setEmulatedMedia",
                json!({ "media": media }),
            ))
            .await
            .expect("emulate a media type");
    }

    /// Whether the page stored anything in the browser (it must not).
    pub async fn stored_anything(&self) -> bool {
        self.eval(
            "return localStorage.length + sessionStorage.length > 0 || document.cookie !== ''",
        )
        .await
            == Value::Bool(true)
    }

    /// Slows the network and the processor as Lighthouse's mobile settings
    /// do: a 150 ms round trip, 1.6 Mbps down, 750 kbps up, the CPU 4× slower.
    pub async fn throttle_like_a_phone(&self) {
        let _ = self
            .client
            .issue_cmd(DevTools("Network.enable", json!({})))
            .await;
        self.client
            .issue_cmd(DevTools(
                "Network.emulateNetworkConditions",
                json!({
                    "offline": false,
                    "latency": 150,
                    "downloadThroughput": 1_638_400 / 8,
                    "uploadThroughput": 768_000 / 8,
                }),
            ))
            .await
            .expect("throttle the network");
        self.client
            .issue_cmd(DevTools(
                "Emulation.setCPUThrottlingRate",
                json!({ "rate": 4 }),
            ))
            .await
            .expect("throttle the processor");
        // Every page as on a first visit: nothing from the cache.
        self.client
            .issue_cmd(DevTools(
                "Network.setCacheDisabled",
                json!({ "cacheDisabled": true }),
            ))
            .await
            .expect("disable the cache");
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

    /// Waits up to five seconds for a script expression to become true.
    pub async fn wait_until(&self, expression: &str, what: &str) {
        let deadline = Instant::now() + Duration::from_secs(5);
        while self.eval(&format!("return Boolean({expression})")).await != Value::Bool(true) {
            assert!(Instant::now() < deadline, "timed out waiting until {what}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The URLs of every request the pages of this session made.
    async fn page_requests(&self) -> Vec<String> {
        let log = self
            .client
            .issue_cmd(ReadLog("performance"))
            .await
            .expect("read the network log");
        log.as_array()
            .into_iter()
            .flatten()
            .filter_map(|entry| serde_json::from_str::<Value>(entry["message"].as_str()?).ok())
            .filter(|event| event["message"]["method"] == "Network.requestWillBeSent")
            .filter_map(|event| {
                Some(
                    event["message"]["params"]["request"]["url"]
                        .as_str()?
                        .to_owned(),
                )
            })
            .collect()
    }

    /// Ends the session, then fails if the console showed an error or a
    /// warning, or if a page sent a request anywhere but the site.
    pub async fn finish(self) {
        self.finish_expecting(&[]).await;
    }

    /// As `finish`, where the console must show exactly the problems that
    /// contain these texts (such as a 404 status the test asked for).
    pub async fn finish_expecting(mut self, expected: &[&str]) {
        let log = self
            .client
            .issue_cmd(ReadLog("browser"))
            .await
            .expect("read the console log");
        let requests = self.page_requests().await;
        let _ = self.client.clone().close().await;
        end_process_group(&mut self.driver);
        let problems: Vec<String> = log
            .as_array()
            .into_iter()
            .flatten()
            .filter(|entry| matches!(entry["level"].as_str(), Some("SEVERE" | "WARNING")))
            .map(|entry| entry["message"].as_str().unwrap_or_default().to_owned())
            .collect();
        let unexpected: Vec<&String> = problems
            .iter()
            .filter(|problem| !expected.iter().any(|text| problem.contains(text)))
            .collect();
        assert!(
            unexpected.is_empty(),
            "the console showed problems: {unexpected:#?}"
        );
        for text in expected {
            assert!(
                problems.iter().any(|problem| problem.contains(text)),
                "the console did not show the expected {text:?}"
            );
        }
        let origin = self.site.url("/");
        assert!(
            !requests.is_empty(),
            "the network log recorded the site's own requests"
        );
        let elsewhere: Vec<&String> = requests
            .iter()
            // chrome:// and the like are the browser's own pages, not the network.
            .filter(|url| url.starts_with("http") || url.starts_with("ws"))
            .filter(|url| !url.starts_with(&origin))
            .collect();
        assert!(
            elsewhere.is_empty(),
            "the page sent requests beyond {origin}: {elsewhere:#?}"
        );
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // On a failed test, `finish` never ran: still end chromedriver and
        // its Chromium.
        end_process_group(&mut self.driver);
    }
}

/// Ends a child and everything in its process group.
fn end_process_group(child: &mut Child) {
    let _ = Command::new("kill")
        .args(["-KILL", "--", &format!("-{}", child.id())])
        .stderr(Stdio::null())
        .status();
    let _ = child.wait();
}

/// A fresh folder, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> Self {
        static COUNTER: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "practice-site-e2e-{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst)
        ));
        std::fs::create_dir_all(&dir).expect("create a temporary folder");
        Self(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("a free port")
        .port()
}

fn wait_for_port(port: u16) {
    let deadline = Instant::now() + Duration::from_secs(15);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            Instant::now() < deadline,
            "chromedriver did not start on port {port}"
        );
        thread::sleep(Duration::from_millis(50));
    }
}
