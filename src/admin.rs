//! The content editor at `/admin/` (Sveltia CMS): its page, its configuration,
//! generated from the content model (`site_content::cms`), and its files,
//! copied from where `scripts/setup` prepared them after checking each
//! against its digest pinned in `scripts/editor-bundle.sha256`. No visitor
//! page links to it or loads anything of it.

use crate::content::{editions, main_edition};
use crate::headers::{Policy, EDITOR_FOLDER};
use crate::prerender::xml_escape;
use base64::Engine;
use sha2::{Digest, Sha256, Sha384};
use site_content::cms::{config, Backend, Guide, SignIn};
use site_content::PageId;
use std::path::{Path, PathBuf};

/// The git host's API, which the published editor saves through.
const GITHUB_API: &str = "https://api.github.com";

/// The digest of every file of the editor, as `sha256sum` writes them.
const PINNED: &str = include_str!("../scripts/editor-bundle.sha256");

/// Where and how the editor saves, from the build's environment:
/// `PRACTICE_CMS_REPO` (else GitHub Actions' own `GITHUB_REPOSITORY`),
/// `PRACTICE_CMS_BRANCH`, and `PRACTICE_CMS_SIGN_IN`: `token` (the
/// default: a personal access token), `netlify` (Netlify's GitHub sign-in),
/// or the address of another OAuth provider.
pub fn backend() -> Backend {
    let var = |name: &str| std::env::var(name).ok().filter(|value| !value.is_empty());
    let sign_in = match var("PRACTICE_CMS_SIGN_IN").as_deref() {
        None | Some("token") => SignIn::Token,
        Some("netlify") => SignIn::OAuth(None),
        Some(provider) => SignIn::OAuth(Some(provider.to_owned())),
    };
    Backend {
        repo: var("PRACTICE_CMS_REPO")
            .or_else(|| var("GITHUB_REPOSITORY"))
            .unwrap_or_else(|| "your-account/your-site".to_owned()),
        branch: var("PRACTICE_CMS_BRANCH").unwrap_or_else(|| "main".to_owned()),
        sign_in,
        content_folder: "content".to_owned(),
    }
}

/// The editor's policy: its own files, and GitHub's API (and the avatar of
/// whoever signs in to it).
pub fn policy() -> Policy {
    Policy::for_editor(&[GITHUB_API.to_owned()])
}

/// Where `scripts/setup` prepared the editor's files (or `PRACTICE_CMS_DIR`).
fn bundle_dir() -> PathBuf {
    std::env::var_os("PRACTICE_CMS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target/cms/sveltia"))
}

/// Every file of the editor in `dir`, relative to it, each checked against
/// its pinned digest; a file missing, changed or unknown is refused, naming
/// it.
pub fn checked_bundle(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut found = Vec::new();
    collect(dir, dir, &mut found).map_err(|error| {
        format!(
            "the content editor's files are not in {} ({error}): run scripts/setup",
            dir.display()
        )
    })?;
    found.sort();
    let pinned: Vec<(&str, &str)> = PINNED
        .lines()
        .filter_map(|line| line.split_once("  "))
        .collect();
    let mut problems = Vec::new();
    for (digest, file) in &pinned {
        match std::fs::read(dir.join(file)) {
            Err(error) => problems.push(format!("{file} is missing ({error})")),
            Ok(bytes) => {
                let actual = format!("{:x}", Sha256::digest(&bytes));
                if actual != *digest {
                    problems.push(format!(
                        "{file} differs from its pinned digest ({actual}, not {digest})"
                    ));
                }
            }
        }
    }
    for file in &found {
        let name = file.to_string_lossy().replace('\\', "/");
        if !pinned.iter().any(|(_, pinned)| *pinned == name) {
            problems.push(format!("{name} is not one of the editor's files"));
        }
    }
    if problems.is_empty() {
        Ok(found)
    } else {
        Err(format!(
            "the content editor's files in {} are not the ones pinned in scripts/editor-bundle.sha256 (run scripts/setup to fetch them again): {}",
            dir.display(),
            problems.join("; ")
        ))
    }
}

fn collect(base: &Path, dir: &Path, found: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect(base, &path, found)?;
        } else {
            found.push(path.strip_prefix(base).unwrap_or(&path).to_owned());
        }
    }
    Ok(())
}

/// The editor's script, which its page loads.
const SCRIPT: &str = "sveltia-cms.js";

/// `sha384-...`: how an `integrity` attribute names a file's bytes.
fn integrity(bytes: &[u8]) -> String {
    let digest = base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes));
    format!("sha384-{digest}")
}

/// The editor's page: its policy and its script (whose bytes must be
/// `script`'s), kept out of search.
pub fn page(guide: &Guide, policy: &Policy, script: &[u8]) -> String {
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
         <script src=\"{SCRIPT}\" integrity=\"{integrity}\"></script>\n</body>\n</html>\n",
        policy = policy.meta().header(),
        integrity = integrity(script),
        title = xml_escape(&title),
        no_script = xml_escape(&guide.editor.no_script),
    )
}

/// Writes the editor into `dist/admin/`: its page, its configuration (JSON,
/// which is also YAML) and its files, each first checked against its
/// pinned digest.
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
    for file in checked_bundle(&bundle)? {
        if file == Path::new("VERSION") {
            continue;
        }
        let to = folder.join(&file);
        if let Some(parent) = to.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|error| format!("{}: {error}", parent.display()))?;
        }
        std::fs::copy(bundle.join(&file), &to)
            .map_err(|error| format!("{}: {error}", bundle.join(&file).display()))?;
    }
    let script = std::fs::read(bundle.join(SCRIPT))
        .map_err(|error| format!("{}: {error}", bundle.join(SCRIPT).display()))?;
    for (name, text) in [
        ("index.html", page(&guide, policy, &script)),
        ("config.yml", written),
    ] {
        std::fs::write(folder.join(name), text)
            .map_err(|error| format!("{}: {error}", folder.join(name).display()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A copy of the prepared editor, to tamper with.
    fn copy(from: &Path, to: &Path) {
        for file in checked_bundle(from).expect("scripts/setup prepared the editor") {
            let target = to.join(&file);
            std::fs::create_dir_all(target.parent().unwrap()).unwrap();
            std::fs::copy(from.join(&file), target).unwrap();
        }
    }

    #[test]
    fn a_tampered_editor_file_an_added_one_or_a_missing_one_is_refused() {
        let prepared = bundle_dir();
        let temporary = tempfile::tempdir().unwrap();
        let dir = temporary.path().to_owned();
        copy(&prepared, &dir);
        assert!(checked_bundle(&dir).is_ok(), "the prepared files pass");

        let script = dir.join("sveltia-cms.js");
        let mut bytes = std::fs::read(&script).unwrap();
        bytes.extend_from_slice(b"\n;fetch('https://tracker.invalid');");
        std::fs::write(&script, &bytes).unwrap();
        let refused = checked_bundle(&dir).unwrap_err();
        assert!(
            refused.contains("sveltia-cms.js differs from its pinned digest"),
            "{refused}"
        );

        copy(&prepared, &dir);
        std::fs::write(dir.join("extra.js"), "alert(1)").unwrap();
        assert!(checked_bundle(&dir)
            .unwrap_err()
            .contains("extra.js is not one of the editor's files"));

        std::fs::remove_file(dir.join("extra.js")).unwrap();
        std::fs::remove_file(dir.join("github-status.json")).unwrap();
        assert!(checked_bundle(&dir)
            .unwrap_err()
            .contains("github-status.json is missing"));
    }
}
