//! The consultation relay under `wrangler dev` (the Workers runtime on this
//! machine), started by `scripts/relay` as a developer starts it: each email
//! it would send is written to an `.eml` file whose path its log names.

use super::end_process_group;
use super::temp_dir;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The port the relay build's `form_endpoint` names (scripts/test).
pub const RELAY_PORT: u16 = 8797;

/// A running relay, ended on drop.
pub struct Relay {
    process: Child,
    log: std::path::PathBuf,
    _dir: tempfile::TempDir,
}

/// One answer from the relay.
pub struct Answer {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Relay {
    /// Starts the relay for the site at `site_origin`, and waits until it
    /// answers.
    pub fn start(site_origin: &str) -> Self {
        let dir = temp_dir();
        let log = dir.path().join("relay.log");
        let file = std::fs::File::create(&log).expect("create the relay's log");
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let process = Command::new(root.join("scripts/relay"))
            // Its own state (the rate limiter's counts among it), as on a
            // fresh start of the Workers runtime.
            .arg("dev")
            .arg("--persist-to")
            .arg(dir.path().join("state"))
            .env("RELAY_PORT", RELAY_PORT.to_string())
            .env("SITE_ORIGIN", site_origin)
            // wrangler writes its state and the emails under relay/.wrangler.
            .current_dir(root)
            .stdin(Stdio::null())
            .stdout(file.try_clone().expect("the log again"))
            .stderr(file)
            .process_group(0)
            .spawn()
            .expect("start scripts/relay");
        let relay = Self {
            process,
            log,
            _dir: dir,
        };
        let deadline = Instant::now() + Duration::from_secs(300);
        while !relay
            .log()
            .contains(&format!("Ready on http://127.0.0.1:{RELAY_PORT}"))
        {
            assert!(
                Instant::now() < deadline,
                "the relay did not start:\n{}",
                relay.log()
            );
            std::thread::sleep(Duration::from_millis(200));
        }
        relay
    }

    /// Its address, as the site's `form_endpoint` names it.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{RELAY_PORT}/")
    }

    /// Everything it has printed.
    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Every email it has sent, in order, as MIME text.
    pub fn emails(&self) -> Vec<String> {
        self.log()
            .lines()
            .filter_map(|line| line.trim().strip_prefix("Email: "))
            .map(|path| std::fs::read_to_string(path.trim()).expect("read an email"))
            .collect()
    }

    /// Waits until it has sent `count` emails, and gives them.
    pub fn wait_for_emails(&self, count: usize) -> Vec<String> {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let emails = self.emails();
            if emails.len() >= count || Instant::now() > deadline {
                return emails;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// POSTs `body` as `content_type` with this `Origin`, as a page there
    /// would.
    pub fn post(&self, origin: &str, content_type: &str, body: &str) -> Answer {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            .build()
            .into();
        let mut response = agent
            .post(&self.url())
            .header("Origin", origin)
            .header("Content-Type", content_type)
            .send(body)
            .expect("the relay answers");
        Answer {
            status: response.status().as_u16(),
            headers: response
                .headers()
                .iter()
                .map(|(name, value)| {
                    (
                        name.as_str().to_owned(),
                        value.to_str().unwrap_or_default().to_owned(),
                    )
                })
                .collect(),
            body: response.body_mut().read_to_string().unwrap_or_default(),
        }
    }
}

impl Answer {
    /// A header's value, by lowercase name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }
}

impl Drop for Relay {
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!("the relay's log:\n{}", self.log());
        }
        end_process_group(&mut self.process);
    }
}
