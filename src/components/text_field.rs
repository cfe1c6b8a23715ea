use super::field_frame::FieldFrame;
use crate::dom::PageData;
use consultation::{Field, Problem};
use leptos::prelude::*;

/// A field's error messages travel with its error element.
impl PageData for Problem {
    fn attribute(self) -> &'static str {
        self.words_attribute()
    }
}

/// A labelled text input with an optional hint and a place for its error,
/// whose words travel with it (`Problem`). Named, and marked required where
/// every request needs it, so the form also works as a plain HTML form.
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
    view! {
        <FieldFrame field label hint missing invalid=invalid.unwrap_or_default()>
            <input
                id=id
                name=field.key()
                maxlength=field.max_chars()
                class="field__input"
                type=input_type
                autocomplete=autocomplete
                // A browser's cloud spell check would send what is typed away.
                spellcheck="false"
                required=field.always_required()
                aria-invalid="false"
                aria-describedby=hint.map(|_| field.hint_id())
            />
        </FieldFrame>
    }
}
