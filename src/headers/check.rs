//! The check the build ends with: every page carries the policy its address
//! is served with, and that policy allows each of its inline scripts.

use super::files::editor_pattern;
use super::{inline_scripts, meta_policy, policy_in_headers_file, script_hash, Policy};
use std::path::{Path, PathBuf};

/// The folder the content editor is built into, under the site.
pub const EDITOR_FOLDER: &str = "admin";

/// Checks a built site: every page carries the policy of `dist/_headers` for
/// its address in its `<meta>` (less what a meta tag cannot carry), the
/// nginx snippets in `nginx` send the same, and every inline script of every
/// page is allowed by its hash. Each problem is one line naming the file.
pub fn check_site(dist: &Path, nginx: &Path) -> Result<(), Vec<String>> {
    let mut problems = Vec::new();
    let read = |path: &Path| std::fs::read_to_string(path).unwrap_or_default();
    let headers = read(&dist.join("_headers"));
    let (Some(site), Some(editor)) = (
        policy_in_headers_file(&headers, "/"),
        policy_in_headers_file(&headers, &editor_pattern()),
    ) else {
        return Err(vec![format!(
            "{}: no Content-Security-Policy for / or for {}",
            dist.join("_headers").display(),
            editor_pattern()
        )]);
    };
    for (snippet, policy) in [
        ("security-headers.conf", &site),
        ("editor-headers.conf", &editor),
    ] {
        let snippet = nginx.join(snippet);
        if !read(&snippet).contains(&format!(
            "add_header Content-Security-Policy \"{}\" always;",
            policy.header()
        )) {
            problems.push(format!(
                "{}: its Content-Security-Policy is not the one in _headers",
                snippet.display()
            ));
        }
    }
    let mut pages = Vec::new();
    html_files(dist, &mut pages);
    for page in pages {
        let policy = if page.starts_with(dist.join(EDITOR_FOLDER)) {
            &editor
        } else {
            &site
        };
        problems.extend(page_problems(&page, &read(&page), policy));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// What is wrong with one page served with `policy`.
fn page_problems(page: &Path, html: &str, policy: &Policy) -> Vec<String> {
    let mut problems = Vec::new();
    match meta_policy(html) {
        Some(meta) if meta == policy.meta() => {}
        Some(_) => problems.push(format!(
            "{}: its <meta> Content-Security-Policy is not the one in _headers",
            page.display()
        )),
        None => problems.push(format!(
            "{}: no <meta> Content-Security-Policy",
            page.display()
        )),
    }
    for script in inline_scripts(html) {
        let hash = script_hash(script);
        if !policy.sources("script-src").contains(&hash) {
            problems.push(format!(
                "{}: an inline script ({hash}) that the Content-Security-Policy does not allow: its hash is stale",
                page.display()
            ));
        }
    }
    problems
}

fn html_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            html_files(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "html") {
            found.push(path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{headers_file, nginx_dir, nginx_snippets, Served};
    use super::*;

    #[test]
    fn a_stale_hash_or_a_missing_meta_fails_the_check() {
        let dist = std::env::temp_dir().join(format!("headers-check-{}", std::process::id()));
        let nginx = nginx_dir(&dist);
        std::fs::create_dir_all(&dist).unwrap();
        std::fs::create_dir_all(&nginx).unwrap();
        let policy = Policy::for_site(&[script_hash("run();")], &[], true);
        let served = Served {
            site: policy.clone(),
            editor: Policy::for_editor(&[]),
            pages: vec!["/".to_owned()],
        };
        std::fs::write(dist.join("_headers"), headers_file(&served)).unwrap();
        for (name, text) in nginx_snippets(&served) {
            std::fs::write(nginx.join(name), text).unwrap();
        }
        let page = |script: &str| {
            format!(
                "<head><meta http-equiv=\"Content-Security-Policy\" content=\"{}\"><script>{script}</script></head>",
                policy.meta().header()
            )
        };
        std::fs::write(dist.join("index.html"), page("run();")).unwrap();
        assert_eq!(check_site(&dist, &nginx), Ok(()));

        std::fs::write(dist.join("index.html"), page("run(); // edited")).unwrap();
        let problems = check_site(&dist, &nginx).unwrap_err();
        assert!(
            problems[0].contains("index.html: an inline script"),
            "{problems:?}"
        );
        assert!(problems[0].contains("its hash is stale"));

        std::fs::write(dist.join("index.html"), "<script>run();</script>").unwrap();
        let problems = check_site(&dist, &nginx).unwrap_err();
        assert!(
            problems[0].contains("no <meta> Content-Security-Policy"),
            "{problems:?}"
        );
        std::fs::remove_dir_all(&dist).unwrap();
        std::fs::remove_dir_all(&nginx).unwrap();
    }
}
