//! Compiles the practice's words into the site. A mistake in `content/`
//! stops the build with the file, line and field to mend.

use site_content::bake::bake_static;
use site_content::load::load_editions;
use site_content::structured_data::practice_json_ld;
use std::path::PathBuf;

fn main() {
    // Tests point this at deliberately broken copies of the content.
    let dir = std::env::var_os("PRACTICE_CONTENT_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("content"));
    println!("cargo::rerun-if-env-changed=PRACTICE_CONTENT_DIR");
    println!("cargo::rerun-if-changed={}", dir.display());

    let editions = load_editions(&dir).unwrap_or_else(|errors| {
        eprintln!(
            "\nThe site's content has {} mistake{} to mend:\n",
            errors.len(),
            if errors.len() == 1 { "" } else { "s" }
        );
        for error in &errors {
            eprintln!("  {error}");
        }
        eprintln!();
        std::process::exit(1);
    });
    let mut source = String::new();
    let mut content_names = Vec::new();
    for (index, content) in editions.iter().enumerate() {
        // The main edition is `CONTENT`; each translation `CONTENT_<CODE>`.
        let suffix = if index == 0 {
            String::new()
        } else {
            format!("_{}", content.site.language.as_str().to_uppercase())
        };
        let name = format!("CONTENT{suffix}");
        source.push_str(&bake_static(&name, "Content", content));
        content_names.push(format!("&{name}"));
    }
    source.push_str(&format!(
        "pub static EDITIONS: [&::site_content::Content; {}] = [{}];\n",
        editions.len(),
        content_names.join(", ")
    ));
    // The islands need only the languages' codes, never an edition's words.
    let languages: Vec<String> = editions
        .iter()
        .map(|content| format!("{:?}", content.site.language.as_str()))
        .collect();
    source.push_str(&format!(
        "pub static LANGUAGES: [&str; {}] = [{}];\n",
        languages.len(),
        languages.join(", ")
    ));
    source.push_str(&format!(
        "pub static PRACTICE_JSON_LD: &str = {:?};\n",
        practice_json_ld(&editions[0])
    ));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("content.rs"), source).expect("OUT_DIR is writable");
}
