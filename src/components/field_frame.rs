use crate::dom::PageData;
use consultation::{Field, Problem};
use leptos::prelude::*;

/// A form field's frame: its label, an optional hint, and the place for its
/// error, whose words travel with it (`Problem`); the control goes inside.
#[component]
pub fn FieldFrame(
    /// Which field of the request.
    field: Field,
    /// The visible label.
    label: &'static str,
    /// A hint shown under the label.
    hint: Option<&'static str>,
    /// The error when nothing was given.
    missing: &'static str,
    /// The error when what was given cannot be right.
    invalid: &'static str,
    /// The control: an input or a select.
    children: Children,
) -> impl IntoView {
    let id = field.name();
    view! {
        <div class="field">
            <label class="field__label" for=id>{label}</label>
            {hint.map(|hint| view! { <p id=field.hint_id() class="field__hint">{hint}</p> })}
            <p
                id=field.error_id()
                class="field__error"
                {..Problem::Missing.carry(missing)}
                {..Problem::Invalid.carry(invalid)}
                hidden
            ></p>
            {children()}
        </div>
    }
}
