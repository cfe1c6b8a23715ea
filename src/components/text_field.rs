use leptos::prelude::*;

/// A labelled text input with an optional hint and an inline error, tied to
/// it with `aria-describedby` and `aria-invalid`.
#[component]
pub fn TextField(
    /// The input's id (the label and error ids derive from it).
    id: &'static str,
    /// The visible label.
    label: &'static str,
    /// A hint shown under the label.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// The input type: `text`, `email` or `tel`.
    input_type: &'static str,
    /// The browser's autofill hint, such as `name` or `email`.
    autocomplete: &'static str,
    /// The current value.
    value: Signal<String>,
    /// Called with the new value as the visitor types.
    on_input: Callback<String>,
    /// The error to show, if any.
    error: Signal<Option<&'static str>>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = {
        let hint_id = hint_id.clone();
        let error_id = error_id.clone();
        move || {
            let mut ids = Vec::new();
            if hint.is_some() {
                ids.push(hint_id.clone());
            }
            if error.get().is_some() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="field" class:field--invalid=move || error.get().is_some()>
            <label class="field__label" for=id>{label}</label>
            {hint.map(|hint| view! { <p id=hint_id class="field__hint">{hint}</p> })}
            <p id=error_id class="field__error" hidden=move || error.get().is_none()>
                {move || error.get()}
            </p>
            <input
                id=id
                class="field__input"
                type=input_type
                autocomplete=autocomplete
                aria-invalid=move || error.get().is_some().to_string()
                aria-describedby=described_by
                prop:value=move || value.get()
                on:input=move |event| on_input.run(event_target_value(&event))
            />
        </div>
    }
}
