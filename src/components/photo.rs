use crate::content::base;
use crate::photos::photo_set;
use leptos::prelude::*;
use site_content::{photo_height, PhotoFormat, PHOTO_WIDTHS};

/// Where a photo is shown, which sets how wide it is drawn (its `sizes`,
/// matching its width in `style/components/photo.css`) and whether it is
/// fetched at once or only when scrolled near.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhotoSlot {
    /// Beside a name in a clinician's card: small, often below the fold.
    Card,
    /// At the top of a clinician's own page: the first thing looked at.
    Portrait,
}

impl PhotoSlot {
    fn sizes(self) -> &'static str {
        match self {
            Self::Card => "5.5rem",
            Self::Portrait => "(min-width: 40rem) 14rem, 6.5rem",
        }
    }

    fn class(self) -> &'static str {
        match self {
            Self::Card => "photo photo--card",
            Self::Portrait => "photo photo--portrait",
        }
    }

    fn lazy(self) -> bool {
        self == Self::Card
    }
}

fn srcset(format: &PhotoFormat) -> String {
    format
        .files
        .iter()
        .map(|file| format!("{}/assets/{} {}w", base(), file.name, file.width))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A photo in every format and width the build made of it, the browser
/// choosing the smallest that fills the slot; sized before it arrives, so
/// nothing moves when it does.
#[component]
pub fn Photo(
    /// The photo, as the content names it.
    photo: &'static site_content::Photo,
    /// Where it is shown (not `slot`, which the view macro reserves).
    place: PhotoSlot,
) -> impl IntoView {
    let set = photo_set(photo.file.as_str())?;
    let fallback = set.fallback()?;
    let preferred = &set.formats[..set.formats.len() - 1];
    let middle = &fallback.files[fallback.files.len() / 2];
    let width = PHOTO_WIDTHS[0];
    Some(view! {
        <picture class=place.class()>
            {preferred
                .iter()
                .map(|format| view! {
                    <source type=format.mime srcset=srcset(format) sizes=place.sizes() />
                })
                .collect_view()}
            <img
                src=format!("{}/assets/{}", base(), middle.name)
                srcset=srcset(fallback)
                sizes=place.sizes()
                width=width
                height=photo_height(width)
                alt=photo.alt.as_str()
                loading=place.lazy().then_some("lazy")
                decoding="async"
                fetchpriority=(!place.lazy()).then_some("high")
            />
        </picture>
    })
}
