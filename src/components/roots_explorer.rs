use crate::components::Paragraphs;
use leptos::ev;
use leptos::prelude::*;
use site_content::{RootsPage, Tradition};
use wasm_bindgen::JsCast;

/// The traditions as ARIA tabs: click a tab, or move with the arrow keys,
/// Home and End (roving tabindex, automatic activation).
#[component]
pub fn RootsExplorer(
    /// The roots page's content: labels and traditions.
    roots: &'static RootsPage,
) -> impl IntoView {
    let traditions: &'static [Tradition] = &roots.traditions;
    let selected = RwSignal::new(0_usize);
    let count = traditions.len();

    let on_keydown = move |event: ev::KeyboardEvent| {
        let current = selected.get_untracked();
        let next = match event.key().as_str() {
            "ArrowRight" | "ArrowDown" => (current + 1) % count,
            "ArrowLeft" | "ArrowUp" => (current + count - 1) % count,
            "Home" => 0,
            "End" => count - 1,
            _ => return,
        };
        event.prevent_default();
        selected.set(next);
        if let Some(tab) = document()
            .get_element_by_id(&tab_id(&traditions[next]))
            .and_then(|tab| tab.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = tab.focus();
        }
    };

    let tabs = traditions
        .iter()
        .enumerate()
        .map(|(index, tradition)| {
            let is_selected = move || selected.get() == index;
            view! {
                <button
                    type="button"
                    role="tab"
                    class="roots-explorer__tab"
                    id=tab_id(tradition)
                    aria-selected=move || is_selected().to_string()
                    aria-controls=panel_id(tradition)
                    tabindex=move || if is_selected() { "0" } else { "-1" }
                    on:click=move |_| selected.set(index)
                >
                    {tradition.name.as_str()}
                </button>
            }
        })
        .collect_view();

    let panels = traditions
        .iter()
        .enumerate()
        .map(|(index, tradition)| {
            view! {
                <section
                    role="tabpanel"
                    class="roots-explorer__panel"
                    id=panel_id(tradition)
                    aria-labelledby=tab_id(tradition)
                    tabindex="0"
                    hidden=move || selected.get() != index
                >
                    <h2 class="roots-explorer__name">{tradition.name.as_str()}</h2>
                    <Paragraphs paragraphs=&tradition.explanation />
                    <h3>{roots.thinkers_heading.as_str()}</h3>
                    <ul class="roots-explorer__thinkers">
                        {tradition
                            .thinkers
                            .iter()
                            .map(|thinker| {
                                view! {
                                    <li>
                                        <span class="roots-explorer__thinker">
                                            {thinker.name.as_str()}
                                        </span>
                                        <ul class="roots-explorer__works">
                                            {thinker
                                                .works
                                                .iter()
                                                .map(|work| view! { <li><cite>{work.as_str()}</cite></li> })
                                                .collect_view()}
                                        </ul>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                    <h3>{roots.in_the_room_heading.as_str()}</h3>
                    <Paragraphs paragraphs=&tradition.in_the_room />
                </section>
            }
        })
        .collect_view();

    view! {
        <div class="roots-explorer">
            <div
                role="tablist"
                class="roots-explorer__tabs"
                aria-label=roots.explorer_label.as_str()
                on:keydown=on_keydown
            >
                {tabs}
            </div>
            {panels}
        </div>
    }
}

fn tab_id(tradition: &Tradition) -> String {
    format!("tab-{}", tradition.id.as_str())
}

fn panel_id(tradition: &Tradition) -> String {
    tradition.id.as_str().to_owned()
}
