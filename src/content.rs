//! The practice's words, compiled in from `content/` by `build.rs`:
//! `CONTENT`, and `PRACTICE_JSON_LD` (the practice as schema.org data).

include!(concat!(env!("OUT_DIR"), "/content.rs"));
