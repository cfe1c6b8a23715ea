//! Writes every route's pre-rendered HTML into the built site, with its
//! response headers, and checks that the two agree.
//! Usage: `prerender DIST_DIR` (Trunk's post-build hook passes its staging
//! dir), or `prerender --check DIST_DIR` to check a built site only.

use practice_site::headers::{check_site, headers_file, nginx_snippet};
use practice_site::prerender::{outputs, render_page, request_path, robots, sitemap};
use practice_site::shell::{
    head_script, live_reload_script, one_stylesheet, only_without_script, policy_meta, site_policy,
    start_up_script,
};
use std::path::{Path, PathBuf};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [flag, dist] if flag == "--check" => check(Path::new(dist)),
        [dist] => {
            let dist = PathBuf::from(dist);
            build(&dist);
            check(&dist);
        }
        _ => {
            eprintln!("usage: prerender [--check] DIST_DIR");
            std::process::exit(2);
        }
    }
}

/// Fails, naming each problem, unless the site's pages and headers agree.
fn check(dist: &Path) {
    if let Err(problems) = check_site(dist) {
        eprintln!("\nThe built site's pages and headers disagree:\n");
        for problem in &problems {
            eprintln!("  {problem}");
        }
        eprintln!();
        std::process::exit(1);
    }
}

fn build(dist: &Path) {
    let shell_file = dist.join("index.html");
    let shell = std::fs::read_to_string(&shell_file)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", shell_file.display()));
    let shell = only_without_script(&shell, "no-js");
    let (shell, boot_file, boot_script) = start_up_script(&shell);
    let (shell, live_reload) = live_reload_script(&shell);
    let (shell, _) = head_script(&shell, &boot_file);
    let policy = site_policy(&shell);
    let shell = policy_meta(&shell, &policy);
    let assets = dist.join("assets");
    let read = |file: &str| {
        std::fs::read_to_string(assets.join(file))
            .unwrap_or_else(|error| panic!("cannot read the stylesheet {file}: {error}"))
    };
    let (shell, css_file, css, joined) = one_stylesheet(&shell, read);
    std::fs::write(assets.join(css_file), css).expect("write the stylesheet");
    for file in joined {
        std::fs::remove_file(assets.join(file)).expect("remove a joined stylesheet");
    }
    std::fs::write(assets.join(boot_file), boot_script).expect("write the start-up script");
    if let Some((file, script)) = live_reload {
        std::fs::write(assets.join(file), script).expect("write the live-reload script");
    }
    std::fs::write(dist.join("_headers"), headers_file(&policy)).expect("write _headers");
    std::fs::create_dir_all(dist.join("_nginx")).expect("create _nginx");
    std::fs::write(
        dist.join("_nginx/security-headers.conf"),
        nginx_snippet(&policy),
    )
    .expect("write the nginx headers");
    for output in outputs(dist) {
        let not_found_heading = output.edition.pages.not_found.page.heading.as_str();
        let page = render_page(
            &shell,
            output.edition,
            &request_path(output.edition, output.slug),
        );
        // A routed page that renders as "not found" means the route table and
        // the content's pages disagree.
        if output.slug.is_some() && page.contains(not_found_heading) {
            panic!(
                "{} rendered as not found: add its route to App",
                output.file.display()
            );
        }
        if let Some(folder) = output.file.parent() {
            std::fs::create_dir_all(folder).expect("create the page's folder");
        }
        std::fs::write(&output.file, page).expect("write the page");
    }
    std::fs::write(dist.join("sitemap.xml"), sitemap()).expect("write sitemap.xml");
    std::fs::write(dist.join("robots.txt"), robots()).expect("write robots.txt");
}
