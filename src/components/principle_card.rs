use leptos::prelude::*;
use site_content::Principle;

/// One principle of the approach: a disclosure (`<details>`) whose summary
/// is the principle's title and gist, and which opens to what it means in
/// practice.
#[component]
pub fn PrincipleCard(
    /// The principle to show.
    principle: &'static Principle,
    /// Its place in the list, shown as its number.
    index: usize,
    /// The label before the "in practice" text.
    in_practice_label: &'static str,
) -> impl IntoView {
    view! {
        <li class="principle-card">
            <details class="principle-card__disclosure">
                <summary class="disclosure-toggle principle-card__toggle">
                    <h3 class="principle-card__title">
                        <span class="principle-card__number" aria-hidden="true">
                            {index + 1}
                        </span>
                        <span class="principle-card__label">{principle.title.as_str()}</span>
                    </h3>
                    <span class="chevron principle-card__chevron" aria-hidden="true"></span>
                    <span class="principle-card__summary">{principle.summary.as_str()}</span>
                </summary>
                <p class="principle-card__detail">
                    <strong class="principle-card__detail-label">{in_practice_label}</strong>
                    " "
                    {principle.in_practice.as_str()}
                </p>
            </details>
        </li>
    }
}
