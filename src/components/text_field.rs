use crate::consultation::Field;
use leptos::prelude::*;

/// A labelled text input with an optional hint and a place for its error,
/// whose words travel in `data-missing` and `data-invalid`.
#[component]
pub fn TextField(
    /// Which field of the request.
    field: Field,
    /// The visible label.
    label: &'static str,
    /// A hint shown under the label.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// The input type: `text`, `email` or `tel`.
    input_type: &'static str,
    /// The browser's autofill hint, such as `name` or `email`.
    autocomplete: &'static str,
    /// The error when nothing was entered.
    missing: &'static str,
    /// The error when what was entered cannot be right.
    #[prop(optional)]
    invalid: Option<&'static str>,
) -> impl IntoView {
    let id = field.name();
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field">
            <label class="field__label" for=id>{label}</label>
            {hint.map(|hint| view! { <p id=hint_id.clone() class="field__hint">{hint}</p> })}
            <p id=field.error_id() class="field__error" data-missing=missing data-invalid=invalid hidden></p>
            <input
                id=id
                class="field__input"
                type=input_type
                autocomplete=autocomplete
                aria-invalid="false"
                aria-describedby=hint.map(|_| hint_id)
            />
        </div>
    }
}
