use crate::components::PrincipleCard;
use leptos::prelude::*;
use site_content::ApproachPage;

/// The approach's principles, numbered, each one a card that opens.
#[component]
pub fn PrincipleList(
    /// The approach page's content: its principles and their label.
    page: &'static ApproachPage,
) -> impl IntoView {
    view! {
        <ol class="principles__list">
            {page
                .principles
                .iter()
                .enumerate()
                .map(|(index, principle)| {
                    view! {
                        <PrincipleCard
                            principle
                            index
                            in_practice_label=page.in_practice_label.as_str()
                        />
                    }
                })
                .collect_view()}
        </ol>
    }
}
