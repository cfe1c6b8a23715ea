//! Components in a real browser (wasm-bindgen-test in headless Chromium):
//! each is mounted alone and driven through DOM events.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use practice_site::components::{PrincipleCard, RootsExplorer};
use practice_site::content::CONTENT;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a view into a fresh container and returns the container.
fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> HtmlElement {
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), view);
    // Keep the view alive for the rest of the test.
    std::mem::forget(handle);
    container
}

fn find(root: &HtmlElement, css: &str) -> HtmlElement {
    root.query_selector(css)
        .unwrap()
        .unwrap_or_else(|| panic!("no `{css}`"))
        .unchecked_into()
}

fn press(target: &HtmlElement, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

/// Lets effects and re-renders run.
async fn settle() {
    gloo_timers::future::TimeoutFuture::new(0).await;
}

#[wasm_bindgen_test]
async fn a_principle_card_opens_and_closes_on_click() {
    let principle = &CONTENT.pages.approach.principles[0];
    let root = mount(
        move || view! { <PrincipleCard principle index=0 in_practice_label=CONTENT.pages.approach.in_practice_label.as_str() /> },
    );
    let button = find(&root, "button");
    let detail = find(&root, "#principle-1-detail");
    assert_eq!(
        button.get_attribute("type").as_deref(),
        Some("button"),
        "a real button, so Enter and Space work"
    );
    assert_eq!(
        button.get_attribute("aria-controls").as_deref(),
        Some("principle-1-detail")
    );
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(detail.hidden());

    button.click();
    settle().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert!(!detail.hidden());
    assert!(detail
        .text_content()
        .unwrap()
        .contains(principle.in_practice.as_str()));

    button.click();
    settle().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(detail.hidden());
    root.remove();
}

#[wasm_bindgen_test]
async fn the_roots_explorer_switches_by_click_and_by_arrow_keys() {
    let roots = &CONTENT.pages.roots;
    let root = mount(move || view! { <RootsExplorer roots /> });
    let tabs = root.query_selector_all("[role=tab]").unwrap();
    assert_eq!(tabs.length() as usize, roots.traditions.len());
    let tab = |index: u32| -> HtmlElement { tabs.item(index).unwrap().unchecked_into() };
    let shown = || -> Vec<String> {
        let panels = root.query_selector_all("[role=tabpanel]").unwrap();
        (0..panels.length())
            .map(|i| panels.item(i).unwrap().unchecked_into::<HtmlElement>())
            .filter(|panel| !panel.hidden())
            .map(|panel| panel.id())
            .collect()
    };
    let first = roots.traditions[0].id.as_str();
    let second = roots.traditions[1].id.as_str();
    let last = roots.traditions.last().unwrap().id.as_str();
    assert_eq!(shown(), [first]);
    assert_eq!(
        tab(0).tab_index(),
        0,
        "only the selected tab is in the Tab order"
    );
    assert_eq!(tab(1).tab_index(), -1);

    tab(2).click();
    settle().await;
    assert_eq!(shown(), [roots.traditions[2].id.as_str()]);
    assert_eq!(
        tab(2).get_attribute("aria-selected").as_deref(),
        Some("true")
    );

    press(&tab(2), "ArrowLeft");
    settle().await;
    assert_eq!(shown(), [second]);
    assert_eq!(
        document().active_element().unwrap().id(),
        format!("tab-{second}"),
        "focus follows"
    );
    press(&tab(1), "End");
    settle().await;
    assert_eq!(shown(), [last]);
    press(&tab(tabs.length() - 1), "ArrowRight");
    settle().await;
    assert_eq!(shown(), [first], "the arrows wrap around");
    press(&tab(0), "ArrowLeft");
    settle().await;
    assert_eq!(shown(), [last]);
    press(&tab(tabs.length() - 1), "Home");
    settle().await;
    assert_eq!(shown(), [first]);
    root.remove();
}
