use crate::dom;
use leptos::ev;
use leptos::prelude::*;

/// Brings the pre-rendered disclosure buttons inside it to life: each
/// button with `aria-expanded` shows and hides the element it controls.
#[island]
pub fn Disclosures(
    /// Markup holding the buttons and what they control, rendered at build time.
    children: Children,
) -> impl IntoView {
    let on_click = move |event: ev::MouseEvent| {
        let Some(button) = dom::target(&event, "button[aria-expanded][aria-controls]") else {
            return;
        };
        let open = button.get_attribute("aria-expanded").as_deref() != Some("true");
        dom::set_flag(&button, "aria-expanded", open);
        if let Some(shown) = button
            .get_attribute("aria-controls")
            .and_then(|id| dom::by_id(&id))
        {
            dom::set_hidden(&shown, !open);
        }
    };
    view! { <div class="disclosures" on:click=on_click>{children()}</div> }
}
