//! The page shell Trunk writes (`index.html`), made ready for every page
//! before any is rendered into it: the no-script stylesheet, our own
//! start-up script and the inline head script, one stylesheet, and the
//! Content-Security-Policy as a `<meta>`.

use crate::content::{base, editions};
use crate::headers::{inline_scripts, script_hash, Policy};
use crate::reading_preferences::{Preference, STORAGE_KEY};

/// Set by the start-up script on each island once it has come to life. Until
/// then (and for good if the wasm never arrives) the page's CSS keeps each
/// widget's HTML-only behaviour: `leptos-island:not([data-hydrated])`.
pub const HYDRATED: &str = "data-hydrated";
/// Kept by the head script on a button pressed before its island came to
/// life: how many times, for the start-up script to press it again.
pub const PRESSED_EARLY: &str = "data-pressed-early";
/// Set on `<html>` by the start-up script when the wasm could not start: the
/// controls that need it (`.needs-wasm`) are hidden then, as without script.
pub const WASM_FAILED: &str = "data-wasm-failed";

/// The start-up scripts' blanks for the names above.
fn fill_names(script: &str) -> String {
    script
        .replace("__HYDRATED__", HYDRATED)
        .replace("__PRESSED__", PRESSED_EARLY)
        .replace("__WASM_FAILED__", WASM_FAILED)
}

/// Wraps the stylesheet Trunk emitted for `style/<stem>.css` in `<noscript>`,
/// so it applies only when JavaScript is off (Trunk does not look inside
/// `<noscript>` itself).
pub fn only_without_script(shell: &str, stem: &str) -> String {
    let marker = format!("/{stem}-");
    let found = shell.match_indices("<link ").find_map(|(start, _)| {
        let end = start + shell[start..].find('>')? + 1;
        shell[start..end].contains(&marker).then_some((start, end))
    });
    let (start, end) =
        found.unwrap_or_else(|| panic!("the shell has no stylesheet style/{stem}.css"));
    format!(
        "{}<noscript>{}</noscript>{}",
        &shell[..start],
        &shell[start..end],
        &shell[end..]
    )
}

/// Takes Trunk's inline start-up script and its preloads out of the shell
/// and makes our own start-up script (`src/boot.js`) for its own file,
/// which the head script starts once the page has loaded: no inline script,
/// so the Content-Security-Policy can forbid them all, and nothing fetched
/// for the wasm before the first view. Returns the new shell and the
/// script's file name and text.
pub fn start_up_script(shell: &str) -> (String, String, String) {
    const OPEN: &str = "<script type=\"module\">";
    let start = shell
        .find(OPEN)
        .expect("Trunk's start-up <script type=\"module\"> in the shell");
    let length = shell[start..]
        .find("</script>")
        .expect("the start-up script's end")
        + "</script>".len();
    let trunk_script = &shell[start..start + length];
    let glue =
        quoted_after(trunk_script, " from ").expect("the wasm-bindgen glue in Trunk's script");
    let wasm = quoted_after(trunk_script, "module_or_path:").expect("the wasm in Trunk's script");
    let script = fill_names(include_str!("boot.js"))
        .replace("__GLUE__", glue)
        .replace("__WASM__", wasm);
    let file = hashed_name("boot", "js", &script);
    let shell = format!("{}{}", &shell[..start], &shell[start + length..]);
    let shell = without_tags(&shell, "<link rel=\"modulepreload\"");
    let shell = without_tags(&shell, "<link rel=\"preload\"");
    (shell, file, script)
}

/// Under `trunk serve`, Trunk adds an inline script to every page that
/// reloads it after each rebuild; the dev server fills in its address when it
/// sends the page, so no hash could allow it. This moves it into its own
/// file, the address taken from the page's location instead: the pages keep
/// the site's policy under `trunk serve` too. Returns the new shell and, when
/// there was one, the script's file name and text.
pub fn live_reload_script(shell: &str) -> (String, Option<(String, String)>) {
    const MARKER: &str = ".well-known/trunk/ws";
    let Some(marker) = shell.find(MARKER) else {
        return (shell.to_owned(), None);
    };
    let start = shell[..marker]
        .rfind("<script")
        .expect("the live-reload <script>");
    let open_end = start + shell[start..].find('>').expect("its opening tag") + 1;
    let end = marker + shell[marker..].find("</script>").expect("its end");
    let script = shell[open_end..end]
        .replace("'{{__TRUNK_ADDRESS__}}'", "window.location.host")
        .replace("{{__TRUNK_WS_BASE__}}", &format!("{}/", base()));
    let file = hashed_name("live-reload", "js", &script);
    let shell = format!(
        "{}<script src=\"{}/assets/{file}\"></script>{}",
        &shell[..start],
        base(),
        &shell[end + "</script>".len()..]
    );
    (shell, Some((file, script)))
}

/// Puts the script that must run before the first paint (`src/head.js`:
/// reading preferences, the quick exit, and starting `boot_file` once the
/// page is painted) inline ahead of the stylesheets: no request of its own
/// on the way to the first paint. Its text is the same in every build of
/// the same preferences, so the Content-Security-Policy allows it by hash.
/// Returns the new shell and the script's text.
pub fn head_script(shell: &str, boot_file: &str) -> (String, String) {
    let known: Vec<String> = Preference::ALL
        .iter()
        .map(|preference| {
            let values: Vec<String> = preference.options()[1..]
                .iter()
                .map(|value| format!("{value:?}"))
                .collect();
            format!("{:?}: [{}]", preference.name(), values.join(", "))
        })
        .collect();
    let script = fill_names(include_str!("head.js"))
        .replace("__PREFERENCES__", &format!("{{ {} }}", known.join(", ")))
        .replace("__STORAGE_KEY__", STORAGE_KEY);
    let at = shell.find("<link ").expect("the shell's stylesheets");
    let shell = format!(
        "{}<script data-boot=\"{}/assets/{boot_file}\">{script}</script>{}",
        &shell[..at],
        base(),
        &shell[at..]
    );
    (shell, script)
}

/// The site's Content-Security-Policy for pages made from `shell`: it allows
/// the shell's inline scripts (the head script) by their hashes, and the form
/// endpoints of every edition may receive requests.
pub fn site_policy(shell: &str) -> Policy {
    let endpoints: Vec<&str> = editions()
        .iter()
        .filter_map(|edition| edition.pages.contact.form_endpoint.as_ref())
        .map(|endpoint| endpoint.as_str())
        .collect();
    let mailto_form = endpoints.len() < editions().len();
    let hashes: Vec<String> = inline_scripts(shell).into_iter().map(script_hash).collect();
    Policy::for_site(&hashes, &endpoints, mailto_form)
}

/// Puts `policy` into the shell as a `<meta>`, right after the charset and
/// before any script, for hosts that send no headers of their own.
pub fn policy_meta(shell: &str, policy: &Policy) -> String {
    const CHARSET: &str = "<meta charset=\"utf-8\">";
    let at = shell.find(CHARSET).expect("the shell's <meta charset>") + CHARSET.len();
    format!(
        "{}<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">{}",
        &shell[..at],
        policy.meta().header(),
        &shell[at..]
    )
}

/// Joins the stylesheets Trunk emitted, in order, into one file: one request
/// before the first paint instead of one per component. The no-script
/// stylesheet (inside `<noscript>`) stays apart. `read` gives a stylesheet's
/// text by file name. Returns the new shell, the joined file's name and text,
/// and the files it replaces.
pub fn one_stylesheet(
    shell: &str,
    read: impl Fn(&str) -> String,
) -> (String, String, String, Vec<String>) {
    const OPEN: &str = "<link rel=\"stylesheet\" href=\"";
    let prefix = format!("{}/assets/", base());
    let mut kept = String::with_capacity(shell.len());
    let mut joined = String::new();
    let mut files = Vec::new();
    let mut first = None;
    let mut rest = shell;
    while let Some(start) = rest.find(OPEN) {
        let end = start + rest[start..].find('>').expect("a closed <link>") + 1;
        let tag = &rest[start..end];
        let href = &tag[OPEN.len()..OPEN.len() + tag[OPEN.len()..].find('"').expect("an href")];
        let inside_noscript = rest[..start].ends_with("<noscript>");
        kept.push_str(&rest[..start]);
        match href.strip_prefix(&prefix) {
            Some(file) if !inside_noscript => {
                first.get_or_insert(kept.len());
                joined.push_str(read(file).trim_end());
                joined.push('\n');
                files.push(file.to_owned());
            }
            _ => kept.push_str(tag),
        }
        rest = &rest[end..];
    }
    kept.push_str(rest);
    let file = hashed_name("site", "css", &joined);
    let at = first.expect("the shell's stylesheets");
    kept.insert_str(
        at,
        &format!("<link rel=\"stylesheet\" href=\"{prefix}{file}\">"),
    );
    (kept, file, joined, files)
}

/// `stem-<hash of text>.extension`: a new name whenever the text changes,
/// so the file can be cached for ever.
// SHA-256, not `DefaultHasher`, whose output may change with a Rust release
// and would then rename (and un-cache) unchanged files.
fn hashed_name(stem: &str, extension: &str, text: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(text.as_bytes());
    let hex: String = digest[..8]
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect();
    format!("{stem}-{hex}.{extension}")
}

/// The first '-quoted text after `marker` in `text`.
fn quoted_after<'a>(text: &'a str, marker: &str) -> Option<&'a str> {
    let after = &text[text.find(marker)? + marker.len()..];
    let start = after.find('\'')? + 1;
    let end = start + after[start..].find('\'')?;
    Some(&after[start..end])
}

/// `html` without the tags that start with `opening`.
fn without_tags(html: &str, opening: &str) -> String {
    let mut rest = html;
    let mut kept = String::with_capacity(html.len());
    while let Some(start) = rest.find(opening) {
        kept.push_str(&rest[..start]);
        let end = rest[start..]
            .find('>')
            .map_or(rest.len(), |end| start + end + 1);
        rest = &rest[end..];
    }
    kept.push_str(rest);
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHELL: &str =
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><!--HEAD--></head><body></body></html>";

    #[test]
    fn the_no_script_stylesheet_applies_only_without_script() {
        let shell = "<head><link rel=\"stylesheet\" href=\"/base-1a.css\"/><link rel=\"stylesheet\" href=\"/no-js-2b.css\"/></head>";
        assert_eq!(
            only_without_script(shell, "no-js"),
            "<head><link rel=\"stylesheet\" href=\"/base-1a.css\"/><noscript><link rel=\"stylesheet\" href=\"/no-js-2b.css\"/></noscript></head>"
        );
    }

    #[test]
    fn the_start_up_script_is_ours_in_a_file_named_by_its_content_and_nothing_is_preloaded() {
        let shell = "<head><link rel=\"modulepreload\" href=\"/assets/app.js\"><link rel=\"preload\" href=\"/assets/app_bg.wasm\" as=\"fetch\"><script type=\"module\">\nimport init, * as bindings from '/assets/app.js';\nconst wasm = await init({ module_or_path: '/assets/app_bg.wasm' });\n</script></head>";
        let (new_shell, file, script) = start_up_script(shell);
        assert!(
            script.contains("await import(\"/assets/app.js\")"),
            "{script}"
        );
        assert!(script.contains("module_or_path: \"/assets/app_bg.wasm\""));
        assert!(file.starts_with("boot-") && file.ends_with(".js"));
        assert_eq!(new_shell, "<head></head>", "no script or preload is left");
        let (_, other, _) = start_up_script(&shell.replace("app.js", "app2.js"));
        assert_ne!(file, other, "a new build gets a new name");
    }

    #[test]
    fn the_head_script_comes_before_the_stylesheets_and_knows_every_preference() {
        let shell =
            "<head><meta charset=\"utf-8\"><link rel=\"stylesheet\" href=\"/a.css\"></head>";
        let (new_shell, script) = head_script(shell, "boot-1.js");
        assert_eq!(
            new_shell,
            format!("<head><meta charset=\"utf-8\"><script data-boot=\"/assets/boot-1.js\">{script}</script><link rel=\"stylesheet\" href=\"/a.css\"></head>")
        );
        assert!(script.contains(&format!("localStorage.getItem(\"{STORAGE_KEY}\")")));
        assert!(
            script.contains("largest-contentful-paint"),
            "it starts the wasm once the main content is painted"
        );
        assert!(
            script.contains("\"theme\": [\"light\", \"dark\", \"contrast\"]"),
            "{script}"
        );
        assert!(!script.contains("__"), "every blank is filled in");
    }

    #[test]
    fn the_start_up_scripts_and_the_stylesheets_name_the_same_states() {
        let (_, head) = head_script(SHELL.replace("<!--HEAD-->", "<link >").as_str(), "b.js");
        assert!(head.contains(&format!("leptos-island:not([{HYDRATED}])")));
        assert!(head.contains(PRESSED_EARLY));
        let boot = fill_names(include_str!("boot.js"));
        assert!(!boot.contains("__HYDRATED__") && !boot.contains("__WASM_FAILED__"));
        let css: String = [
            "base.css",
            "components/steps.css",
            "components/roots-explorer.css",
        ]
        .iter()
        .map(|file| {
            std::fs::read_to_string(format!("{}/style/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap()
        })
        .collect();
        assert!(css.contains(&format!("leptos-island:not([{HYDRATED}])")));
        assert!(css.contains(&format!("[{WASM_FAILED}] .needs-wasm")));
    }

    #[test]
    fn trunks_live_reload_script_moves_into_a_file_that_finds_the_server_itself() {
        let shell = "<body><script>const address = '{{__TRUNK_ADDRESS__}}'; \
                     const base = '{{__TRUNK_WS_BASE__}}'; go(address + base + '.well-known/trunk/ws');</script></body>";
        let (new_shell, moved) = live_reload_script(shell);
        let (file, script) = moved.expect("the script was found");
        assert_eq!(
            new_shell,
            format!("<body><script src=\"/assets/{file}\"></script></body>")
        );
        assert!(script.contains("const address = window.location.host;"));
        assert!(script.contains("const base = '/';"));
        assert_eq!(
            live_reload_script("<body></body>").1,
            None,
            "a release build has none"
        );
    }

    #[test]
    fn the_policy_is_in_every_page_before_its_script() {
        let shell = "<head><meta charset=\"utf-8\"><script>run();</script></head>";
        let policy = site_policy(shell);
        assert_eq!(
            policy.sources("script-src")[2..],
            [script_hash("run();")],
            "the shell's inline script is allowed by its hash"
        );
        let shell = policy_meta(shell, &policy);
        let meta = shell.find("http-equiv").unwrap();
        assert!(meta < shell.find("<script").unwrap());
        assert_eq!(crate::headers::meta_policy(&shell), Some(policy.meta()));
    }

    #[test]
    fn the_stylesheets_become_one_file_in_order_but_the_no_script_one() {
        let shell = "<head><link rel=\"stylesheet\" href=\"/assets/a-1.css\" integrity=\"x\"/><link rel=\"icon\" href=\"/assets/i.svg\"><link rel=\"stylesheet\" href=\"/assets/b-2.css\"/><noscript><link rel=\"stylesheet\" href=\"/assets/no-js-3.css\"/></noscript></head>";
        let (new_shell, file, css, files) =
            one_stylesheet(shell, |name| format!("/* {name} */ p {{ }}"));
        assert_eq!(css, "/* a-1.css */ p { }\n/* b-2.css */ p { }\n");
        assert_eq!(files, ["a-1.css", "b-2.css"]);
        assert!(file.starts_with("site-") && file.ends_with(".css"));
        assert_eq!(
            new_shell,
            format!("<head><link rel=\"stylesheet\" href=\"/assets/{file}\"><link rel=\"icon\" href=\"/assets/i.svg\"><noscript><link rel=\"stylesheet\" href=\"/assets/no-js-3.css\"/></noscript></head>")
        );
    }
}
