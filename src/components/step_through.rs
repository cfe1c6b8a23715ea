use crate::components::Paragraphs;
use crate::text_filter::fill;
use leptos::prelude::*;
use site_content::FirstStepsPage;
use wasm_bindgen::JsCast;

/// The steps one at a time, with Previous and Next and a list to jump to
/// any step; each step has its own anchor (`#our-reply`), kept in the address.
#[component]
pub fn StepThrough(
    /// The first-steps page's content: labels and steps.
    page: &'static FirstStepsPage,
) -> impl IntoView {
    let steps = &page.steps;
    let total = steps.len();
    let current = RwSignal::new(0_usize);
    // The pre-rendered page opens on the first step; once live, a step named
    // in the address opens instead.
    Effect::new(move |_| {
        let hash = window().location().hash().unwrap_or_default();
        let named = hash.trim_start_matches('#');
        if let Some(index) = steps.iter().position(|step| step.id.as_str() == named) {
            current.set(index);
        }
    });
    let go = move |index: usize| {
        current.set(index);
        let id = steps[index].id.as_str();
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&format!("#{id}")),
            );
        }
        // After the step is shown: a hidden heading cannot take focus.
        let heading_id = heading_id(id);
        request_animation_frame(move || {
            if let Some(heading) = document()
                .get_element_by_id(&heading_id)
                .and_then(|heading| heading.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = heading.focus();
            }
        });
    };
    let total_text = total.to_string();
    view! {
        <div class="steps">
            <nav class="steps__nav" aria-label=page.steps_label.as_str()>
                <ol class="steps__nav-list">
                    {steps
                        .iter()
                        .enumerate()
                        .map(|(index, step)| {
                            view! {
                                <li>
                                    <a
                                        class="steps__nav-link"
                                        href=format!("#{}", step.id.as_str())
                                        aria-current=move || (current.get() == index).then_some("step")
                                        on:click=move |event| {
                                            event.prevent_default();
                                            go(index);
                                        }
                                    >
                                        {step.title.as_str()}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            </nav>
            <ol class="steps__list">
                {steps
                    .iter()
                    .enumerate()
                    .map(|(index, step)| {
                        let progress = fill(
                            page.progress.as_str(),
                            &[("number", &(index + 1).to_string()), ("total", &total_text)],
                        );
                        view! {
                            <li class="steps__step" id=step.id.as_str() hidden=move || current.get() != index>
                                <p class="steps__progress">{progress}</p>
                                <h2 class="steps__title" id=heading_id(step.id.as_str()) tabindex="-1">
                                    {step.title.as_str()}
                                </h2>
                                <Paragraphs paragraphs=&step.paragraphs />
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <div class="steps__controls">
                <button
                    type="button"
                    class="button button--secondary"
                    disabled=move || current.get() == 0
                    on:click=move |_| go(current.get_untracked().saturating_sub(1))
                >
                    {page.previous_label.as_str()}
                </button>
                <button
                    type="button"
                    class="button"
                    disabled=move || current.get() + 1 == total
                    on:click=move |_| go((current.get_untracked() + 1).min(total - 1))
                >
                    {page.next_label.as_str()}
                </button>
            </div>
        </div>
    }
}

fn heading_id(step_id: &str) -> String {
    format!("{step_id}-heading")
}
