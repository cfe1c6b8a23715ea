use crate::content::content;
use crate::people::{status_words, written_date};
use leptos::prelude::*;
use site_content::Clinician;

/// Whether a clinician is taking new clients, and as of which day.
#[component]
pub fn AvailabilityBadge(
    /// The clinician.
    clinician: &'static Clinician,
) -> impl IntoView {
    let words = &content().pages.clinicians;
    let availability = &clinician.availability;
    let date = written_date(words, &availability.as_of);
    let (before, after) = words
        .as_of
        .as_str()
        .split_once("{date}")
        .unwrap_or((words.as_of.as_str(), ""));
    view! {
        <p class=format!("availability-badge availability-badge--{}", availability.status.name())>
            <span class="availability-badge__status">{status_words(words, availability.status)}</span>
            " "
            <span class="availability-badge__date">
                {before.to_owned()}
                <time datetime=availability.as_of.iso()>{date}</time>
                {after.to_owned()}
            </span>
            {availability
                .note
                .as_ref()
                .map(|note| view! { <span class="availability-badge__note">{note.as_str()}</span> })}
        </p>
    }
}
