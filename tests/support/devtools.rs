//! What a test asks of the browser beyond plain WebDriver: start-up
//! scripts, the accessibility tree, emulated screens and media, throttling
//! and axe-core. Chromium does these through DevTools; where another engine
//! has an equivalent, it is used there, and where none exists the method
//! says so (and the test checks `engine.has_devtools()`).

use super::commands::{Computed, DevTools, ReadLog};
use super::Browser;
use fantoccini::Locator;
use serde_json::{json, Value};
use std::path::Path;

/// An element as assistive technology gets it.
#[derive(Debug)]
pub struct Accessible {
    pub role: String,
    pub name: String,
    pub expanded: Option<bool>,
}

impl Browser {
    /// Runs `source` in every page this session opens, before the page's own
    /// scripts: through DevTools in Chromium, else as the rig's probe, which
    /// the site's server puts first in each page it serves.
    pub async fn before_every_page(&self, source: &str) {
        if !self.engine.has_devtools() {
            self.site.probe().add_script(source);
            return;
        }
        self.client
            .issue_cmd(DevTools(
                "Page.addScriptToEvaluateOnNewDocument",
                json!({ "source": source }),
            ))
            .await
            .expect("add a start-up script");
    }

    /// What the browser tells assistive technology about the element matching
    /// `css`: its role and name (WebDriver's computed role and label) and, for
    /// a control that opens something, whether it is expanded (Chromium's
    /// accessibility tree; elsewhere, the state the markup gives it).
    pub async fn accessible(&self, css: &str) -> Accessible {
        let element = self
            .client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|error| panic!("no `{css}`: {error}"));
        let id = element.element_id().to_string();
        let computed = |what| Computed {
            element: id.clone(),
            what,
        };
        let read = |value: Value| value.as_str().unwrap_or_default().to_owned();
        let role = read(
            self.client
                .issue_cmd(computed("computedrole"))
                .await
                .expect("the role"),
        );
        let name = read(
            self.client
                .issue_cmd(computed("computedlabel"))
                .await
                .expect("the name"),
        );
        let expanded = if self.engine.has_devtools() {
            self.expanded_in_tree(css).await
        } else {
            self.client
                .execute(
                    "const e = arguments[0];
                     if (e.hasAttribute('aria-expanded')) return e.getAttribute('aria-expanded') === 'true';
                     if (e.localName === 'summary') return e.parentElement.open;
                     if (e.popoverTargetElement) return e.popoverTargetElement.matches(':popover-open');
                     return null;",
                    vec![serde_json::to_value(&element).expect("an element reference")],
                )
                .await
                .expect("the expanded state")
                .as_bool()
        };
        Accessible {
            role,
            name,
            expanded,
        }
    }

    /// Whether Chromium's accessibility tree has the element expanded.
    async fn expanded_in_tree(&self, css: &str) -> Option<bool> {
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
        tree["nodes"][0]["properties"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|property| property["name"] == "expanded")
            .and_then(|property| property["value"]["value"].as_bool())
    }

    /// Lays pages out as a screen `width` CSS pixels wide (a phone below 600),
    /// in the light or dark colour scheme. Without DevTools, the window is
    /// resized instead, and the colour scheme stays the system's (light).
    pub async fn emulate_screen(&self, width: u32, dark: bool) {
        if !self.engine.has_devtools() {
            assert!(!dark, "the dark scheme is emulated in Chromium only");
            self.resize((width, 900)).await;
            return;
        }
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
        self.disable_cache().await;
    }

    /// Every page from now on as on a first visit: nothing from the cache.
    pub async fn disable_cache(&self) {
        let _ = self
            .client
            .issue_cmd(DevTools("Network.enable", json!({})))
            .await;
        self.client
            .issue_cmd(DevTools(
                "Network.setCacheDisabled",
                json!({ "cacheDisabled": true }),
            ))
            .await
            .expect("disable the cache");
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

    /// The URLs of every request the pages of this session made.
    pub(super) async fn page_requests(&self) -> Vec<String> {
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

    /// The errors and warnings of Chromium's console log.
    pub(super) async fn console_problems(&self) -> Vec<String> {
        let log = self
            .client
            .issue_cmd(ReadLog("browser"))
            .await
            .expect("read the console log");
        log.as_array()
            .into_iter()
            .flatten()
            .filter(|entry| matches!(entry["level"].as_str(), Some("SEVERE" | "WARNING")))
            .map(|entry| entry["message"].as_str().unwrap_or_default().to_owned())
            .collect()
    }

    /// The text of the page as printed (WebDriver's Print Page, read back
    /// with poppler's pdftotext), its spaces and ligatures made plain, and
    /// how many sheets it takes.
    pub async fn printed(&self) -> (String, usize) {
        let pdf = self
            .client
            .print(fantoccini::wd::PrintConfiguration::default())
            .await
            .expect("print the page");
        let mut child = std::process::Command::new("pdftotext")
            .args(["-", "-"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("pdftotext (poppler-utils; scripts/setup --browser installs it)");
        use std::io::Write;
        child
            .stdin
            .take()
            .expect("pdftotext's input")
            .write_all(&pdf)
            .expect("hand the PDF to pdftotext");
        let output = child.wait_with_output().expect("pdftotext's output");
        let text = String::from_utf8_lossy(&output.stdout);
        // pdftotext ends every sheet with a form feed.
        let sheets = text.matches('\u{c}').count();
        let plain = [
            ("ﬀ", "ff"),
            ("ﬁ", "fi"),
            ("ﬂ", "fl"),
            ("ﬃ", "ffi"),
            ("ﬄ", "ffl"),
        ]
        .iter()
        .fold(
            text.split_whitespace().collect::<Vec<_>>().join(" "),
            |text, (ligature, letters)| text.replace(ligature, letters),
        );
        (plain, sheets)
    }
}

/// Whether an element is shown, by the engine's own rendering.
#[allow(async_fn_in_trait)]
pub trait Shown {
    /// `checkVisibility()`, counting `visibility` and `opacity`. WebDriver's
    /// Is Element Displayed is a script of its own that WebKitWebDriver runs
    /// with another idea of `<details>`: it calls the content of a closed
    /// one shown (https://bugs.webkit.org/buglist.cgi?quicksearch=WebDriver%20displayed%20details).
    async fn shown(&self) -> bool;
}

impl Shown for fantoccini::elements::Element {
    async fn shown(&self) -> bool {
        self.clone()
            .client()
            .execute(
                "return arguments[0].checkVisibility({ visibilityProperty: true, opacityProperty: true })",
                vec![serde_json::to_value(self).expect("an element reference")],
            )
            .await
            .expect("check the element's visibility")
            == Value::Bool(true)
    }
}
