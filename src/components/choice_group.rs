use crate::dom::PageData;
use consultation::{Choice, Field, Problem};
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
    let choices = options
        .into_iter()
        .map(|(option, label)| {
            let id = field.option_id(option.key());
            view! {
                <div class="choice">
                    <input
                        type="radio"
                        class="choice__input"
                        id=id.clone()
                        name=field.key()
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
            <legend class="field__label" id=field.legend_id()>{legend}</legend>
            <p id=field.error_id() class="field__error" {..Problem::Missing.carry(missing)} hidden></p>
            {choices}
        </fieldset>
    }
}
