use super::field_frame::FieldFrame;
use consultation::Field;
use leptos::prelude::*;

/// A labelled drop-down list with an optional hint and a place for its
/// error, as `TextField` is for typed answers. A first option with an empty
/// value (`prompt`) makes the browser ask for a choice without the wasm.
#[component]
pub fn SelectField(
    /// Which field of the request.
    field: Field,
    /// The visible label.
    label: &'static str,
    /// A hint shown under the label.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// The empty first option that asks for a choice, if one must be made.
    #[prop(optional)]
    prompt: Option<&'static str>,
    /// Each option's value and words, in order.
    options: Vec<(String, String)>,
    /// The error when nothing was chosen.
    #[prop(optional)]
    missing: Option<&'static str>,
) -> impl IntoView {
    let id = field.name();
    view! {
        <FieldFrame field label hint missing=missing.unwrap_or_default() invalid="">
            <select
                id=id
                name=field.key()
                class="field__input"
                required=prompt.is_some()
                aria-invalid="false"
                aria-describedby=hint.map(|_| field.hint_id())
            >
                {prompt.map(|prompt| view! { <option value="">{prompt}</option> })}
                {options
                    .into_iter()
                    .map(|(value, words)| view! { <option value=value>{words}</option> })
                    .collect_view()}
            </select>
        </FieldFrame>
    }
}
