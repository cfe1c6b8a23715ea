use crate::content::content;
use crate::dom;
use crate::reading_preferences::{Preference, ReadingPreferences, STORAGE_KEY};
use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use site_content::Choice;
use wasm_bindgen::JsCast;

const TOGGLE_ID: &str = "preferences-toggle";
const PANEL_ID: &str = "preferences-panel";
const RESET: &str = "preferences__reset";

/// The reading preferences: a button that opens a small panel of choices
/// (text size, colours, motion, line spacing). Rendered closed, on the
/// usual settings; `PreferencesIsland` makes it work (it needs the wasm, so
/// it is hidden where the wasm cannot run).
#[component]
pub fn ReadingPreferencesPanel() -> impl IntoView {
    let words = &content().site.preferences;
    let choices = [
        (Preference::TextSize, &words.text_size),
        (Preference::Theme, &words.theme),
        (Preference::Motion, &words.motion),
        (Preference::LineSpacing, &words.line_spacing),
    ]
    .into_iter()
    .map(|(preference, choice)| view! { <PreferenceChoice preference choice /> })
    .collect_view();
    view! {
        <PreferencesIsland>
            <div class="preferences needs-wasm">
                <button
                    type="button"
                    class="pill-toggle preferences__toggle"
                    id=TOGGLE_ID
                    aria-expanded="false"
                    aria-controls=PANEL_ID
                >
                    <span class="preferences__icon" aria-hidden="true">"Aa"</span>
                    {words.button.as_str()}
                </button>
                <div
                    id=PANEL_ID
                    class="preferences__panel"
                    role="group"
                    aria-labelledby=TOGGLE_ID
                    hidden
                >
                    <p class="preferences__title">{words.heading.as_str()}</p>
                    <p class="preferences__note">{words.note.as_str()}</p>
                    <div class="preferences__choices">{choices}</div>
                    <button type="button" class=format!("button button--secondary {RESET}")>
                        {words.reset.as_str()}
                    </button>
                </div>
            </div>
        </PreferencesIsland>
    }
}

/// One preference as a set of radio buttons, the usual option checked.
#[component]
fn PreferenceChoice(
    /// Which preference.
    preference: Preference,
    /// Its label and options' names, from the content.
    choice: &'static Choice,
) -> impl IntoView {
    let name = radio_name(preference);
    let options = choice
        .options
        .iter()
        .zip(preference.options())
        .enumerate()
        .map(|(index, (label, value))| {
            let id = format!("{name}-{index}");
            view! {
                <span class="preferences__option">
                    <input type="radio" id=id.clone() name=name.clone() value=*value checked=index == 0 />
                    <label for=id>{label.as_str()}</label>
                </span>
            }
        })
        .collect_view();
    view! {
        <fieldset class="preferences__choice">
            <legend>{choice.label.as_str()}</legend>
            {options}
        </fieldset>
    }
}

fn radio_name(preference: Preference) -> String {
    format!("preference-{}", preference.name())
}

/// Brings the panel to life: shows what the visitor saved, applies each
/// choice at once and saves it on this device (the only thing the site
/// ever saves; where the browser blocks storage, the choices last for the
/// visit); the reset removes it. Escape closes the panel.
#[island]
fn PreferencesIsland(
    /// The panel, rendered at build time.
    children: Children,
) -> impl IntoView {
    let root = NodeRef::<html::Div>::new();
    let toggle = move || dom::by_id(TOGGLE_ID);
    let open = move |open: bool| {
        if let Some(toggle) = toggle() {
            dom::set_flag(&toggle, "aria-expanded", open);
        }
        if let Some(panel) = dom::by_id(PANEL_ID) {
            dom::set_hidden(&panel, !open);
        }
    };
    // The page was rendered with the usual settings checked; show the saved ones.
    Effect::new(move |_| {
        if let Some(root) = root.get() {
            show(&root, &saved());
        }
    });
    let on_change = move |_: ev::Event| {
        if let Some(root) = root.get_untracked() {
            keep(&chosen(&root));
        }
    };
    let on_click = move |event: ev::MouseEvent| {
        if dom::target(&event, &format!("#{TOGGLE_ID}")).is_some() {
            let is_open = toggle().and_then(|toggle| toggle.get_attribute("aria-expanded"));
            open(is_open.as_deref() != Some("true"));
        } else if dom::target(&event, &format!(".{RESET}")).is_some() {
            if let Some(root) = root.get_untracked() {
                show(&root, &ReadingPreferences::default());
            }
            keep(&ReadingPreferences::default());
        }
    };
    let on_keydown = move |event: ev::KeyboardEvent| {
        let is_open = toggle().and_then(|toggle| toggle.get_attribute("aria-expanded"));
        if event.key() == "Escape" && is_open.as_deref() == Some("true") {
            // Used here: the quick exit does not count it.
            event.prevent_default();
            open(false);
            if let Some(toggle) = toggle() {
                let _ = toggle.focus();
            }
        }
    };
    view! {
        <div
            class="preferences-island"
            node_ref=root
            on:change=on_change
            on:click=on_click
            on:keydown=on_keydown
        >
            {children()}
        </div>
    }
}

/// The radio buttons of each preference, by option.
fn radios(root: &web_sys::Element, preference: Preference) -> Vec<web_sys::HtmlInputElement> {
    dom::all(root, &format!("input[name={}]", radio_name(preference)))
        .into_iter()
        .filter_map(|radio| radio.dyn_into().ok())
        .collect()
}

/// What the radio buttons say now.
fn chosen(root: &web_sys::Element) -> ReadingPreferences {
    let mut chosen = ReadingPreferences::default();
    for preference in Preference::ALL {
        if let Some(index) = radios(root, preference)
            .iter()
            .position(|radio| radio.checked())
        {
            chosen.set(preference, index);
        }
    }
    chosen
}

/// Checks the radio buttons for `preferences`.
fn show(root: &web_sys::Element, preferences: &ReadingPreferences) {
    for preference in Preference::ALL {
        let index = preferences.get(preference);
        for (option, radio) in radios(root, preference).iter().enumerate() {
            radio.set_checked(option == index);
        }
    }
}

/// The browser's storage for this site, unless it is blocked (accessing it
/// then throws).
fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// What the visitor saved on this device, if anything.
fn saved() -> ReadingPreferences {
    let line = storage().and_then(|storage| storage.get_item(STORAGE_KEY).ok().flatten());
    ReadingPreferences::parse(&line.unwrap_or_default())
}

/// Applies `preferences` to the page and saves them; the usual settings
/// leave nothing saved at all.
fn keep(preferences: &ReadingPreferences) {
    if let Some(root) = document().document_element() {
        for (attribute, value) in preferences.attributes() {
            let _ = match value {
                Some(value) => root.set_attribute(attribute, value),
                None => root.remove_attribute(attribute),
            };
        }
    }
    // Blocked or full storage: the choices still apply, for this visit.
    if let Some(storage) = storage() {
        let _ = match preferences.encode().as_str() {
            "" => storage.remove_item(STORAGE_KEY),
            line => storage.set_item(STORAGE_KEY, line),
        };
    }
}
