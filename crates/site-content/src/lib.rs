//! The practice's content: typed and checked.
//!
//! The practice edits `content/*.toml`. When the site is generated (`build`
//! feature) the loader reads those files at run time and checks them; no
//! word is compiled into Rust, so an edit needs no compiling. The browser
//! gets only the plain types in [`model`] and [`text`]; no parser ships to
//! it, and no content either.

#[macro_use]
mod macros;

#[cfg(feature = "build")]
pub mod cms;
pub mod date;
pub mod model;
pub mod text;

#[cfg(feature = "build")]
pub mod load;
#[cfg(feature = "build")]
#[cfg(feature = "build")]
pub mod schema;
pub mod structured_data;
#[cfg(feature = "build")]
pub mod walk;

pub use date::Date;
pub use model::*;
pub use text::{List, Paragraph, Phone, Ref, Segment, Text};
