use crate::dom;
use crate::roving::Roving;
use leptos::ev;
use leptos::html;
use leptos::prelude::*;

/// Brings the pre-rendered ARIA tabs inside it to life: click a tab, or move
/// with the arrow keys, Home and End (roving tabindex, automatic activation).
#[island]
pub fn Tabs(
    /// The tab list and its panels, rendered at build time.
    children: Children,
) -> impl IntoView {
    let root = NodeRef::<html::Div>::new();
    let selected = RwSignal::new(0_usize);
    Effect::new(move |_| {
        let selected = selected.get();
        let Some(root) = root.get() else {
            return;
        };
        for (index, tab) in dom::all(&root, "[role=tab]").iter().enumerate() {
            dom::set_flag(tab, "aria-selected", index == selected);
            let _ = tab.set_attribute("tabindex", if index == selected { "0" } else { "-1" });
        }
        for (index, panel) in dom::all(&root, "[role=tabpanel]").iter().enumerate() {
            dom::set_hidden(panel, index != selected);
        }
    });
    let on_click = move |event: ev::MouseEvent| {
        if let Some(index) = root
            .get_untracked()
            .and_then(|root| dom::target_index(&event, &root, "[role=tab]"))
        {
            selected.set(index);
        }
    };
    let on_keydown = move |event: ev::KeyboardEvent| {
        let Some(root) = root.get_untracked() else {
            return;
        };
        if dom::target(&event, "[role=tab]").is_none() {
            return;
        }
        let tabs = dom::all(&root, "[role=tab]");
        if let Some(next) =
            Roving::new(tabs.len()).after_key(selected.get_untracked(), &event.key())
        {
            event.prevent_default();
            selected.set(next);
            let _ = tabs[next].focus();
        }
    };
    view! {
        <div class="tabs" node_ref=root on:click=on_click on:keydown=on_keydown>
            {children()}
        </div>
    }
}
