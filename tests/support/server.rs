//! The site served on 127.0.0.1 the way a static host serves it.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

/// A listener on a free loopback port, and a flag that stops its loop.
pub(super) struct Listening {
    pub(super) addr: SocketAddr,
    stop: Arc<AtomicBool>,
}

impl Listening {
    pub(super) fn start(handle: impl Fn(TcpStream) + Send + Sync + 'static) -> Self {
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
    probe: Arc<Probe>,
}

/// The rig's own script for engines without DevTools: when set, every page
/// is served with `/__rig/start.js` as the first thing in its `<head>`, so it
/// runs before the page's own scripts; it sends what the console showed to
/// `/__rig/report`, which survives the page being left.
#[derive(Default)]
pub struct Probe {
    script: Mutex<Option<String>>,
    reports: Mutex<Vec<String>>,
}

impl Probe {
    /// The folder of the rig's own addresses, apart from the site's.
    const FOLDER: &'static str = "/__rig/";

    /// Starts serving the probe with `script` run before each page's own.
    pub fn add_script(&self, script: &str) {
        let mut current = self.script.lock().expect("probe lock");
        let joined = format!("{}\n{script}", current.take().unwrap_or_default());
        *current = Some(joined);
    }

    /// What the pages reported so far.
    pub fn reports(&self) -> Vec<String> {
        self.reports.lock().expect("probe lock").clone()
    }

    /// The `<head>` with the probe's script tag first, when one is set.
    fn inject(&self, html: Vec<u8>, mount: &str) -> Vec<u8> {
        if self.script.lock().expect("probe lock").is_none() {
            return html;
        }
        let text = String::from_utf8_lossy(&html);
        let tag = format!("<script src=\"{mount}{}start.js\"></script>", Self::FOLDER);
        // After the charset, which must stay in the first bytes.
        let at = ["<meta charset=utf-8>", "<meta charset=\"utf-8\">", "<head>"]
            .iter()
            .find_map(|mark| text.find(mark).map(|at| at + mark.len()))
            .unwrap_or(0);
        format!("{}{tag}{}", &text[..at], &text[at..]).into_bytes()
    }

    /// Answers the rig's own addresses; false for any other path.
    fn answer(&self, path: &str, body: &[u8], stream: &mut TcpStream) -> bool {
        let Some(name) = path.strip_prefix(Self::FOLDER) else {
            return false;
        };
        let script = match name {
            "report" => {
                self.reports
                    .lock()
                    .expect("probe lock")
                    .push(String::from_utf8_lossy(body).into_owned());
                String::new()
            }
            _ => format!(
                "{}\n{}",
                include_str!("probe.js"),
                self.script
                    .lock()
                    .expect("probe lock")
                    .clone()
                    .unwrap_or_default()
            ),
        };
        let _ = write!(
            stream,
            "HTTP/1.1 200 OK\r\nContent-Type: text/javascript\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{script}",
            script.len()
        );
        true
    }
}

/// What the server does with POSTs: it records each one (path and body)
/// and answers 200, or 500 while `failing` is set, or never while `hanging`
/// is: a stand-in for a form endpoint. While `wasm_failing` is set, every
/// `.wasm` file answers 503, as a broken deploy or a blocking proxy would;
/// `wasm_delay_ms` holds every `.wasm` file back that long, as a slow
/// network would.
#[derive(Clone, Default)]
pub struct Capture {
    pub received: Arc<Mutex<Vec<(String, String)>>>,
    pub failing: Arc<AtomicBool>,
    pub hanging: Arc<AtomicBool>,
    pub wasm_failing: Arc<AtomicBool>,
    pub wasm_delay_ms: Arc<AtomicU64>,
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
        let probe = Arc::new(Probe::default());
        let prober = probe.clone();
        let listening = Listening::start(move |stream| {
            serve_file(&root, &prefix, &rules, &recorder, &prober, stream)
        });
        Self {
            listening,
            mount,
            capture,
            probe,
        }
    }

    /// The rig's script for engines without DevTools, and its reports.
    pub fn probe(&self) -> &Probe {
        &self.probe
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
    probe: &Probe,
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
    let full_path = target.split(['?', '#']).next().unwrap_or("/");
    let path = full_path
        .strip_prefix(mount)
        .filter(|rest| rest.is_empty() || rest.starts_with('/'));
    let mut body = vec![0; content_length];
    if request_line.starts_with("POST ") {
        let _ = reader.read_exact(&mut body);
    }
    if probe.answer(path.unwrap_or(full_path), &body, &mut stream) {
        return;
    }
    if request_line.starts_with("POST ") {
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
    let delay = capture.wasm_delay_ms.load(Ordering::SeqCst);
    let held = delay > 0 && file.extension().is_some_and(|ext| ext == "wasm");
    if held {
        thread::sleep(Duration::from_millis(delay));
    }
    let mut body = std::fs::read(&file).unwrap_or_default();
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
    if content_type.starts_with("text/html") {
        body = probe.inject(body, mount);
    }
    let mut head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for (name, value) in rules.for_path(path.unwrap_or(full_path)) {
        // A wasm held back must be fetched, and held back, on every page.
        if !(held && name.eq_ignore_ascii_case("cache-control")) {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
    }
    if held {
        head.push_str("Cache-Control: no-store\r\n");
    }
    head.push_str("\r\n");
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&body);
}
