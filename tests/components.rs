//! Components in a real browser (wasm-bindgen-test in headless Chromium):
//! each is mounted alone and driven through DOM events.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use practice_site::components::{Tabs, TermToggle};
use site_content::{GlossaryTerm, Text};
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
async fn a_glossary_mark_is_a_button_for_its_definition_popover() {
    // Components get their words as props; this test writes its own.
    static TERM: GlossaryTerm = GlossaryTerm {
        id: Text::new("attunement"),
        term: Text::new("Attunement"),
        definition: Text::new("Sensing and responding to another's feelings."),
    };
    let term = &TERM;
    let root = mount(move || {
        view! {
            <p>
                <TermToggle words="attuned" term glossary="/glossary".into() more_label="More" />
            </p>
        }
    });
    let toggle = find(&root, ".term__toggle");
    let definition = find(&root, ".term__definition");
    assert_eq!(toggle.text_content().as_deref(), Some("attuned"));
    assert_eq!(
        toggle.get_attribute("popovertarget"),
        Some(definition.id()),
        "the button names what it opens"
    );
    assert_eq!(definition.popover().as_deref(), Some("auto"));
    assert!(
        !definition.matches(":popover-open").unwrap(),
        "closed as rendered"
    );

    toggle.click();
    assert!(
        definition.matches(":popover-open").unwrap(),
        "the platform opens it, no script of ours"
    );
    assert!(definition
        .text_content()
        .unwrap()
        .contains(term.definition.as_str()));
    assert_eq!(
        find(&definition, "a").get_attribute("href").as_deref(),
        Some("/glossary#attunement"),
        "the definition links to its glossary entry"
    );
    toggle.click();
    assert!(!definition.matches(":popover-open").unwrap());
    root.remove();
}

/// Markup as the build renders an island around pre-rendered children.
fn pre_rendered_island(wrapper_class: &str, children: &str) -> HtmlElement {
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    container.set_inner_html(&format!(
        "<leptos-island data-component=\"test\"><div class=\"{wrapper_class}\"><leptos-children>{children}</leptos-children></div></leptos-island>"
    ));
    document().body().unwrap().append_child(&container).unwrap();
    container
}

#[wasm_bindgen_test]
async fn the_tabs_island_turns_pre_rendered_links_into_tabs_by_click_and_arrow_keys() {
    let root = pre_rendered_island(
        "tabs",
        "<nav aria-label=\"Traditions\">\
           <a id=\"t1\" href=\"#p1\">One</a>\
           <a id=\"t2\" href=\"#p2\">Two</a>\
           <a id=\"t3\" href=\"#p3\">Three</a>\
         </nav>\
         <section id=\"p1\">first</section>\
         <section id=\"p2\">second</section>\
         <section id=\"p3\">third</section>",
    );
    let handle = leptos::mount::hydrate_from(root.clone(), || view! { <Tabs>""</Tabs> });
    settle().await;
    let tab = |n: u32| find(&root, &format!("#t{n}"));
    let panel = |n: u32| find(&root, &format!("#p{n}"));
    assert_eq!(
        root.query_selector_all("[role=tab]").unwrap().length(),
        3,
        "every link is a tab, none rendered twice"
    );
    assert_eq!(
        find(&root, "nav").get_attribute("role").as_deref(),
        Some("tablist")
    );
    assert_eq!(
        panel(2).get_attribute("aria-labelledby").as_deref(),
        Some("t2")
    );
    assert_eq!(tab(2).get_attribute("aria-controls").as_deref(), Some("p2"));
    assert!(!panel(1).hidden() && panel(2).hidden() && panel(3).hidden());
    assert_eq!(tab(1).get_attribute("tabindex").as_deref(), Some("0"));

    tab(2).click();
    settle().await;
    assert_eq!(
        tab(2).get_attribute("aria-selected").as_deref(),
        Some("true")
    );
    assert_eq!(
        tab(1).get_attribute("aria-selected").as_deref(),
        Some("false")
    );
    assert!(!panel(2).hidden() && panel(1).hidden());
    assert_eq!(tab(2).get_attribute("tabindex").as_deref(), Some("0"));

    press(&tab(2), "ArrowRight");
    settle().await;
    assert!(!panel(3).hidden(), "the arrow moves on");
    assert_eq!(
        document().active_element().map(|e| e.id()),
        Some("t3".to_owned())
    );
    press(&tab(3), "ArrowRight");
    settle().await;
    assert!(!panel(1).hidden(), "and wraps around");
    press(&tab(1), "End");
    settle().await;
    assert!(!panel(3).hidden(), "End jumps to the last");
    handle.forget();
    root.remove();
}
