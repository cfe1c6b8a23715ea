//! Components in a real browser (wasm-bindgen-test in headless Chromium):
//! each is mounted alone and driven through DOM events.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use practice_site::components::{listen_for_term_toggles, ConsultationForm, TermToggle};
use practice_site::consultation::Field;
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
async fn a_glossary_mark_opens_its_definition_and_escape_closes_it() {
    let term = CONTENT.pages.glossary.term("attunement").unwrap();
    let root = mount(move || view! { <p><TermToggle words="attuned" term /></p> });
    listen_for_term_toggles();
    let toggle = find(&root, ".term__toggle");
    let definition = find(&root, ".term__definition");
    assert_eq!(toggle.text_content().as_deref(), Some("attuned"));
    assert_eq!(
        toggle.get_attribute("aria-controls"),
        Some(definition.id()),
        "the button names what it opens"
    );
    assert!(definition.hidden(), "closed as rendered");

    toggle.click();
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert!(!definition.hidden());
    assert!(definition
        .text_content()
        .unwrap()
        .contains(term.definition.as_str()));

    toggle.focus().unwrap();
    press(&find(&root, ".term__definition a"), "Escape");
    assert!(definition.hidden(), "Escape closes it");
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert_eq!(
        document()
            .active_element()
            .map(|element| element.class_name()),
        Some("term__toggle".to_owned()),
        "focus returns to the word"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn the_consultation_form_shows_every_mistake_and_clears_it_as_you_type() {
    let page = &CONTENT.pages.contact;
    let root = mount(|| view! { <ConsultationForm /> });
    let name = find(&root, "#consult-name");
    assert_eq!(
        name.get_attribute("aria-invalid").as_deref(),
        Some("false"),
        "no mistake is shown before the visitor tries to send"
    );
    find(&root, "button[type=submit]").click();
    settle().await;
    assert_eq!(name.get_attribute("aria-invalid").as_deref(), Some("true"));
    let error = find(&root, &format!("#{}", Field::Name.error_id()));
    assert_eq!(
        error.text_content().as_deref(),
        Some(page.name_missing.as_str())
    );
    assert!(name
        .get_attribute("aria-describedby")
        .unwrap()
        .contains(&Field::Name.error_id()));
    assert_eq!(
        document().active_element().map(|element| element.id()),
        Some("consult-name".to_owned()),
        "focus goes to the first mistake"
    );

    let input: web_sys::HtmlInputElement = name.clone().unchecked_into();
    input.set_value("Alex");
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    settle().await;
    assert_eq!(
        name.get_attribute("aria-invalid").as_deref(),
        Some("false"),
        "mended as the visitor types"
    );
    assert!(error.hidden(), "its message goes");
    root.remove();
}
