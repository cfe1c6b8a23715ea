use crate::dom;
use crate::roving::Roving;
use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use web_sys::{Element, HtmlElement};

/// The markup `Tabs` takes: a `<nav>` of in-page links, each to one of the
/// panels after it. As rendered (and without the wasm) that is a list of
/// links and the page's CSS shows the panel the address names.
const TAB: &str = "nav a[href^='#']";

/// The tab list, its tabs and the panel each one names.
struct Parts {
    list: Option<HtmlElement>,
    tabs: Vec<HtmlElement>,
    panels: Vec<Option<HtmlElement>>,
}

impl Parts {
    fn of(root: &Element) -> Self {
        let tabs = dom::all(root, TAB);
        let panels = tabs.iter().map(panel_of).collect();
        Self {
            list: dom::first(root, "nav"),
            tabs,
            panels,
        }
    }
}

fn panel_of(tab: &HtmlElement) -> Option<HtmlElement> {
    let href = tab.get_attribute("href")?;
    dom::by_id(href.strip_prefix('#')?)
}

/// Turns the pre-rendered links and panels inside it into ARIA tabs: click a
/// tab, or move with the arrow keys, Home and End (roving tabindex,
/// automatic activation). Opens on the panel the address names, the one the
/// page already shows.
#[island]
pub fn Tabs(
    /// The links and their panels, rendered at build time.
    children: Children,
) -> impl IntoView {
    let root = NodeRef::<html::Div>::new();
    let selected = RwSignal::new(0_usize);
    // Once: the roles, names and the panel the address names.
    Effect::new(move |_| {
        let Some(root) = root.get() else {
            return;
        };
        let parts = Parts::of(&root);
        if let Some(list) = &parts.list {
            let _ = list.set_attribute("role", "tablist");
        }
        let named = dom::address_target();
        for (index, (tab, panel)) in parts.tabs.iter().zip(&parts.panels).enumerate() {
            let _ = tab.set_attribute("role", "tab");
            if let Some(panel) = panel {
                if Some(panel.id()) == named {
                    selected.set(index);
                }
                let _ = tab.set_attribute("aria-controls", &panel.id());
                let _ = panel.set_attribute("role", "tabpanel");
                let _ = panel.set_attribute("aria-labelledby", &tab.id());
                let _ = panel.set_attribute("tabindex", "0");
            }
        }
    });
    Effect::new(move |_| {
        let selected = selected.get();
        let Some(root) = root.get() else {
            return;
        };
        let parts = Parts::of(&root);
        for (index, (tab, panel)) in parts.tabs.iter().zip(&parts.panels).enumerate() {
            dom::set_flag(tab, "aria-selected", index == selected);
            let _ = tab.set_attribute("tabindex", if index == selected { "0" } else { "-1" });
            if let Some(panel) = panel {
                dom::set_hidden(panel, index != selected);
            }
        }
    });
    let on_click = move |event: ev::MouseEvent| {
        if let Some(index) = root
            .get_untracked()
            .and_then(|root| dom::target_index(&event, &root, TAB))
        {
            event.prevent_default();
            selected.set(index);
        }
    };
    let on_keydown = move |event: ev::KeyboardEvent| {
        let Some(root) = root.get_untracked() else {
            return;
        };
        if dom::target(&event, TAB).is_none() {
            return;
        }
        let tabs = dom::all(&root, TAB);
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
