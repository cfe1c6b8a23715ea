use crate::consultation::{Choice, Field, Problem};
use crate::dom::PageData;
use leptos::prelude::*;

/// A group of radio buttons in a `<fieldset>` with its legend and a place
/// for its error, whose words travel with it (`Problem`).
#[component]
pub fn ChoiceGroup<T: Choice>(
    /// Which field of the request.
    field: Field,
    /// The question, as the legend.
    legend: &'static str,
    /// Each option with its label, in order.
    options: Vec<(T, &'static str)>,
    /// The error when nothing was chosen.
    missing: &'static str,
) -> impl IntoView {
    let name = field.name();
    let choices = options
        .into_iter()
        .map(|(option, label)| {
            let id = format!("{name}-{}", option.key());
            view! {
                <div class="choice">
                    <input
                        type="radio"
                        class="choice__input"
                        id=id.clone()
                        name=name
                        value=option.key()
                        required=field.always_required()
                        aria-invalid="false"
                    />
                    <label class="choice__label" for=id>{label}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="field choices">
            <legend class="field__label" id=format!("{name}-legend")>{legend}</legend>
            <p id=field.error_id() class="field__error" {..Problem::Missing.carry(missing)} hidden></p>
            {choices}
        </fieldset>
    }
}
