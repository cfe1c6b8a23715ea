//! The release `dist/` as a crawler, a link preview or a visitor without
//! JavaScript gets it: plain HTTP from the static server, no script run.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use practice_site::content::{editions, head_words, main_edition, route_url};
use practice_site::headers::{
    check_site, inline_scripts, meta_policy, nginx_dir, policy_in_headers_file, script_hash, Policy,
};
use practice_site::template::fill;
use practice_site::{Route, MAIN_ID};
use site_content::PHOTO_WIDTHS;
use support::{dist_dir, escaped, routed_pages as pages, subpath_dist, StaticServer};

/// Text as it appears in a quoted HTML attribute.
fn escaped_attribute(text: &str) -> String {
    escaped(text).replace('"', "&quot;")
}

#[test]
fn every_route_is_complete_html_before_any_script_runs() {
    let site = StaticServer::start(dist_dir());
    for (path, heading, text) in pages() {
        let page = site.get(&path);
        assert_eq!(page.status, 200, "{path}");
        assert!(
            page.body.contains(&format!(">{}</h1>", escaped(heading))),
            "{path} lacks its heading"
        );
        assert!(page.body.contains(&escaped(text)), "{path} lacks its text");
        assert!(
            page.body.contains("<body><a "),
            "{path}: the markup starts right after <body>"
        );
        assert!(
            page.body.contains("<html lang=\"en\""),
            "{path} names its language"
        );
        assert!(
            page.body.contains(&format!(
                "<link href=\"#{MAIN_ID}\" rel=\"expect\" blocking=\"render\">"
            )),
            "{path}: no frame is painted before its main content is parsed (a part-parsed header would move)"
        );
        for label in main_edition().crisis_strip().strip.iter() {
            assert!(
                page.body.contains(&escaped(label.label.as_str())),
                "{path} lacks the crisis strip"
            );
        }
    }
}

#[test]
fn every_route_has_its_own_head_tags() {
    let site = StaticServer::start(dist_dir());
    let content = main_edition();
    for route in content.routes() {
        let path = format!("/{}", content.route_path(route));
        let (title, description) = head_words(content, route);
        let body = site.get(&path).body;
        let url = route_url(content, route);
        for tag in [
            format!("<title>{}</title>", escaped(&title)),
            format!(
                "<meta name=\"description\" content=\"{}\">",
                escaped_attribute(&description)
            ),
            format!("<link href=\"{url}\" rel=\"canonical\">"),
            format!("<meta property=\"og:url\" content=\"{url}\">"),
            format!(
                "<meta property=\"og:title\" content=\"{}\">",
                escaped_attribute(&title)
            ),
            "<meta name=\"twitter:card\" content=\"summary\">".to_owned(),
        ] {
            assert!(body.contains(&tag), "{path} lacks {tag}");
        }
        assert_eq!(body.matches("<title>").count(), 1, "{path} has one title");
    }
}

/// The JSON-LD of a served page, parsed.
fn json_ld(body: &str) -> serde_json::Value {
    let start = body
        .find("<script type=\"application/ld+json\">")
        .expect("JSON-LD on the page")
        + "<script type=\"application/ld+json\">".len();
    let json = &body[start..body[start..].find("</script>").unwrap() + start];
    serde_json::from_str(json)
        .unwrap_or_else(|error| panic!("JSON-LD that parses: {error}: {json}"))
}

#[test]
fn the_home_page_describes_the_practice_and_its_people_as_structured_data() {
    let site = StaticServer::start(dist_dir());
    let content = main_edition();
    let graph = json_ld(&site.get("/").body)["@graph"].clone();
    let practice = &graph[0];
    assert_eq!(practice["@type"][0], "MedicalBusiness");
    assert_eq!(practice["name"], content.practice.name.as_str());
    assert_eq!(practice["telephone"], content.practice.phone.display());
    assert_eq!(
        practice["isAcceptingNewPatients"],
        content.anyone_accepting()
    );
    let served: Vec<&str> = practice["areaServed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|place| place["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        served,
        content.video_states(),
        "it serves where its licences allow"
    );
    let people: Vec<&serde_json::Value> = graph
        .as_array()
        .unwrap()
        .iter()
        .filter(|item| item["@type"] == "Person")
        .collect();
    assert_eq!(people.len(), content.clinicians.len());
    for (person, clinician) in people.iter().zip(&content.clinicians) {
        assert_eq!(person["name"], clinician.name.as_str());
        assert_eq!(person["worksFor"]["@id"], practice["@id"]);
        // Their photo: the largest copy every browser shows, served here.
        let image = person["image"].as_str().expect("each person has an image");
        let asset = image
            .strip_prefix(content.practice.site_url.as_str())
            .unwrap_or_else(|| panic!("{image} is on the site's own address"));
        assert!(asset.starts_with("/assets/"), "{image} is an asset");
        assert!(
            asset.contains(&format!("-{}w-", PHOTO_WIDTHS[PHOTO_WIDTHS.len() - 1])),
            "{image} is the largest copy"
        );
        assert!(
            asset.ends_with(".jpg"),
            "{image} is the JPEG every browser shows"
        );
        assert_eq!(site.get(asset).status, 200, "{image} is served");
        for (credential, licence) in person["hasCredential"]
            .as_array()
            .unwrap()
            .iter()
            .zip(&clinician.licences)
        {
            assert_eq!(credential["identifier"], licence.number.as_str());
            assert_eq!(credential["name"], licence.title.as_str());
            assert_eq!(credential["validIn"]["name"], licence.state.as_str());
        }
    }
    // Each clinician's own page carries their entry, linked to the practice.
    let ruth = json_ld(
        &site
            .get(&format!("/{}", content.route_path(Route::Clinician(0))))
            .body,
    );
    assert_eq!(ruth["@type"], "Person");
    assert_eq!(ruth["image"], people[0]["image"]);
    for (credential, licence) in ruth["hasCredential"]
        .as_array()
        .unwrap()
        .iter()
        .zip(&content.clinicians[0].licences)
    {
        assert_eq!(credential["validIn"]["name"], licence.state.as_str());
    }
    assert_eq!(
        ruth["worksFor"]["isAcceptingNewPatients"],
        content.anyone_accepting()
    );
}

#[test]
fn an_unknown_path_gets_status_404_and_the_not_found_page() {
    let page = StaticServer::start(dist_dir()).get("/no/such/page");
    assert_eq!(page.status, 404);
    assert!(page.body.contains(&escaped(
        main_edition().pages.not_found.page.heading.as_str()
    )));
    assert!(page
        .body
        .contains("<meta name=\"robots\" content=\"noindex\">"));
}

#[test]
fn every_sitemap_url_is_a_pre_rendered_page_whose_canonical_url_is_itself() {
    let site = StaticServer::start(dist_dir());
    let sitemap = site.get("/sitemap.xml");
    assert_eq!(sitemap.status, 200);
    let urls: Vec<&str> = sitemap
        .body
        .split("<loc>")
        .skip(1)
        .map(|rest| rest.split("</loc>").next().unwrap())
        .collect();
    let routes = main_edition().routes();
    let listed = routes.iter().filter(|route| route.is_listed()).count();
    assert!(listed < routes.len(), "the thank-you page is left out");
    assert_eq!(urls.len(), listed * editions().len());
    // The tests' list of routes is the sitemap's, both from the registry.
    let main_paths: Vec<String> = urls
        .iter()
        .filter_map(|url| url.strip_prefix(main_edition().practice.site_url.as_str()))
        .filter(|path| !path.starts_with("/es/") && *path != "/es")
        .map(str::to_owned)
        .collect();
    let tested: Vec<String> = routes
        .into_iter()
        .zip(pages())
        .filter(|(route, _)| route.is_listed())
        .map(|(_, (path, _, _))| path)
        .collect();
    assert_eq!(main_paths, tested);
    for url in urls {
        let path = url
            .strip_prefix(main_edition().practice.site_url.as_str())
            .unwrap_or_else(|| panic!("{url} is not on the site"));
        let page = site.get(path);
        assert_eq!(page.status, 200, "{url}");
        assert!(
            page.body
                .contains(&format!("<link href=\"{url}\" rel=\"canonical\">")),
            "{url}"
        );
    }
    let robots = site.get("/robots.txt").body;
    assert!(robots.contains(&format!(
        "Sitemap: {}/sitemap.xml",
        main_edition().practice.site_url.as_str()
    )));
}

#[test]
fn every_page_exists_in_every_language_marked_and_linked_to_its_translations() {
    let site = StaticServer::start(dist_dir());
    for edition in editions() {
        let language = edition.site.language.as_str();
        let prefix = if language == main_edition().site.language.as_str() {
            String::new()
        } else {
            format!("/{language}")
        };
        for (route, (slug, heading)) in edition.routes().into_iter().zip(edition.routed()) {
            let path = format!("{prefix}/{slug}");
            let page = site.get(&path);
            assert_eq!(page.status, 200, "{path}");
            assert!(
                page.body.contains(&format!("<html lang=\"{language}\"")),
                "{path} is marked as {language}"
            );
            assert!(
                page.body.contains(&escaped(heading)),
                "{path} is in its own language"
            );
            for other in editions() {
                let alternate = format!(
                    "<link href=\"{}\" hreflang=\"{}\" rel=\"alternate\">",
                    route_url(other, route),
                    other.site.language.as_str()
                );
                assert!(page.body.contains(&alternate), "{path} lacks {alternate}");
            }
        }
    }
    // The US sample is published in two languages; another sample under
    // test (PRACTICE_CONTENT_DIR) may have one.
    assert!(
        editions().len() >= 2 || std::env::var_os("PRACTICE_CONTENT_DIR").is_some(),
        "the site has a translation"
    );
}

#[test]
fn every_page_carries_the_served_policy_and_its_one_inline_script_is_allowed_by_hash() {
    let site = StaticServer::start(dist_dir());
    let header = site
        .get("/")
        .header("content-security-policy")
        .map(Policy::parse)
        .expect("a Content-Security-Policy header");
    for (path, _, _) in pages() {
        let body = site.get(&path).body;
        let inline = inline_scripts(&body);
        assert_eq!(
            inline.len(),
            1,
            "{path}: one inline script, the head script"
        );
        let hash = script_hash(inline[0]);
        assert!(
            header.sources("script-src").contains(&hash),
            "{path}: the policy allows the head script ({hash})"
        );
        assert_eq!(
            meta_policy(&body),
            Some(header.meta()),
            "{path}: the page's <meta> policy is the header's, less frame-ancestors"
        );
        assert!(
            body.find("http-equiv=\"Content-Security-Policy\"") < body.find("<script"),
            "{path}: the <meta> policy comes before any script"
        );
        assert!(
            body.contains("<meta name=\"referrer\" content=\"no-referrer\">"),
            "{path}: no referrer, also where the host sends no headers"
        );
    }
}

#[test]
fn the_build_checks_its_pages_against_its_headers_and_a_stale_hash_fails() {
    let nginx = nginx_dir(&dist_dir());
    assert_eq!(
        check_site(&dist_dir(), &nginx),
        Ok(()),
        "the built site is consistent"
    );
    assert!(
        !dist_dir().join("_nginx").exists(),
        "the server's configuration is not published with the site"
    );
    let copy = std::env::temp_dir().join(format!("stale-hash-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&copy);
    std::fs::create_dir_all(&copy).unwrap();
    for file in ["_headers", "index.html"] {
        std::fs::copy(dist_dir().join(file), copy.join(file)).unwrap();
    }
    // The head script edited after its hash was taken.
    let page = std::fs::read_to_string(copy.join("index.html")).unwrap();
    std::fs::write(
        copy.join("index.html"),
        page.replacen("(() => {", "(() => { ", 1),
    )
    .unwrap();
    let problems = check_site(&copy, &nginx).unwrap_err();
    std::fs::remove_dir_all(&copy).unwrap();
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(
        problems[0].contains("index.html: an inline script") && problems[0].contains("stale"),
        "{problems:#?}"
    );
}

#[test]
fn the_policy_allows_posting_the_form_where_it_goes() {
    let form_action = |dist| {
        let headers = std::fs::read_to_string(dist_dir_of(dist).join("_headers")).unwrap();
        policy_in_headers_file(&headers, "/")
            .unwrap()
            .sources("form-action")
            .to_vec()
    };
    // Without an endpoint the form opens an email; the sub-path build posts
    // to a path on its own site.
    assert_eq!(form_action(Dist::Root), ["'self'", "mailto:"]);
    assert_eq!(form_action(Dist::SubPath), ["'self'"]);
}

enum Dist {
    Root,
    SubPath,
}

fn dist_dir_of(dist: Dist) -> std::path::PathBuf {
    match dist {
        Dist::Root => dist_dir(),
        Dist::SubPath => subpath_dist(),
    }
}

#[test]
fn the_deploy_headers_protect_every_page_and_cache_hashed_assets() {
    let site = StaticServer::start(dist_dir());
    let page = site.get("/roots");
    let csp = page
        .header("content-security-policy")
        .expect("a Content-Security-Policy");
    for directive in [
        "default-src 'none'",
        "script-src 'self' 'wasm-unsafe-eval'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "frame-ancestors 'none'",
        "connect-src 'self'",
    ] {
        assert!(csp.contains(directive), "the CSP lacks {directive}: {csp}");
    }
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    assert_eq!(page.header("referrer-policy"), Some("no-referrer"));
    assert_eq!(page.header("x-content-type-options"), Some("nosniff"));
    assert_eq!(page.header("x-frame-options"), Some("DENY"));
    assert_eq!(
        page.header("cross-origin-opener-policy"),
        Some("same-origin")
    );
    assert_eq!(
        page.header("cross-origin-resource-policy"),
        Some("same-origin")
    );
    assert_eq!(
        page.header("strict-transport-security"),
        Some("max-age=31536000; includeSubDomains")
    );
    let permissions = page.header("permissions-policy").unwrap();
    for feature in [
        "camera=()",
        "microphone=()",
        "geolocation=()",
        "payment=()",
        "usb=()",
        "browsing-topics=()",
        "clipboard-write=(self)",
    ] {
        assert!(permissions.contains(feature), "{permissions}");
    }
    assert_eq!(
        page.header("cache-control"),
        None,
        "pages keep the host's revalidating default"
    );
    let asset = page
        .body
        .split("href=\"")
        .find_map(|rest| {
            rest.split('"')
                .next()
                .filter(|href| href.starts_with("/assets/") && href.ends_with(".css"))
        })
        .expect("a stylesheet under /assets/");
    let asset = site.get(asset);
    assert_eq!(
        asset.header("cache-control"),
        Some("public, max-age=31536000, immutable")
    );
    assert_eq!(
        asset.header("cross-origin-resource-policy"),
        Some("cross-origin"),
        "the relay's page, on another origin, links the stylesheet"
    );
    assert_eq!(asset.header("x-frame-options"), Some("DENY"));
}

#[test]
fn the_nginx_snippets_send_the_same_headers_as_the_headers_file() {
    let headers_file = std::fs::read_to_string(dist_dir().join("_headers")).unwrap();
    // The headers a rule of the headers file adds.
    let rule = |pattern: &str| -> Vec<(String, String)> {
        headers_file
            .lines()
            .skip_while(|line| line.trim() != pattern)
            .skip(1)
            .take_while(|line| line.starts_with(char::is_whitespace) && !line.trim().is_empty())
            .filter_map(|line| line.trim().split_once(": "))
            .map(|(name, value)| (name.to_owned(), value.to_owned()))
            .collect()
    };
    let nginx = |snippet: &str| -> Vec<(String, String)> {
        let text = std::fs::read_to_string(nginx_dir(&dist_dir()).join(snippet)).unwrap();
        text.lines()
            .filter_map(|line| line.trim().strip_prefix("add_header "))
            .filter_map(|rest| rest.split_once(" \""))
            .map(|(name, value)| {
                (
                    name.to_owned(),
                    value
                        .trim_end_matches(" always;")
                        .trim_end_matches('"')
                        .to_owned(),
                )
            })
            .collect()
    };
    let shared = rule("/*");
    assert_eq!(shared.len(), 5, "{shared:#?}");
    assert!(shared
        .iter()
        .any(|(name, _)| name == "Strict-Transport-Security"));
    for (snippet, pattern, own) in [
        ("security-headers.conf", "/roots", 3),
        ("editor-headers.conf", "/admin/*", 5),
        ("asset-headers.conf", "/assets/*", 2),
    ] {
        let mut headers = rule(pattern);
        assert_eq!(headers.len(), own, "{pattern}: {headers:#?}");
        headers.extend(shared.clone());
        assert_eq!(nginx(snippet), headers, "{snippet}");
    }
}

#[test]
fn each_address_gets_one_policy_the_editor_its_own_and_search_is_kept_out_of_it() {
    let site = StaticServer::start(dist_dir());
    let policies = |path: &str| -> Vec<String> {
        site.get(path)
            .headers
            .into_iter()
            .filter(|(name, _)| name == "content-security-policy")
            .map(|(_, value)| value)
            .collect()
    };
    let visitors = policies("/");
    assert_eq!(visitors.len(), 1, "{visitors:#?}");
    for (path, _, _) in pages() {
        assert_eq!(
            policies(&path),
            visitors,
            "{path}: the visitors' policy, once"
        );
    }
    let editor = site.get("/admin/");
    assert_eq!(editor.status, 200);
    let its = policies("/admin/");
    assert_eq!(
        its.len(),
        1,
        "the editor gets its own policy alone: {its:#?}"
    );
    assert_ne!(its, visitors);
    assert!(its[0].contains("https://api.github.com"));
    for local in ["'unsafe-eval'", "127.0.0.1", "localhost", "[::1]", "http:"] {
        assert!(!its[0].contains(local), "{local} in the editor's {its:#?}");
    }
    assert_eq!(
        editor.header("cross-origin-opener-policy"),
        Some("same-origin-allow-popups"),
        "an OAuth sign-in's popup answers through window.opener"
    );
    assert!(
        editor
            .body
            .contains("<script src=\"sveltia-cms.js\" integrity=\"sha384-"),
        "its script is checked against its digest"
    );
    assert!(!visitors[0].contains("'unsafe-eval'") && !visitors[0].contains("github"));
    assert_eq!(editor.header("x-robots-tag"), Some("noindex, nofollow"));
    assert!(editor
        .body
        .contains("<meta name=\"robots\" content=\"noindex, nofollow\">"));
    assert_eq!(
        meta_policy(&editor.body),
        Some(Policy::parse(&its[0]).meta())
    );
    assert!(site
        .get("/robots.txt")
        .body
        .contains("\nDisallow: /admin/\n"));
    let config: serde_json::Value = serde_json::from_str(&site.get("/admin/config.yml").body)
        .expect("the editor's configuration");
    assert_eq!(config["collections"].as_array().map(Vec::len), Some(3));
    for file in [
        "sveltia-cms.js",
        "github-status.json",
        "sveltia/package.json",
        "sveltia@0.221.1/locales/es-CO.json",
    ] {
        assert_eq!(
            site.get(&format!("/admin/{file}")).status,
            200,
            "its {file} is the site's own"
        );
    }
}

#[test]
fn no_visitor_page_links_to_or_loads_anything_of_the_editor() {
    let site = StaticServer::start(dist_dir());
    for (path, _, _) in pages() {
        let body = site.get(&path).body;
        assert!(!body.contains("/admin"), "{path} names the editor");
        assert!(
            !body.contains("sveltia"),
            "{path} names the editor's bundle"
        );
    }
}

#[test]
fn the_privacy_page_says_where_the_consultation_request_goes() {
    let privacy = &main_edition().pages.privacy;
    let by_email = fill(
        privacy.form_by_email.as_str(),
        &[("email", main_edition().practice.email.as_str())],
    );
    let body = StaticServer::start(dist_dir()).get("/privacy").body;
    assert!(
        body.contains(&escaped(&by_email)),
        "the default build drafts an email"
    );
    let device_note = escaped(main_edition().site.browsing_safety_email.as_str());
    assert!(
        body.contains(&device_note),
        "and says what the draft leaves behind"
    );
    let contact = main_edition().pages.contact.email_draft_note.as_str();
    let form = StaticServer::start(dist_dir()).get("/contact").body;
    assert!(
        form.contains(&escaped(contact)),
        "the form says what the draft holds"
    );
    let endpoint = "/practice/api/consultation";
    let by_endpoint = fill(privacy.form_by_endpoint.as_str(), &[("endpoint", endpoint)]);
    let body = StaticServer::start_at(subpath_dist(), "/practice")
        .get("/privacy")
        .body;
    assert!(
        body.contains(&escaped(&by_endpoint)),
        "the endpoint build names its endpoint"
    );
    assert!(!body.contains(&device_note), "no email draft to speak of");
    let form = StaticServer::start_at(subpath_dist(), "/practice")
        .get("/contact")
        .body;
    assert!(!form.contains(&escaped(contact)));
}

/// Every `href` and `src` on the given pages, with the page it is on.
fn links(site: &StaticServer, pages: Vec<String>) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for page in pages {
        let body = site.get(&page).body;
        for attribute in ["href=\"", "src=\""] {
            for rest in body.split(attribute).skip(1) {
                let link = rest.split('"').next().unwrap().replace("&amp;", "&");
                found.push((page.clone(), link));
            }
        }
    }
    found
}

/// The link checker: internal links must answer 200 and their `#anchor`
/// exist; `tel:`, `sms:` and `mailto:` must be well formed; anything else
/// must be https, or an image written into the page.
fn broken_links(site: &StaticServer, pages: Vec<String>) -> Vec<String> {
    let mut broken = Vec::new();
    for (page, link) in links(site, pages) {
        if let Some(number) = link.strip_prefix("tel:") {
            let digits = number.strip_prefix('+').unwrap_or(number);
            if digits.len() < 3 || !digits.chars().all(|c| c.is_ascii_digit()) {
                broken.push(format!("{page}: {link} is not a dialable number"));
            }
        } else if let Some(number) = link.strip_prefix("sms:") {
            if !number.chars().all(|c| c.is_ascii_digit() || c == '+') {
                broken.push(format!("{page}: {link} is not a number to text"));
            }
        } else if let Some(address) = link.strip_prefix("mailto:") {
            let (to, query) = address.split_once('?').unwrap_or((address, ""));
            let encoded = query
                .chars()
                .all(|c| c.is_ascii_graphic() && c != '<' && c != '>');
            if !to.contains('@') || to.contains(char::is_whitespace) || !encoded {
                broken.push(format!("{page}: {link} is not a well-formed mailto:"));
            }
        } else if link.starts_with('/') || link.starts_with('#') {
            let (path, anchor) = link.split_once('#').unwrap_or((&link, ""));
            // A bare `#anchor` points into the page itself, whatever its status.
            let target = site.get(if path.is_empty() { &page } else { path });
            if !path.is_empty() && target.status != 200 {
                broken.push(format!("{page}: {link} answers {}", target.status));
            } else if !anchor.is_empty() && !target.body.contains(&format!("id=\"{anchor}\"")) {
                broken.push(format!("{page}: {link} has no element with id {anchor}"));
            }
        } else if link.starts_with("data:image/") {
            // Written into the page itself (the icon): no request is made.
        } else if !link.starts_with("https://") {
            broken.push(format!("{page}: {link} is neither on the site nor https"));
        }
    }
    broken
}

#[test]
fn every_internal_link_and_anchor_resolves_and_phone_and_mail_links_are_well_formed() {
    let site = StaticServer::start(dist_dir());
    let mut paths: Vec<String> = pages().into_iter().map(|(path, _, _)| path).collect();
    paths.push("/no-such-page".into());
    let broken = broken_links(&site, paths);
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}

#[test]
fn the_link_checker_catches_broken_links() {
    let dir = std::env::temp_dir().join(format!("practice-site-links-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("index.html"),
        "<a href=\"/missing\">a</a><a href=\"#nowhere\">b</a><a href=\"tel:55x\">c</a>\
         <a href=\"mailto:nobody\">d</a><a href=\"http://example.org\">e</a><p id=\"here\"></p><a href=\"#here\">f</a>",
    )
    .unwrap();
    std::fs::write(dir.join("404.html"), "not found").unwrap();
    let broken = broken_links(&StaticServer::start(dir.clone()), vec!["/".into()]);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(broken.len(), 5, "{broken:#?}");
}
