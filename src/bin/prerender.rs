//! Writes every route's pre-rendered HTML into the built site.
//! Usage: `prerender DIST_DIR` (Trunk's post-build hook passes its staging dir).

use practice_site::prerender::{
    head_script, one_stylesheet, only_without_script, outputs, render_page, request_path, robots,
    sitemap, start_up_script,
};
use std::path::PathBuf;

fn main() {
    let dist = PathBuf::from(std::env::args().nth(1).expect("usage: prerender DIST_DIR"));
    let shell_file = dist.join("index.html");
    let shell = std::fs::read_to_string(&shell_file)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", shell_file.display()));
    let shell = only_without_script(&shell, "no-js");
    let (shell, boot_file, boot_script) = start_up_script(&shell);
    let (shell, _) = head_script(&shell, &boot_file);
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
    std::fs::write(dist.join("assets").join(boot_file), boot_script)
        .expect("write the start-up script");
    for output in outputs(&dist) {
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
