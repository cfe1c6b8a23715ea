//! The content checks against deliberately broken copies of the real
//! content: each fixture in `tests/broken/` makes one mistake and names the
//! file, line, field and message the practice must be shown.

use site_content::load::{load_editions as load, load_editions_from, ContentError};
use std::path::{Path, PathBuf};

mod common;
use common::copy_dir;

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Fixture {
    file: String,
    /// The text to change, and what to put instead; an empty `find` writes
    /// `replace` as the whole file, `every = true` changes each place that
    /// holds `find` (not only the first), `remove = true` deletes the file,
    /// and `cut_from` drops the file's text from that text on (a language's
    /// table, say).
    #[serde(default)]
    find: String,
    #[serde(default)]
    every: bool,
    #[serde(default)]
    replace: String,
    #[serde(default)]
    remove: bool,
    cut_from: Option<String>,
    /// Where `find` starts looking: after the first place holding this
    /// (`[es]`, for the Spanish table); by default, the file's start.
    after: Option<String>,
    /// A file to put into the content first (an image, say), from beside
    /// the fixture.
    add: Option<Added>,
    /// The sample practice to break: `us` (content/, the default) or `uk`
    /// (examples/uk).
    #[serde(default)]
    sample: Sample,
    expect: Expected,
}

#[derive(serde::Deserialize, Default, Clone, Copy)]
#[serde(rename_all = "lowercase")]
enum Sample {
    #[default]
    Us,
    Uk,
}

impl Sample {
    fn dir(self) -> PathBuf {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        match self {
            Sample::Us => root.join("content"),
            Sample::Uk => root.join("examples/uk"),
        }
    }
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Added {
    from: String,
    to: String,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    /// Where the mistake is reported: this line number, or the first line
    /// holding `line_of`; by default, the line the fixture changed.
    line: Option<usize>,
    line_of: Option<String>,
    field: String,
    message: String,
}

fn real_content() -> PathBuf {
    Sample::Us.dir()
}

fn real_packs() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../jurisdictions")
}

/// A copy of a sample practice's content (`content/`) beside a copy of the
/// jurisdiction packs (`jurisdictions/`), to break.
struct Copy {
    dir: tempfile::TempDir,
}

impl Copy {
    fn of(sample: Sample) -> Self {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&sample.dir(), &dir.path().join("content"));
        copy_dir(&real_packs(), &dir.path().join("jurisdictions"));
        Self { dir }
    }

    fn content(&self) -> PathBuf {
        self.dir.path().join("content")
    }

    fn packs(&self) -> PathBuf {
        self.dir.path().join("jurisdictions")
    }

    /// A file of the copy: a pack's, by `jurisdictions/<id>.toml`, else the
    /// content's.
    fn file(&self, name: &str) -> PathBuf {
        if name.starts_with("jurisdictions/") {
            self.dir.path().join(name)
        } else {
            self.content().join(name)
        }
    }

    fn load(&self, notes: &mut Vec<ContentError>) -> Result<(), Vec<ContentError>> {
        load_editions_from(&self.content(), &self.packs(), notes).map(|_| ())
    }
}

/// A copy of the real content with one fixture's mistake applied, and the
/// line the mistake must be reported on.
fn broken_copy(fixture: &Fixture) -> (Copy, usize) {
    let copy = Copy::of(fixture.sample);
    if let Some(added) = &fixture.add {
        let from = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/broken")
            .join(&added.from);
        std::fs::copy(from, copy.file(&added.to)).unwrap();
    }
    let path = copy.file(&fixture.file);
    if fixture.remove {
        std::fs::remove_file(&path).unwrap();
        return (copy, fixture.expect.line.unwrap_or(1));
    }
    if let Some(cut) = &fixture.cut_from {
        let original = std::fs::read_to_string(&path).unwrap();
        let at = original
            .find(cut.as_str())
            .unwrap_or_else(|| panic!("the fixture is stale: {} lacks {cut:?}", fixture.file));
        std::fs::write(&path, &original[..at]).unwrap();
        return (copy, fixture.expect.line.unwrap_or(1));
    }
    let (line, text) = if fixture.find.is_empty() {
        (fixture.expect.line.unwrap_or(1), fixture.replace.clone())
    } else {
        let whole = std::fs::read_to_string(&path).unwrap();
        let start = fixture.after.as_ref().map_or(0, |after| {
            whole
                .find(after.as_str())
                .unwrap_or_else(|| panic!("the fixture is stale: {} lacks {after:?}", fixture.file))
        });
        let (before, original) = whole.split_at(start);
        assert!(
            original.contains(&fixture.find),
            "the fixture is stale: {} no longer contains {:?}",
            fixture.file,
            fixture.find
        );
        let line_of = |text: &str| {
            let at = original
                .find(text)
                .unwrap_or_else(|| panic!("{} lacks {text:?}", fixture.file));
            whole[..start + at].matches('\n').count() + 1
        };
        let line = match (&fixture.expect.line, &fixture.expect.line_of) {
            (Some(line), _) => *line,
            (None, Some(text)) => line_of(text),
            (None, None) => line_of(&fixture.find),
        };
        let times = if fixture.every { usize::MAX } else { 1 };
        (
            line,
            format!(
                "{before}{}",
                original.replacen(&fixture.find, &fixture.replace, times)
            ),
        )
    };
    std::fs::write(&path, text).unwrap();
    (copy, line)
}

/// Every fixture in `tests/broken/`, by file name.
fn fixtures() -> Vec<(String, Fixture)> {
    let fixtures_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/broken");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&fixtures_dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|kind| kind == "toml"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let fixture = toml::from_str(&std::fs::read_to_string(&path).unwrap())
                .unwrap_or_else(|error| panic!("{name}: {error}"));
            (name, fixture)
        })
        .collect()
}

/// The sample's mistakes, if any, one per line.
fn mistakes(sample: Sample) -> Result<(), String> {
    load_editions_from(&sample.dir(), &real_packs(), &mut Vec::new())
        .map(|_| ())
        .map_err(|errors| {
            errors
                .iter()
                .map(|e| format!("  {e}\n"))
                .collect::<String>()
        })
}

/// The practice's own content, which `scripts/deploy-check` runs too.
#[test]
fn the_real_content_passes_every_check() {
    if let Err(errors) = mistakes(Sample::Us) {
        panic!("content/ has mistakes:\n{errors}");
    }
}

#[test]
fn the_uk_sample_passes_every_check() {
    if let Err(errors) = mistakes(Sample::Uk) {
        panic!("examples/uk has mistakes:\n{errors}");
    }
}

#[test]
fn each_broken_fixture_is_reported_by_file_line_and_field() {
    let fixtures = fixtures();
    assert!(fixtures.len() >= 13, "the fixtures are all there");
    for (name, fixture) in fixtures {
        let (copy, changed_line) = broken_copy(&fixture);
        let errors = copy
            .load(&mut Vec::new())
            .err()
            .unwrap_or_else(|| panic!("{name}: the broken content was accepted"));
        assert_eq!(
            errors.len(),
            1,
            "{name}: exactly one mistake reported, got {errors:#?}"
        );
        let error = &errors[0];
        let shown = error.to_string();
        assert!(
            error.file.ends_with(&fixture.file),
            "{name}: wrong file in {shown}"
        );
        assert_eq!(error.line, changed_line, "{name}: wrong line in {shown}");
        assert_eq!(
            error.field, fixture.expect.field,
            "{name}: wrong field in {shown}"
        );
        assert!(
            error.message.contains(&fixture.expect.message),
            "{name}: wrong message in {shown}"
        );
        assert!(
            shown.contains(&format!(
                "{}:{}: field `{}`",
                fixture.file, error.line, error.field
            )),
            "{name}: the message names file, line and field: {shown}"
        );
    }
}

#[test]
fn every_mistake_in_a_build_is_reported_at_once() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&real_content(), dir.path());
    std::fs::remove_file(dir.path().join("pages/home.toml")).unwrap();
    let site = dir.path().join("site.toml");
    let text = std::fs::read_to_string(&site)
        .unwrap()
        .replace("nav_label =", "nav_lable =");
    std::fs::write(&site, text).unwrap();
    let errors = load(dir.path()).unwrap_err();
    assert_eq!(errors.len(), 3, "{errors:#?}");
    assert!(
        errors
            .iter()
            .any(|e| e.file.ends_with("pages/home.toml") && e.message.contains("cannot read")),
        "a missing file is reported once, not once per language: {errors:#?}"
    );
    for code in ["en", "es"] {
        assert!(errors
            .iter()
            .any(|e| e.field == format!("{code}.nav_lable")));
    }
}

#[test]
fn a_page_file_without_a_route_and_a_route_without_its_file_each_name_both() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&real_content(), dir.path());
    std::fs::remove_file(dir.path().join("pages/roots.toml")).unwrap();
    std::fs::write(
        dir.path().join("pages/team.toml"),
        "[en]\npage.title = \"Team\"\n\n[es]\npage.title = \"Equipo\"\n",
    )
    .unwrap();
    let errors = load(dir.path()).unwrap_err();
    let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
    let route = "pages/roots.toml:1: field `-`: cannot read this file";
    assert!(
        shown.iter().any(|e| e.contains(route)
            && e.contains(
                "the page registry (`PageId::Roots`) has a route /roots whose content is this file"
            )),
        "a route without content names the file and the registry's page: {shown:#?}"
    );
    let page = "pages/team.toml:1: field `-`: the site does not read this file: no route renders a page `team`";
    assert!(
        shown
            .iter()
            .any(|e| e.contains(page) && e.contains("page registry (`PageId`")),
        "a page without a route names the file and the registry: {shown:#?}"
    );
}

/// The same fixtures through the real build: the pre-render (what Trunk's
/// hook runs) reading each broken copy must fail and print the fixture's
/// message. Slow, so it runs when `CHECK_SITE_BUILD=1` (scripts/test sets it).
#[test]
fn each_broken_fixture_stops_the_site_build() {
    if std::env::var_os("CHECK_SITE_BUILD").is_none() {
        eprintln!("skipped: set CHECK_SITE_BUILD=1 to build the site with each fixture");
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let build = std::process::Command::new(env!("CARGO"))
        .args([
            "build",
            "--quiet",
            "--features",
            "ssr",
            "--bin",
            "prerender",
        ])
        .current_dir(&root)
        .status()
        .unwrap();
    assert!(build.success(), "the pre-render builds");
    let prerender = root.join("target/debug/prerender");
    for (name, fixture) in fixtures() {
        let (copy, _) = broken_copy(&fixture);
        // The page shell Trunk would have staged: no script, so not `trunk serve`.
        let dist = tempfile::tempdir().unwrap();
        std::fs::write(
            dist.path().join("index.html"),
            "<!DOCTYPE html><html><head><!--HEAD--></head><body></body></html>",
        )
        .unwrap();
        let output = std::process::Command::new(&prerender)
            .arg(dist.path())
            .env("PRACTICE_CONTENT_DIR", copy.content())
            .env("PRACTICE_JURISDICTIONS_DIR", copy.packs())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            !output.status.success(),
            "{name}: the site built with broken content"
        );
        assert!(
            stderr.contains(&fixture.expect.message)
                && stderr.contains(&format!("field `{}`", fixture.expect.field)),
            "{name}: the build did not explain the mistake:\n{stderr}"
        );
    }
}

#[test]
fn an_availability_not_confirmed_for_90_days_is_a_note_naming_the_file_not_a_mistake() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&real_content(), dir.path());
    let file = dir.path().join("clinicians/samuel-okoye.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    let line = text.lines().position(|l| l.starts_with("as_of")).unwrap() + 1;
    let old = text
        .lines()
        .map(|l| {
            if l.starts_with("as_of") {
                "as_of = 2020-01-31"
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(&file, old).unwrap();
    let mut notes = Vec::new();
    site_content::load::load_editions_noting(dir.path(), &mut notes)
        .expect("an old date is not a mistake");
    let shown: Vec<String> = notes.iter().map(ToString::to_string).collect();
    assert_eq!(shown.len(), 1, "{shown:#?}");
    assert!(
        shown[0].contains(&format!(
            "clinicians/samuel-okoye.toml:{line}: field `en.availability.as_of`: who Samuel Okoye is taking on was last confirmed 2020-01-31"
        )),
        "{shown:#?}"
    );
}

#[test]
fn a_pack_fact_not_checked_for_a_year_is_a_note_naming_the_pack_file_and_line() {
    let copy = Copy::of(Sample::Us);
    let file = copy.file("jurisdictions/us-or.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    // The first board's review date, in both languages (it is one fact).
    let dated = "reviewed = 2026-12-05";
    let line = text.lines().position(|l| l == dated).unwrap() + 1;
    let spanish = text.find("[es]").unwrap();
    let (english, translation) = text.split_at(spanish);
    let old = "reviewed = 2024-01-31";
    let aged = english.replacen(dated, old, 1) + &translation.replacen(dated, old, 1);
    std::fs::write(&file, aged).unwrap();
    let mut notes = Vec::new();
    copy.load(&mut notes)
        .expect("an old review date is not a mistake");
    let shown: Vec<String> = notes.iter().map(ToString::to_string).collect();
    assert_eq!(shown.len(), 1, "{shown:#?}");
    assert!(
        shown[0].contains(&format!(
            "jurisdictions/us-or.toml:{line}: field `en.boards[0].reviewed`: this fact was last checked against its source on 2024-01-31"
        )),
        "{shown:#?}"
    );
}

#[test]
fn a_spelling_of_another_locale_is_a_note_naming_its_place() {
    let copy = Copy::of(Sample::Us);
    let file = copy.file("pages/fees.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    let line = text
        .lines()
        .position(|l| l.starts_with("fees_note"))
        .unwrap()
        + 1;
    std::fs::write(
        &file,
        text.replacen(
            "The first consultation call is free.",
            "The first call is free at weekends.",
            1,
        ),
    )
    .unwrap();
    let mut notes = Vec::new();
    copy.load(&mut notes).expect("a spelling is not a mistake");
    let shown: Vec<String> = notes.iter().map(ToString::to_string).collect();
    assert_eq!(shown.len(), 1, "{shown:#?}");
    assert!(
        shown[0].contains(&format!(
            "pages/fees.toml:{line}: field `en.fees_note`: `at weekends` is spelled `on weekends` in en-US"
        )),
        "{shown:#?}"
    );
}
