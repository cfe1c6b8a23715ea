use crate::content::content;
use crate::page_href;
use leptos::ev;
use leptos::prelude::*;
use site_content::GlossaryTerm;
use wasm_bindgen::JsCast;

/// Numbers the in-place definitions of one rendered page, so each has its
/// own id; the server and the browser count in the same order.
#[derive(Clone, Copy)]
pub struct TermIds(StoredValue<usize>);

impl Default for TermIds {
    fn default() -> Self {
        Self(StoredValue::new(0))
    }
}

impl TermIds {
    fn next(self) -> usize {
        let id = self.0.get_value() + 1;
        self.0.set_value(id);
        id
    }
}

/// A theory word in running text: a button that shows its definition in
/// place (Escape hides it again) with a link to the glossary entry.
#[component]
pub fn TermToggle(
    /// The words as they stand in the text.
    words: &'static str,
    /// The glossary entry they mark.
    term: &'static GlossaryTerm,
) -> impl IntoView {
    let number = use_context::<TermIds>().unwrap_or_default().next();
    let definition_id = format!("term-{number}");
    let entry = format!("{}#{}", page_href("glossary"), term.id.as_str());
    // Static markup: `listen_for_term_toggles` makes every mark work, so the
    // paragraphs around them never need to be hydrated.
    view! {
        <span class="term">
            <button
                type="button"
                class="term__toggle"
                aria-expanded="false"
                aria-controls=definition_id.clone()
            >
                {words}
            </button>
            <a class="term__fallback" href=entry.clone()>{words}</a>
            <span id=definition_id class="term__definition" hidden>
                <strong class="term__name">{term.term.as_str()}</strong>
                " "
                {term.definition.as_str()}
                " "
                <a href=entry>{content().pages.glossary.more_label.as_str()}</a>
            </span>
        </span>
    }
}

/// Makes every glossary mark on the page open and close, with one click and
/// one key listener for the whole document.
pub fn listen_for_term_toggles() {
    let _ = window_event_listener(ev::click, |event| {
        if let Some(toggle) = closest(event.target(), ".term__toggle") {
            let open = toggle.get_attribute("aria-expanded").as_deref() != Some("true");
            show_definition(&toggle, open);
        }
    });
    let _ = window_event_listener(ev::keydown, |event| {
        if event.key() != "Escape" {
            return;
        }
        let Some(toggle) = closest(event.target(), ".term")
            .and_then(|term| term.query_selector(".term__toggle").ok().flatten())
        else {
            return;
        };
        if toggle.get_attribute("aria-expanded").as_deref() == Some("true") {
            show_definition(&toggle, false);
            if let Ok(toggle) = toggle.dyn_into::<web_sys::HtmlElement>() {
                let _ = toggle.focus();
            }
        }
    });
}

fn closest(target: Option<web_sys::EventTarget>, selector: &str) -> Option<web_sys::Element> {
    target?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest(selector)
        .ok()
        .flatten()
}

fn show_definition(toggle: &web_sys::Element, open: bool) {
    let _ = toggle.set_attribute("aria-expanded", if open { "true" } else { "false" });
    if let Some(definition) = toggle
        .get_attribute("aria-controls")
        .and_then(|id| document().get_element_by_id(&id))
    {
        let _ = definition.toggle_attribute_with_force("hidden", !open);
    }
}
