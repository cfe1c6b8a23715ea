use leptos::prelude::*;

/// A group of radio buttons in a `<fieldset>` with its legend and an inline
/// error tied to every option.
#[component]
pub fn ChoiceGroup<T>(
    /// The radio buttons' shared name; option ids are `{name}-{key}`.
    name: &'static str,
    /// The question, as the legend.
    legend: &'static str,
    /// Each option: its id suffix, its label and its value.
    options: Vec<(&'static str, &'static str, T)>,
    /// The chosen value, if any.
    selected: Signal<Option<T>>,
    /// Called with the value the visitor chooses.
    on_select: Callback<T>,
    /// The error to show, if any.
    error: Signal<Option<&'static str>>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let error_id = format!("{name}-error");
    let choices = options
        .into_iter()
        .map(|(key, label, value)| {
            let id = format!("{name}-{key}");
            let error_id = error_id.clone();
            view! {
                <div class="choice">
                    <input
                        type="radio"
                        class="choice__input"
                        id=id.clone()
                        name=name
                        aria-invalid=move || error.get().is_some().to_string()
                        aria-describedby=move || error.get().map(|_| error_id.clone())
                        prop:checked=move || selected.get() == Some(value)
                        on:change=move |_| on_select.run(value)
                    />
                    <label class="choice__label" for=id>{label}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="field choices" class:field--invalid=move || error.get().is_some()>
            <legend class="field__label">{legend}</legend>
            <p id=error_id class="field__error" hidden=move || error.get().is_none()>
                {move || error.get()}
            </p>
            {choices}
        </fieldset>
    }
}
