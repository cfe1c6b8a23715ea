use leptos::prelude::*;
use site_content::Principle;

/// One principle of the approach: a disclosure that opens to what it means
/// in practice (closed as rendered; `Disclosures` makes it work).
#[component]
pub fn PrincipleCard(
    /// The principle to show.
    principle: &'static Principle,
    /// Its place in the list, which makes its element ids unique.
    index: usize,
    /// The label before the "in practice" text.
    in_practice_label: &'static str,
) -> impl IntoView {
    let detail_id = format!("principle-{}-detail", index + 1);
    view! {
        <li class="principle-card">
            <h3 class="principle-card__title">
                <button
                    type="button"
                    class="disclosure-toggle principle-card__toggle"
                    aria-expanded="false"
                    aria-controls=detail_id.clone()
                >
                    <span class="principle-card__number" aria-hidden="true">
                        {index + 1}
                    </span>
                    <span class="principle-card__label">{principle.title.as_str()}</span>
                    <span class="chevron principle-card__chevron" aria-hidden="true"></span>
                </button>
            </h3>
            <p class="principle-card__summary">{principle.summary.as_str()}</p>
            <div id=detail_id class="principle-card__detail" hidden>
                <p>
                    <strong class="principle-card__detail-label">{in_practice_label}</strong>
                    " "
                    {principle.in_practice.as_str()}
                </p>
            </div>
        </li>
    }
}
