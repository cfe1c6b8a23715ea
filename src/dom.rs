//! Small helpers for islands that bring pre-rendered markup to life: they
//! find the elements an event concerns and change their state in place, so
//! the words themselves never have to be in the wasm.

use leptos::attr::custom::{custom_attribute, CustomAttr};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlElement};

/// What an island needs from the page (its words, mostly), carried in
/// `data-` attributes so that the wasm holds none of it: one enum per island
/// names them, and both the markup and the island go through it.
pub trait PageData: Copy {
    /// The `data-` attribute that carries it.
    fn attribute(self) -> &'static str;

    /// The attribute, for the pre-rendered element: `{..Data::X.carry(words)}`.
    fn carry(self, words: &'static str) -> CustomAttr<&'static str, &'static str> {
        custom_attribute(self.attribute(), words)
    }

    /// What it says, read back from the element that carries it.
    fn read(self, element: &Element) -> String {
        element.get_attribute(self.attribute()).unwrap_or_default()
    }
}

/// The elements inside `root` that match `selector`, in document order.
pub fn all(root: &Element, selector: &str) -> Vec<HtmlElement> {
    let Ok(found) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..found.length())
        .filter_map(|index| found.item(index)?.dyn_into::<HtmlElement>().ok())
        .collect()
}

/// The first element inside `root` that matches `selector`.
pub fn first(root: &Element, selector: &str) -> Option<HtmlElement> {
    root.query_selector(selector).ok()??.dyn_into().ok()
}

/// The element matching `selector` that `event` happened in, if any.
pub fn target(event: &Event, selector: &str) -> Option<HtmlElement> {
    event
        .target()?
        .dyn_into::<Element>()
        .ok()?
        .closest(selector)
        .ok()??
        .dyn_into::<HtmlElement>()
        .ok()
}

/// Which of the `selector` elements inside `root` `event` happened in.
pub fn target_index(event: &Event, root: &Element, selector: &str) -> Option<usize> {
    let hit = target(event, selector)?;
    all(root, selector)
        .iter()
        .position(|element| element.is_same_node(Some(&hit)))
}

/// Sets an attribute to `"true"` or `"false"`, as ARIA states are written.
pub fn set_flag(element: &Element, name: &str, value: bool) {
    let _ = element.set_attribute(name, if value { "true" } else { "false" });
}

/// Shows or hides an element with the `hidden` attribute.
pub fn set_hidden(element: &Element, hidden: bool) {
    let _ = element.toggle_attribute_with_force("hidden", hidden);
}

/// The id the address's fragment names (`/roots#trauma-theory`), if any: the
/// panel the page's CSS shows (`:target`) before an island takes over.
pub fn address_target() -> Option<String> {
    let hash = window().location().hash().ok()?;
    Some(hash.strip_prefix('#')?.to_owned()).filter(|id| !id.is_empty())
}

/// The element with `id`, if the page has it.
pub fn by_id(id: &str) -> Option<HtmlElement> {
    document().get_element_by_id(id)?.dyn_into().ok()
}

/// Moves focus to `element`; a hidden one cannot take it, so this waits
/// for the frame in which a change that shows it has been drawn.
pub fn focus_soon(element: HtmlElement) {
    request_animation_frame(move || {
        let _ = element.focus();
    });
}
