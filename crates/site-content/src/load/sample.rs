//! Sample content that must not go live: the markers the shipped sample
//! practice carries, found in any edition's files.

use super::source::{ContentError, Source};
use std::path::Path;

/// A piece of text that only the sample content has, and what it is.
pub struct SampleMarker {
    pub text: &'static str,
    pub what: &'static str,
}

/// Every marker of the sample content, in every language it ships in.
pub const SAMPLE_MARKERS: &[SampleMarker] = &[
    SampleMarker {
        text: "Linden Hall",
        what: "the sample practice's name",
    },
    SampleMarker {
        text: "Alder House",
        what: "the UK sample practice's name",
    },
    SampleMarker {
        text: ".example",
        what: "a sample web address (the .example domain is reserved for examples)",
    },
    SampleMarker {
        text: "example.org",
        what: "an example domain",
    },
    SampleMarker {
        text: "example.com",
        what: "an example domain",
    },
    SampleMarker {
        text: "example.net",
        what: "an example domain",
    },
    SampleMarker {
        text: "555-01",
        what: "a 555 number, reserved for fiction",
    },
    SampleMarker {
        text: "(sample address)",
        what: "the sample address",
    },
    SampleMarker {
        text: "(dirección de ejemplo)",
        what: "the sample address",
    },
    SampleMarker {
        text: "sample content",
        what: "a notice that this is sample content",
    },
    SampleMarker {
        text: "a stand-in for",
        what: "an illustrated stand-in for a clinician's photo",
    },
    SampleMarker {
        text: "en lugar de la foto",
        what: "an illustrated stand-in for a clinician's photo",
    },
    SampleMarker {
        text: "Sample notice",
        what: "the sample Notice of Privacy Practices, which the practice replaces with its own",
    },
    SampleMarker {
        text: "Aviso de ejemplo",
        what: "the sample Notice of Privacy Practices, which the practice replaces with its own",
    },
    SampleMarker {
        text: "Sample policy",
        what: "the sample consumer health data policy, which the practice replaces with its own",
    },
    SampleMarker {
        text: "Política de ejemplo",
        what: "the sample consumer health data policy, which the practice replaces with its own",
    },
    SampleMarker {
        text: "(sample)",
        what: "a sample licence number or date",
    },
    SampleMarker {
        text: "(ejemplo)",
        what: "a sample date",
    },
    SampleMarker {
        text: "Ruth Alvarado",
        what: "a sample clinician's name",
    },
    SampleMarker {
        text: "Samuel Okoye",
        what: "a sample clinician's name",
    },
];

/// Each place in the content under `dir` (every edition) where a sample
/// marker remains; comment lines are skipped.
pub fn sample_content(dir: &Path) -> Vec<ContentError> {
    let mut files = Vec::new();
    toml_files(dir, &mut files);
    files.sort();
    let mut found = Vec::new();
    for path in files {
        let Ok(source) = Source::read(path.parent().unwrap_or(dir), &file_name(&path), "") else {
            continue;
        };
        let mut offset = 0;
        for line in source.text.split_inclusive('\n') {
            if !line.trim_start().starts_with('#') {
                for marker in SAMPLE_MARKERS {
                    if let Some(at) = line.find(marker.text) {
                        let at = offset + at;
                        found.push(source.error_at(
                            at..at,
                            source.field_at(at),
                            format!(
                                "sample content: `{}` is {}; write the practice's own",
                                marker.text, marker.what
                            ),
                        ));
                    }
                }
            }
            offset += line.len();
        }
    }
    found
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn toml_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            toml_files(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "toml") {
            out.push(path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_marker_is_found_by_file_line_and_field_and_comments_are_skipped() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("practice.toml"),
            "# Linden Hall in a comment is fine\nname = \"Linden Hall Therapy\"\nphone = \"(503) 555-0142\"\n",
        )
        .unwrap();
        let found: Vec<String> = sample_content(dir.path())
            .iter()
            .map(|error| format!("{}:{}", error.line, error.field))
            .collect();
        assert_eq!(found, ["2:name", "3:phone"]);
    }
}
