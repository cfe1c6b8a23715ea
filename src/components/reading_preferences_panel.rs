use crate::content::words;
use crate::reading_preferences::{Preference, ReadingPreferences, STORAGE_KEY};
use gloo_storage::{LocalStorage, Storage};
use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use site_content::Choice;

/// The reading preferences: a button that opens a small panel of choices
/// (text size, colours, motion, line spacing). Each choice applies at once
/// and is saved on this device, the only thing the site ever saves.
#[island]
pub fn ReadingPreferencesPanel() -> impl IntoView {
    let words = words().preferences;
    let open = RwSignal::new(false);
    let chosen = RwSignal::new(ReadingPreferences::default());
    let toggle = NodeRef::<html::Button>::new();
    // The page was rendered with the usual settings; show the saved ones.
    Effect::new(move |_| chosen.set(saved()));
    let choose = move |preference: Preference, index: usize| {
        chosen.update(|chosen| chosen.set(preference, index));
        keep(&chosen.get_untracked());
    };
    let reset = move |_| {
        chosen.set(ReadingPreferences::default());
        keep(&ReadingPreferences::default());
    };
    let on_keydown = move |event: ev::KeyboardEvent| {
        if event.key() == "Escape" && open.get_untracked() {
            open.set(false);
            if let Some(toggle) = toggle.get_untracked() {
                let _ = toggle.focus();
            }
        }
    };
    let choices = [
        (Preference::TextSize, &words.text_size),
        (Preference::Theme, &words.theme),
        (Preference::Motion, &words.motion),
        (Preference::LineSpacing, &words.line_spacing),
    ]
    .into_iter()
    .map(|(preference, choice)| view! { <PreferenceChoice preference choice chosen choose /> })
    .collect_view();
    view! {
        <div class="preferences" on:keydown=on_keydown>
            <button
                type="button"
                class="preferences__toggle"
                id="preferences-toggle"
                node_ref=toggle
                aria-expanded=move || open.get().to_string()
                aria-controls="preferences-panel"
                on:click=move |_| open.update(|open| *open = !*open)
            >
                <span class="preferences__icon" aria-hidden="true">"Aa"</span>
                {words.button.as_str()}
            </button>
            <div
                id="preferences-panel"
                class="preferences__panel"
                role="group"
                aria-labelledby="preferences-toggle"
                hidden=move || !open.get()
            >
                <p class="preferences__title">{words.heading.as_str()}</p>
                <p class="preferences__note">{words.note.as_str()}</p>
                <div class="preferences__choices">{choices}</div>
                <button type="button" class="button button--secondary" on:click=reset>
                    {words.reset.as_str()}
                </button>
            </div>
        </div>
    }
}

/// One preference as a set of radio buttons.
#[component]
fn PreferenceChoice(
    /// Which preference.
    preference: Preference,
    /// Its label and options' names, from the content.
    choice: &'static Choice,
    /// What the visitor has chosen.
    chosen: RwSignal<ReadingPreferences>,
    /// Called with the option picked.
    choose: impl Fn(Preference, usize) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let name = format!(
        "preference-{}",
        preference.attribute().trim_start_matches("data-")
    );
    let options = choice
        .options
        .iter()
        .enumerate()
        .map(|(index, label)| {
            let id = format!("{name}-{index}");
            view! {
                <span class="preferences__option">
                    <input
                        type="radio"
                        id=id.clone()
                        name=name.clone()
                        prop:checked=move || chosen.with(|chosen| chosen.get(preference) == index)
                        on:change=move |_| choose(preference, index)
                    />
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

/// What the visitor saved on this device, if anything.
fn saved() -> ReadingPreferences {
    let line = LocalStorage::raw().get_item(STORAGE_KEY).ok().flatten();
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
    let storage = LocalStorage::raw();
    let _ = match preferences.encode().as_str() {
        "" => storage.remove_item(STORAGE_KEY),
        line => storage.set_item(STORAGE_KEY, line),
    };
}
