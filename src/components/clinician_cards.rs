use crate::components::ClinicianCard;
use crate::content::content;
use leptos::prelude::*;

/// Every clinician of the practice, as cards, in the content's order.
#[component]
pub fn ClinicianCards(
    /// Their names' heading level (see `ClinicianCard`).
    #[prop(default = 3)]
    level: u8,
) -> impl IntoView {
    view! {
        <ul class="card-list clinician-cards">
            {(0..content().clinicians.len())
                .map(|index| view! { <ClinicianCard index level /> })
                .collect_view()}
        </ul>
    }
}
