//! Writes every route's pre-rendered HTML into the built site, with its
//! response headers, and checks that the two agree. The content is read
//! now, from `PRACTICE_CONTENT_DIR` or `content/`; the site's path from
//! `TRUNK_PUBLIC_URL`, which Trunk gives its hooks.
//! Usage: `prerender DIST_DIR` (Trunk's post-build hook passes its staging
//! dir), `prerender --check DIST_DIR` to check a built site only, or
//! `prerender --content` to check the content alone, or `prerender --origin`
//! to print the site's origin (for the relay, `scripts/relay deploy`).

use practice_site::admin;
use practice_site::content;
use practice_site::headers::{
    check_site, headers_file, nginx_dir, nginx_snippets, page_patterns, Served,
};
use practice_site::prerender::{content_error_page, outputs, render_page, robots, sitemap};
use practice_site::shell::{
    head_script, live_reload_script, one_stylesheet, only_without_script, policy_meta, site_policy,
    start_up_script,
};
use std::path::{Path, PathBuf};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [flag, dist] if flag == "--check" => check(Path::new(dist)),
        [flag] if flag == "--content" => check_content(),
        [flag] if flag == "--origin" => print_origin(),
        [dist] => {
            let dist = PathBuf::from(dist);
            if build(&dist) {
                check(&dist);
            }
        }
        _ => {
            eprintln!("usage: prerender [--check] DIST_DIR, or prerender --content, or prerender --origin");
            std::process::exit(2);
        }
    }
}

/// How a production build ends while sample content remains: distinct
/// from a mistake, so that a host can publish the setup build instead.
const SAMPLE_CONTENT_REMAINS: i32 = 3;

/// Whether this is a setup build (`PRACTICE_SETUP=1`, set by
/// `scripts/build --setup`): the editor and one holding page, published
/// while the sample practice's words remain.
fn setup_build() -> bool {
    std::env::var_os("PRACTICE_SETUP").is_some_and(|value| value == "1")
}

/// Whether this is a production build (`PRACTICE_PRODUCTION=1`, set by
/// `scripts/build --production`).
fn production() -> bool {
    std::env::var_os("PRACTICE_PRODUCTION").is_some_and(|value| value == "1")
}

/// Where consultation requests go, as a production build says it: it stops
/// on an endpoint on this computer (the relay under `scripts/relay`), and
/// warns that without an endpoint they go by the visitor's own email.
fn endpoint_check() {
    if !production() {
        return;
    }
    let endpoints: Vec<Option<&str>> = content::editions()
        .iter()
        .map(|edition| {
            edition
                .pages
                .contact
                .form_endpoint
                .as_ref()
                .map(|e| e.as_str())
        })
        .collect();
    if let Some(local) = endpoints
        .iter()
        .flatten()
        .find(|endpoint| site_content::load::this_computer(endpoint))
    {
        eprintln!(
            "
pages/contact.toml: form_endpoint is {local}, on this computer: a production build needs the relay's public address (see \"Consultation requests: the relay\" in the README).\n"
        );
        std::process::exit(1);
    }
    if endpoints.iter().any(Option::is_none) {
        eprintln!(
            "warning: pages/contact.toml has no form_endpoint, so consultation requests will go by the visitor's own email: the form opens their email app with the answers written in. To have them delivered to the practice instead, put the relay live (see \"Consultation requests: the relay\" in the README)."
        );
    }
}

/// Lists the sample content that remains: a production build
/// (`PRACTICE_PRODUCTION=1`, set by `scripts/build --production`) stops on
/// it; any other build only warns.
fn sample_content_check() {
    let found = site_content::load::sample_content(&content::default_dir());
    if found.is_empty() {
        return;
    }
    let listed: Vec<String> = found.iter().map(ToString::to_string).collect();
    if production() {
        eprintln!(
            "\nThe content still has {} piece{} of the sample practice; a production build publishes only the practice's own (see \"Making the site yours\" in the README):\n\n  {}\n",
            listed.len(),
            if listed.len() == 1 { "" } else { "s" },
            listed.join("\n  ")
        );
        std::process::exit(SAMPLE_CONTENT_REMAINS);
    }
    eprintln!(
        "note: the content still has {} piece{} of the sample practice (first: {}); `scripts/build --production` would stop on them.",
        listed.len(),
        if listed.len() == 1 { "" } else { "s" },
        listed[0]
    );
}

/// Writes a setup build into `dist`: the one holding page at every address
/// (`index.html`, `404.html`), the editor at `/admin/`, their headers, and
/// a robots.txt that keeps search engines out.
fn setup_site(dist: &Path, policy: &practice_site::headers::Policy, css_file: &str) -> bool {
    let guide = site_content::cms::Guide::builtin();
    let stylesheet = format!("{}/assets/{css_file}", content::base());
    let page =
        practice_site::prerender::holding_page(&guide.editor, &policy.meta().header(), &stylesheet);
    let files = ["index.html", "404.html"];
    for file in files {
        std::fs::write(dist.join(file), &page).expect("write the holding page");
    }
    let backend = admin::backend();
    let served = Served {
        site: policy.clone(),
        editor: admin::policy(),
        pages: page_patterns(files),
    };
    write_headers(dist, &served);
    if let Err(error) = admin::write(dist, &backend, &served.editor) {
        eprintln!("\nThe content editor could not be written: {error}\n");
        std::process::exit(1);
    }
    std::fs::write(dist.join("robots.txt"), "User-agent: *\nDisallow: /\n")
        .expect("write robots.txt");
    eprintln!("A setup build: the holding page and the content editor only, until the sample practice's words are replaced.");
    true
}

/// Reads and checks the content alone, as the build would: its notes, then
/// its mistakes (and a failing exit) or the sample content that remains.
fn check_content() {
    let dir = content::default_dir();
    match content::load(&dir) {
        Ok(notes) => {
            for note in &notes {
                eprintln!("note: {note}");
            }
            endpoint_check();
            sample_content_check();
            eprintln!("{}: the content is sound.", dir.display());
        }
        Err(errors) => {
            for error in &errors {
                eprintln!("{error}");
            }
            eprintln!("\n{}: {} mistake(s) to mend.", dir.display(), errors.len());
            std::process::exit(1);
        }
    }
}

/// Prints the origin of the content's `site_url` (its scheme and host):
/// the only one whose pages the relay accepts requests from.
fn print_origin() {
    if let Err(errors) = content::load(&content::default_dir()) {
        for error in &errors {
            eprintln!("{error}");
        }
        std::process::exit(1);
    }
    let site = content::main_edition().practice.site_url.as_str();
    let (scheme, rest) = site.split_once("://").unwrap_or(("https", site));
    let host = rest.split('/').next().unwrap_or(rest);
    println!("{scheme}://{host}");
}

/// The folder the site is published from: Trunk's (`TRUNK_DIST_DIR`) when
/// it runs the build, whose own `dist` is only where it stages the files.
fn published(dist: &Path) -> PathBuf {
    std::env::var_os("TRUNK_DIST_DIR").map_or_else(|| dist.to_owned(), PathBuf::from)
}

/// Writes the headers of `served`: `_headers` into the site, the nginx
/// snippets beside the folder it is published from.
fn write_headers(dist: &Path, served: &Served) {
    std::fs::write(dist.join("_headers"), headers_file(served)).expect("write _headers");
    let nginx = nginx_dir(&published(dist));
    std::fs::create_dir_all(&nginx).expect("create the nginx snippets' folder");
    for (name, text) in nginx_snippets(served) {
        std::fs::write(nginx.join(name), text).expect("write the nginx headers");
    }
}

/// Fails, naming each problem, unless the site's pages and headers agree.
fn check(dist: &Path) {
    if let Err(problems) = check_site(dist, &nginx_dir(&published(dist))) {
        eprintln!("\nThe built site's pages and headers disagree:\n");
        for problem in &problems {
            eprintln!("  {problem}");
        }
        eprintln!();
        std::process::exit(1);
    }
}

/// Builds the site into `dist`; `false` if the content had mistakes and,
/// under `trunk serve`, an error page naming them stands in its place.
fn build(dist: &Path) -> bool {
    let shell_file = dist.join("index.html");
    let shell = std::fs::read_to_string(&shell_file)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", shell_file.display()));
    content::set_base(&std::env::var("TRUNK_PUBLIC_URL").unwrap_or_default());
    let (shell, live_reload) = live_reload_script(&shell);
    let loaded = content::load(&content::default_dir());
    for note in loaded.iter().flatten() {
        eprintln!("note: {note}");
    }
    if let Err(errors) = loaded {
        let listed: Vec<String> = errors.iter().map(ToString::to_string).collect();
        eprintln!(
            "\nThe site's content has {} mistake{} to mend:\n\n  {}\n",
            listed.len(),
            if listed.len() == 1 { "" } else { "s" },
            listed.join("\n  ")
        );
        // Under `trunk serve` the browser shows the mistakes and reloads
        // once they are mended; a build for publishing stops.
        let Some((file, script)) = live_reload else {
            std::process::exit(1);
        };
        let assets = dist.join("assets");
        std::fs::write(assets.join(&file), script).expect("write the live-reload script");
        std::fs::write(
            &shell_file,
            content_error_page(&listed, &format!("{}/assets/{file}", content::base())),
        )
        .expect("write the error page");
        return false;
    }
    let setup = setup_build();
    if !setup {
        endpoint_check();
        sample_content_check();
    }
    let photos = site_content::load::photos_dir(&content::default_dir());
    if let Err(error) =
        practice_site::photos::process(content::editions(), &photos, &dist.join("assets"))
    {
        eprintln!("\nA photo could not be made: {error}\n");
        std::process::exit(1);
    }
    let shell = only_without_script(&shell, "no-js");
    let (shell, boot_file, boot_script) = start_up_script(&shell);
    let (shell, _) = head_script(&shell, &boot_file);
    let policy = site_policy(&shell);
    let shell = policy_meta(&shell, &policy);
    let assets = dist.join("assets");
    let read = |file: &str| {
        std::fs::read_to_string(assets.join(file))
            .unwrap_or_else(|error| panic!("cannot read the stylesheet {file}: {error}"))
    };
    let (shell, css_file, css, joined) = one_stylesheet(&shell, read);
    std::fs::write(assets.join(&css_file), css).expect("write the stylesheet");
    for file in joined {
        std::fs::remove_file(assets.join(file)).expect("remove a joined stylesheet");
    }
    std::fs::write(assets.join(boot_file), boot_script).expect("write the start-up script");
    if let Some((file, script)) = live_reload {
        std::fs::write(assets.join(file), script).expect("write the live-reload script");
    }
    if setup {
        return setup_site(dist, &policy, &css_file);
    }
    let outputs = outputs(dist);
    let files: Vec<String> = outputs
        .iter()
        .filter_map(|output| output.file.strip_prefix(dist).ok())
        .map(|file| file.to_string_lossy().replace('\\', "/"))
        .collect();
    let backend = admin::backend();
    let served = Served {
        site: policy,
        editor: admin::policy(),
        pages: page_patterns(files.iter().map(String::as_str)),
    };
    write_headers(dist, &served);
    for output in outputs {
        let page = render_page(&shell, output.edition, output.route);
        if let Some(folder) = output.file.parent() {
            std::fs::create_dir_all(folder).expect("create the page's folder");
        }
        std::fs::write(&output.file, page).expect("write the page");
    }
    if let Err(error) = admin::write(dist, &backend, &served.editor) {
        eprintln!("\nThe content editor could not be written: {error}\n");
        std::process::exit(1);
    }
    std::fs::write(dist.join("sitemap.xml"), sitemap()).expect("write sitemap.xml");
    std::fs::write(dist.join("robots.txt"), robots()).expect("write robots.txt");
    true
}
