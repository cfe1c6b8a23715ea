//! Compiles the practice's words into the site. A mistake in `content/`
//! stops the build with the file, line and field to mend.

use site_content::bake::bake_static;
use site_content::load::load;
use site_content::structured_data::practice_json_ld;
use std::path::PathBuf;

fn main() {
    // Tests point this at deliberately broken copies of the content.
    let dir = std::env::var_os("PRACTICE_CONTENT_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("content"));
    println!("cargo::rerun-if-env-changed=PRACTICE_CONTENT_DIR");
    println!("cargo::rerun-if-changed={}", dir.display());

    let content = load(&dir).unwrap_or_else(|errors| {
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
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let source = format!(
        "{}pub static PRACTICE_JSON_LD: &str = {:?};\n",
        bake_static("CONTENT", "Content", &content),
        practice_json_ld(&content)
    );
    std::fs::write(out.join("content.rs"), source).expect("OUT_DIR is writable");
}
