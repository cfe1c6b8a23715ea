//! The practice's content: typed, checked and compiled into the site.
//!
//! The practice edits `content/*.toml`. At build time (`build` feature) the
//! loader reads those files, checks them, and bakes them into Rust source
//! that the site includes as a `static`. The browser gets only the plain
//! types in [`model`] and [`text`]; no parser ships to it.

#[macro_use]
mod macros;

pub mod model;
pub mod text;

#[cfg(feature = "build")]
pub mod bake;
#[cfg(feature = "build")]
pub mod load;
#[cfg(feature = "build")]
pub mod structured_data;

pub use model::*;
pub use text::{List, Paragraph, Phone, Ref, Segment, Text};
