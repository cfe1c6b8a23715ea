//! The practice's words, compiled in from `content/` by `build.rs`.

include!(concat!(env!("OUT_DIR"), "/content.rs"));
