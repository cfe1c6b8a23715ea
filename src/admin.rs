//! The content editor at `/admin/` (Decap CMS): its page, its configuration,
//! generated from the content model (`site_content::cms`), and its bundle,
//! copied from where `scripts/setup` unpacked it. No visitor page links to
//! it or loads anything of it.

use crate::content::{editions, main_edition};
use crate::headers::{Policy, EDITOR_FOLDER};
use crate::prerender::xml_escape;
use site_content::cms::{config, Backend, Guide};
use site_content::PageId;
use std::path::{Path, PathBuf};

/// The git host's API, which the editor saves through once published.
const GITHUB_API: &str = "https://api.github.com";

/// Where and how the editor saves, from the build's environment:
/// `PRACTICE_CMS_REPO` (else GitHub Actions' own `GITHUB_REPOSITORY`),
/// `PRACTICE_CMS_BRANCH`, `PRACTICE_CMS_AUTH_URL` (an OAuth helper) and
/// `PRACTICE_CMS_PROXY` (the local proxy's API).
pub fn backend() -> Backend {
    let var = |name: &str| std::env::var(name).ok().filter(|value| !value.is_empty());
    Backend {
        repo: var("PRACTICE_CMS_REPO")
            .or_else(|| var("GITHUB_REPOSITORY"))
            .unwrap_or_else(|| "your-account/your-site".to_owned()),
        branch: var("PRACTICE_CMS_BRANCH").unwrap_or_else(|| "main".to_owned()),
        auth_url: var("PRACTICE_CMS_AUTH_URL"),
        local_proxy: var("PRACTICE_CMS_PROXY")
            .unwrap_or_else(|| "http://127.0.0.1:8081/api/v1".to_owned()),
        content_folder: "content".to_owned(),
    }
}

/// The editor's policy: the git host's API and the local proxy besides the
/// site itself.
pub fn policy(backend: &Backend) -> Policy {
    // `http://127.0.0.1:8081` of `http://127.0.0.1:8081/api/v1`.
    let proxy: Vec<&str> = backend.local_proxy.splitn(4, '/').take(3).collect();
    Policy::for_editor(&[GITHUB_API.to_owned(), proxy.join("/")])
}

/// Where `scripts/setup` unpacked the editor's bundle (or `PRACTICE_CMS_DIR`).
fn bundle_dir() -> PathBuf {
    std::env::var_os("PRACTICE_CMS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target/cms/decap-cms"))
}

/// The editor's page: its policy and its script, kept out of search.
pub fn page(guide: &Guide, policy: &Policy) -> String {
    let title = format!(
        "{} · {}",
        guide.editor.title,
        main_edition().practice.name.as_str()
    );
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">\n\
         <meta name=\"robots\" content=\"noindex, nofollow\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<link rel=\"icon\" href=\"data:,\">\n\
         <link href=\"config.yml\" type=\"text/yaml\" rel=\"cms-config-url\">\n</head>\n\
         <body>\n<noscript><p>{no_script}</p></noscript>\n\
         <script src=\"decap-cms.js\"></script>\n</body>\n</html>\n",
        policy = policy.meta().header(),
        title = xml_escape(&title),
        no_script = xml_escape(&guide.editor.no_script),
    )
}

/// Writes the editor into `dist/admin/`: its page, its configuration (JSON,
/// which is also YAML) and its bundle.
pub fn write(dist: &Path, backend: &Backend, policy: &Policy) -> Result<(), String> {
    let guide = Guide::builtin();
    let folder = dist.join(EDITOR_FOLDER);
    std::fs::create_dir_all(&folder).map_err(|error| format!("{}: {error}", folder.display()))?;
    let languages: Vec<String> = editions()
        .iter()
        .map(|edition| edition.site.language.as_str().to_owned())
        .collect();
    let notices: Vec<PageId> = PageId::NOTICES
        .iter()
        .copied()
        .filter(|&notice| editions()[0].pages.has(notice))
        .collect();
    let written = config(&guide, &languages, &notices, backend).to_string();
    let bundle = bundle_dir();
    let files = std::fs::read_dir(&bundle).map_err(|error| {
        format!(
            "the content editor's bundle is missing from {} ({error}): run scripts/setup",
            bundle.display()
        )
    })?;
    for file in files.flatten() {
        let name = file.file_name();
        if name != "VERSION" {
            std::fs::copy(file.path(), folder.join(&name))
                .map_err(|error| format!("{}: {error}", file.path().display()))?;
        }
    }
    for (name, text) in [
        ("index.html", page(&guide, policy)),
        ("config.yml", written),
    ] {
        std::fs::write(folder.join(name), text)
            .map_err(|error| format!("{}: {error}", folder.join(name).display()))?;
    }
    Ok(())
}
