use crate::components::Paragraphs;
use crate::dom;
use crate::template::fill;
use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use site_content::FirstStepsPage;
use wasm_bindgen::JsValue;

const STEP: &str = "steps__step";
const NAV_LINK: &str = "steps__nav-link";
const TITLE: &str = "steps__title";

/// The steps one at a time, with Previous and Next and a list to jump to
/// any step. Each step has its own anchor (`#our-reply`), and every control
/// is a link to one, so the page shows the step the address names (CSS
/// `:target`) before and without the wasm; `Steps` then keeps the address
/// and focus in step.
#[component]
pub fn StepThrough(
    /// The first-steps page's content: labels and steps.
    page: &'static FirstStepsPage,
) -> impl IntoView {
    let steps = &page.steps;
    let total = steps.len().to_string();
    let anchor = |index: usize| {
        steps
            .get(index)
            .map(|step| format!("#{}", step.id.as_str()))
    };
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
                                        <a class=NAV_LINK href=anchor(index)>
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
                            let previous = index.checked_sub(1).and_then(anchor);
                            view! {
                                <li class=format!("{STEP} target-panel") id=step.id.as_str()>
                                    <p class="steps__progress">{progress}</p>
                                    <h2 class=TITLE tabindex="-1">
                                        {step.title.as_str()}
                                    </h2>
                                    <Paragraphs paragraphs=&step.paragraphs />
                                    <p class="steps__controls">
                                        {previous.map(|href| view! {
                                            <a class="button button--secondary steps__previous" href=href>
                                                {page.previous_label.as_str()}
                                            </a>
                                        })}
                                        {anchor(index + 1).map(|href| view! {
                                            <a class="button steps__next" href=href>
                                                {page.next_label.as_str()}
                                            </a>
                                        })}
                                    </p>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            </div>
        </Steps>
    }
}

/// Shows one pre-rendered step at a time, as the page's CSS does before it:
/// the step list and Previous and Next move between them, the current step
/// is marked in the list, focus goes to the step's heading, and the step's
/// anchor is kept in the address without adding to the history.
#[island]
pub fn Steps(
    /// The steps, their list and the controls, rendered at build time.
    children: Children,
) -> impl IntoView {
    let root = NodeRef::<html::Div>::new();
    let current = RwSignal::new(0_usize);
    let steps = move || {
        root.get_untracked()
            .map(|root| dom::all(&root, &format!(".{STEP}")))
            .unwrap_or_default()
    };
    Effect::new(move |_| {
        let current = current.get();
        let Some(root) = root.get() else {
            return;
        };
        for (index, step) in dom::all(&root, &format!(".{STEP}")).iter().enumerate() {
            dom::set_hidden(step, index != current);
        }
        for (index, link) in dom::all(&root, &format!(".{NAV_LINK}")).iter().enumerate() {
            let _ = if index == current {
                link.set_attribute("aria-current", "step")
            } else {
                link.remove_attribute("aria-current")
            };
        }
    });
    // The step the address names when the wasm arrives: the one the page
    // already shows.
    Effect::new(move |_| {
        let named = dom::address_target();
        if let Some(index) = steps().iter().position(|step| Some(step.id()) == named) {
            current.set(index);
        }
    });
    let on_click = move |event: ev::MouseEvent| {
        let Some(link) = dom::target(&event, "a[href^='#']") else {
            return;
        };
        let named = link.get_attribute("href").unwrap_or_default();
        let steps = steps();
        let Some(index) = steps
            .iter()
            .position(|step| format!("#{}", step.id()) == named)
        else {
            return;
        };
        event.prevent_default();
        current.set(index);
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&named));
        }
        if let Some(heading) = dom::first(&steps[index], &format!(".{TITLE}")) {
            dom::focus_soon(heading);
        }
    };
    view! {
        <div class="steps-island" node_ref=root on:click=on_click>
            {children()}
        </div>
    }
}
