use crate::components::Paragraphs;
use crate::dom;
use crate::text_filter::fill;
use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use site_content::FirstStepsPage;
use wasm_bindgen::JsValue;

/// The steps one at a time, with Previous and Next and a list to jump to
/// any step; each step has its own anchor (`#our-reply`). Rendered on the
/// first step; `Steps` makes it work.
#[component]
pub fn StepThrough(
    /// The first-steps page's content: labels and steps.
    page: &'static FirstStepsPage,
) -> impl IntoView {
    let steps = &page.steps;
    let total = steps.len().to_string();
    view! {
        <Steps>
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
                                            aria-current=(index == 0).then_some("step")
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
                                &[("number", &(index + 1).to_string()), ("total", &total)],
                            );
                            view! {
                                <li class="steps__step" id=step.id.as_str() hidden=index != 0>
                                    <p class="steps__progress">{progress}</p>
                                    <h2 class="steps__title" tabindex="-1">
                                        {step.title.as_str()}
                                    </h2>
                                    <Paragraphs paragraphs=&step.paragraphs />
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
                <div class="steps__controls">
                    <button type="button" class="button button--secondary" data-step="previous" disabled>
                        {page.previous_label.as_str()}
                    </button>
                    <button type="button" class="button" data-step="next" disabled=steps.len() < 2>
                        {page.next_label.as_str()}
                    </button>
                </div>
            </div>
        </Steps>
    }
}

/// Shows one pre-rendered step at a time: the step list and Previous and
/// Next move between them, focus goes to the step's heading, and the step's
/// anchor is kept in the address (a visit to `#anchor` opens that step).
#[island]
pub fn Steps(
    /// The steps, their list and the controls, rendered at build time.
    children: Children,
) -> impl IntoView {
    let root = NodeRef::<html::Div>::new();
    let current = RwSignal::new(0_usize);
    let steps = move || {
        root.get_untracked()
            .map(|root| dom::all(&root, ".steps__step"))
            .unwrap_or_default()
    };
    Effect::new(move |_| {
        let current = current.get();
        let Some(root) = root.get() else {
            return;
        };
        let count = dom::all(&root, ".steps__step")
            .iter()
            .enumerate()
            .map(|(index, step)| dom::set_hidden(step, index != current))
            .count();
        for (index, link) in dom::all(&root, ".steps__nav-link").iter().enumerate() {
            let _ = if index == current {
                link.set_attribute("aria-current", "step")
            } else {
                link.remove_attribute("aria-current")
            };
        }
        for button in dom::all(&root, "[data-step]") {
            let stuck = match button.get_attribute("data-step").as_deref() {
                Some("previous") => current == 0,
                _ => current + 1 >= count,
            };
            let _ = button.toggle_attribute_with_force("disabled", stuck);
        }
    });
    // The pre-rendered page opens on the first step; a step named in the
    // address opens instead.
    Effect::new(move |_| {
        let hash = window().location().hash().unwrap_or_default();
        let named = hash.trim_start_matches('#');
        if let Some(index) = steps().iter().position(|step| step.id() == named) {
            current.set(index);
        }
    });
    let go = move |index: usize| {
        let steps = steps();
        let Some(step) = steps.get(index) else {
            return;
        };
        current.set(index);
        if let Ok(history) = window().history() {
            let anchor = format!("#{}", step.id());
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&anchor));
        }
        if let Some(heading) = dom::first(step, ".steps__title") {
            dom::focus_soon(heading);
        }
    };
    let on_click = move |event: ev::MouseEvent| {
        let Some(root) = root.get_untracked() else {
            return;
        };
        let now = current.get_untracked();
        if let Some(index) = dom::target_index(&event, &root, ".steps__nav-link") {
            event.prevent_default();
            go(index);
        } else if let Some(button) = dom::target(&event, "[data-step]") {
            match button.get_attribute("data-step").as_deref() {
                Some("previous") => go(now.saturating_sub(1)),
                _ => go(now + 1),
            }
        }
    };
    view! {
        <div class="steps-island" node_ref=root on:click=on_click>
            {children()}
        </div>
    }
}
