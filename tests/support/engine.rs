//! The browser engines the end-to-end tests drive, each through its own
//! WebDriver server: Chromium (chromedriver), WebKit (WebKitWebDriver with
//! WebKitGTK's MiniBrowser) and Firefox (geckodriver). `$BROWSER_ENGINE`
//! picks one; Chromium when it is unset.

use serde_json::{json, Map, Value};
use std::net::SocketAddr;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};

/// One browser engine.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Chromium,
    WebKit,
    Firefox,
}

impl Engine {
    const ALL: [Engine; 3] = [Engine::Chromium, Engine::WebKit, Engine::Firefox];

    /// The engine named by `$BROWSER_ENGINE`, Chromium when it is unset.
    pub fn current() -> Self {
        match std::env::var("BROWSER_ENGINE") {
            Err(_) => Engine::Chromium,
            Ok(name) => Self::ALL
                .into_iter()
                .find(|engine| engine.name() == name)
                .unwrap_or_else(|| {
                    panic!("BROWSER_ENGINE={name:?}: expected chromium, webkit or firefox")
                }),
        }
    }

    /// The engine's name, as `$BROWSER_ENGINE` spells it.
    pub fn name(self) -> &'static str {
        match self {
            Engine::Chromium => "chromium",
            Engine::WebKit => "webkit",
            Engine::Firefox => "firefox",
        }
    }

    /// Whether the engine's driver speaks DevTools (emulation, throttling,
    /// the accessibility tree, the console and network logs).
    pub fn has_devtools(self) -> bool {
        self == Engine::Chromium
    }

    /// Hosts the browser itself calls whatever the page does, which no
    /// preference turns off: its requests there are refused like any other,
    /// but they are not the page's. (Firefox fetches its remote settings
    /// even with `services.settings.server` pointed elsewhere.)
    pub fn own_hosts(self) -> &'static [&'static str] {
        match self {
            Engine::Firefox => &["firefox.settings.services.mozilla.com"],
            Engine::Chromium | Engine::WebKit => &[],
        }
    }

    /// Whether its driver implements WebDriver's Print Page command.
    pub fn can_print(self) -> bool {
        self != Engine::WebKit
    }

    /// Starts the engine's WebDriver server on `port`, in its own process
    /// group so that ending the group also ends the browser it started, even
    /// when a failing test never closes it. `profile` is a fresh folder.
    pub(super) fn start_driver(self, port: u16, profile: &Path) -> Child {
        let (variable, default) = match self {
            Engine::Chromium => ("CHROMEDRIVER", "chromedriver"),
            Engine::WebKit => ("WEBKITWEBDRIVER", "WebKitWebDriver"),
            Engine::Firefox => ("GECKODRIVER", "geckodriver"),
        };
        let driver = std::env::var(variable).unwrap_or_else(|_| default.into());
        let mut command = match self {
            // WebKitGTK draws into an X display: a virtual one of its own for
            // each browser, since only one window of a display has the
            // keyboard, and WebKit waits for every key it sends to be taken.
            // Each starts its search for a free display elsewhere.
            Engine::WebKit => {
                static DISPLAYS: AtomicU32 = AtomicU32::new(0);
                let first = 100 + 7 * (DISPLAYS.fetch_add(1, Ordering::SeqCst) % 100);
                let mut command = Command::new("xvfb-run");
                command.args(["-a", "-n", &first.to_string()]).args([
                    "-s",
                    "-screen 0 1920x1200x24 -nolisten tcp",
                    &driver,
                ]);
                command
            }
            _ => Command::new(&driver),
        };
        command.process_group(0).arg(format!("--port={port}"));
        match self {
            Engine::Chromium => {}
            Engine::WebKit => {
                // MiniBrowser's toolbar would keep its window wider than a
                // phone; this stylesheet (read by GTK from the profile)
                // lets it shrink to 390 px. It changes the browser's
                // chrome only, never the page.
                let gtk = profile.join("config/gtk-3.0");
                std::fs::create_dir_all(&gtk).expect("a GTK settings folder");
                std::fs::write(
                    gtk.join("gtk.css"),
                    "* { min-width: 0; min-height: 0; padding: 0; margin: 0; font-size: 1px; }\n\
                     image { -gtk-icon-transform: scale(0.1); }\n",
                )
                .expect("write the GTK stylesheet");
                command
                    .env("XDG_CONFIG_HOME", profile.join("config"))
                    .env("XDG_DATA_HOME", profile.join("data"))
                    .env("XDG_CACHE_HOME", profile.join("cache"));
            }
            // Firefox's WebDriver BiDi port defaults to one fixed port, which
            // two tests side by side would share.
            Engine::Firefox => {
                command.arg(format!("--websocket-port={}", super::free_port()));
                // Firefox keeps its window at least 500 px wide for its
                // toolbars; the profile's own stylesheet for them lets it
                // shrink to a phone's width. It changes the browser's chrome
                // only, never the page.
                let chrome = profile.join("chrome");
                std::fs::create_dir_all(&chrome).expect("a Firefox profile");
                // mailto: goes to the system's mail program, with no
                // chooser offering web mail (whose icons come from the web).
                std::fs::write(
                    profile.join("handlers.json"),
                    r#"{"defaultHandlersVersion":{"en-US":999},"mimeTypes":{},"schemes":{"mailto":{"action":4,"ask":false}}}"#,
                )
                .expect("write the profile's handlers");
                std::fs::write(
                    chrome.join("userChrome.css"),
                    ":root { min-width: 0 !important; min-height: 0 !important; }\n",
                )
                .expect("write the profile's stylesheet");
            }
        }
        command
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|error| {
                panic!("cannot start {driver}: {error} (scripts/setup --browser installs it)")
            })
    }

    /// The session's capabilities: the browser, headless where it can be,
    /// JavaScript on or off, a window of `size`, and `sink` as the proxy for
    /// everything not bound for loopback.
    pub(super) fn capabilities(
        self,
        size: (u32, u32),
        javascript: bool,
        sink: SocketAddr,
        profile: &Path,
    ) -> Map<String, Value> {
        let binary = |variable: &str, default: &str| {
            std::env::var(variable).unwrap_or_else(|_| default.into())
        };
        let mut capabilities = Map::new();
        match self {
            Engine::Chromium => {
                capabilities.insert(
                    "goog:chromeOptions".into(),
                    json!({
                        "binary": binary("CHROMIUM", "/usr/bin/chromium"),
                        "args": [
                            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                            "--no-first-run", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync",
                            "--disable-dev-shm-usage",
                            // One language for the browser's own words, whatever the
                            // machine's (the content editor follows it).
                            "--lang=en-US",
                            format!("--user-data-dir={}", profile.display()),
                            format!("--window-size={},{}", size.0, size.1),
                            // Loopback is never proxied, so only requests
                            // bound elsewhere reach the sink.
                            format!("--proxy-server=http://{sink}"),
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
            }
            Engine::WebKit => {
                capabilities.insert("browserName".into(), json!("MiniBrowser"));
                capabilities.insert(
                    "webkitgtk:browserOptions".into(),
                    json!({
                        "binary": binary(
                            "MINIBROWSER",
                            "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
                        ),
                        "args": ["--automation", format!("--enable-javascript={javascript}")],
                    }),
                );
                capabilities.insert("proxy".into(), Self::proxy(sink));
            }
            Engine::Firefox => {
                capabilities.insert(
                    "moz:firefoxOptions".into(),
                    json!({
                        "binary": binary("FIREFOX", "/usr/bin/firefox-esr"),
                        "args": ["-headless", "-profile", profile.display().to_string()],
                        "prefs": {
                            "javascript.enabled": javascript,
                            "toolkit.legacyUserProfileCustomizations.stylesheets": true,
                            // Firefox's own background requests: none.
                            "network.captive-portal-service.enabled": false,
                            "network.connectivity-service.enabled": false,
                            "browser.safebrowsing.malware.enabled": false,
                            "browser.safebrowsing.phishing.enabled": false,
                            "browser.safebrowsing.downloads.enabled": false,
                            "browser.region.update.enabled": false,
                            "app.update.disabledForTesting": true,
                            "datareporting.policy.dataSubmissionEnabled": false,
                            "toolkit.telemetry.enabled": false,
                            "extensions.update.enabled": false,
                            "extensions.getAddons.cache.enabled": false,
                            "browser.newtabpage.enabled": false,
                            "network.dns.disablePrefetch": true,
                            "network.prefetch-next": false,
                        },
                    }),
                );
                capabilities.insert("proxy".into(), Self::proxy(sink));
            }
        }
        capabilities
    }

    /// The W3C proxy capability: everything but loopback to `sink`.
    fn proxy(sink: SocketAddr) -> Value {
        json!({
            "proxyType": "manual",
            "httpProxy": sink.to_string(),
            "sslProxy": sink.to_string(),
            "noProxy": ["127.0.0.1", "localhost"],
        })
    }
}

/// Whether a check must be skipped in the engine under test because of a
/// known bug of `engine`'s, filed at `bug`; says so on the test's output.
/// The caller still checks what a visitor there gets.
pub fn engine_bug(engine: Engine, bug: &str, what: &str) -> bool {
    if Engine::current() != engine {
        return false;
    }
    eprintln!("skipped in {}: {what} ({bug})", engine.name());
    true
}
