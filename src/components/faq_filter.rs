use crate::components::faq_item::{FILTER_TEXT, ITEM};
use crate::components::FaqItem;
use crate::content::content;
use crate::dom::{self, PageData};
use crate::people::legal_limits;
use crate::template::fill;
use crate::text_filter::TextFilter;
use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use site_content::FaqPage;
use wasm_bindgen::JsCast;
use web_sys::{HtmlDetailsElement, HtmlElement, HtmlInputElement};

const INPUT_ID: &str = "faq-filter-input";
const STATUS: &str = "faq-filter__status";
const CLEAR: &str = "faq-filter__clear";

/// The sentences the status line says, carried by the page.
#[derive(Clone, Copy)]
enum Status {
    One,
    Many,
    NoMatch,
}

impl PageData for Status {
    fn attribute(self) -> &'static str {
        match self {
            Status::One => "data-one",
            Status::Many => "data-many",
            Status::NoMatch => "data-none",
        }
    }
}

/// The questions with a box to narrow them as you type. Rendered
/// unfiltered; `FaqFilter` makes the box work (it needs the wasm, so it is
/// hidden where the wasm cannot run).
#[component]
pub fn FaqList(
    /// The FAQ page's content: the filter's words and the questions.
    page: &'static FaqPage,
) -> impl IntoView {
    view! {
        <FaqFilter>
            <div class="faq-filter needs-wasm" role="search">
                <label class="field__label" for=INPUT_ID>
                    {page.filter_label.as_str()}
                </label>
                <p id="faq-filter-hint" class="field__hint">{page.filter_hint.as_str()}</p>
                <input
                    id=INPUT_ID
                    class="field__input"
                    type="search"
                    autocomplete="off"
                    // A browser's cloud spell check would send the words away.
                    spellcheck="false"
                    aria-describedby="faq-filter-hint"
                />
                <p
                    class=STATUS
                    role="status"
                    {..Status::One.carry(page.count_one.as_str())}
                    {..Status::Many.carry(page.count_many.as_str())}
                    {..Status::NoMatch.carry(page.no_matches.as_str())}
                ></p>
                <button type="button" class=format!("button button--secondary {CLEAR}") hidden>
                    {page.clear_label.as_str()}
                </button>
            </div>
            <ul class="faq-list">
                {page
                    .questions
                    .iter()
                    .map(|question| {
                        let limits = page
                            .limits
                            .as_ref()
                            .filter(|place| place.question.id() == question.id.as_str())
                            .map(|place| (&place.intro, legal_limits(content())));
                        view! { <FaqItem question limits /> }
                    })
                    .collect_view()}
            </ul>
        </FaqFilter>
    }
}

/// Narrows the pre-rendered questions to those holding every typed word,
/// marks the matches, opens answers that match, and says how many match.
/// What is typed stays in the page: never in the address or the history.
/// A link with `?q=` (shared on purpose) opens the page filtered, and words
/// typed before the wasm arrived are filtered for as soon as it has.
#[island]
pub fn FaqFilter(
    /// The filter box and the questions, rendered at build time.
    children: Children,
) -> impl IntoView {
    // A test-only build fails here where the engine lacks idle callbacks.
    #[cfg(feature = "engine-check")]
    window()
        .request_idle_callback(wasm_bindgen::closure::Closure::once_into_js(|| ()).unchecked_ref())
        .expect("requestIdleCallback");
    let root = NodeRef::<html::Div>::new();
    let query = RwSignal::new(String::new());
    // Each question's texts as written, before any marks went in.
    let originals = StoredValue::new(Vec::<Vec<(HtmlElement, String)>>::new());
    let find = move |class: &str| {
        root.get_untracked()
            .and_then(|root| dom::first(&root, &format!(".{class}")))
    };
    let input =
        move || dom::by_id(INPUT_ID).and_then(|input| input.dyn_into::<HtmlInputElement>().ok());

    Effect::new(move |_| {
        let Some(root) = root.get() else {
            return;
        };
        originals.set_value(
            dom::all(&root, &format!(".{ITEM}"))
                .iter()
                .map(|item| {
                    dom::all(item, &format!(".{FILTER_TEXT}"))
                        .into_iter()
                        .map(|text| {
                            let written = text.text_content().unwrap_or_default();
                            (text, written)
                        })
                        .collect()
                })
                .collect(),
        );
        let typed = input().map(|input| input.value()).unwrap_or_default();
        let typed = if typed.is_empty() {
            shared_query().unwrap_or_default()
        } else {
            typed
        };
        if let Some(input) = input() {
            input.set_value(&typed);
        }
        query.set(typed);
    });

    Effect::watch(
        move || query.get(),
        move |typed, before, _| {
            // The page is rendered unfiltered: nothing to redo until a query.
            let Some(root) = root
                .get_untracked()
                .filter(|_| before.is_some() || !typed.is_empty())
            else {
                return;
            };
            let filter = TextFilter::new(typed);
            let items = dom::all(&root, &format!(".{ITEM}"));
            let matching = originals.with_value(|originals| {
                items
                    .iter()
                    .zip(originals)
                    .filter(|(item, texts)| show_filtered(item, texts, &filter))
                    .count()
            });
            if let Some(status) = find(STATUS) {
                status.set_text_content(Some(&status_text(&status, &filter, matching, typed)));
            }
            if let Some(clear) = find(CLEAR) {
                dom::set_hidden(&clear, filter.is_empty());
            }
        },
        // Also at once: the query may have been set before this effect first ran.
        true,
    );

    let on_input = move |event: ev::Event| {
        if dom::target(&event, &format!("#{INPUT_ID}")).is_some() {
            query.set(event_target_value(&event));
        }
    };
    let on_click = move |event: ev::MouseEvent| {
        if dom::target(&event, &format!(".{CLEAR}")).is_some() {
            if let Some(input) = input() {
                input.set_value("");
                let _ = input.focus();
            }
            query.set(String::new());
        }
    };
    view! {
        <div class="faq" node_ref=root on:input=on_input on:click=on_click>
            {children()}
        </div>
    }
}

/// The query of a link shared on purpose (`/faq?q=...`), if any.
fn shared_query() -> Option<String> {
    let search = window().location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get("q")
}

/// Shows or hides one question for `filter`, opens it where its answer
/// matches, marks the matching words; returns whether it is shown.
fn show_filtered(item: &HtmlElement, texts: &[(HtmlElement, String)], filter: &TextFilter) -> bool {
    let written: Vec<&str> = texts.iter().map(|(_, text)| text.as_str()).collect();
    let shown = filter.matches(&written);
    dom::set_hidden(item, !shown);
    let answer_matches = !filter.is_empty() && filter.matches(&written[1.min(written.len())..]);
    if let Some(details) = item
        .query_selector("details")
        .ok()
        .flatten()
        .and_then(|details| details.dyn_into::<HtmlDetailsElement>().ok())
    {
        details.set_open(answer_matches);
    }
    for (element, text) in texts {
        mark_matches(element, text, filter);
    }
    shown
}

/// Rewrites `element` as `text` with each match in a `<mark>`.
fn mark_matches(element: &HtmlElement, text: &str, filter: &TextFilter) {
    element.set_text_content(None);
    let document = document();
    for (run, marked) in filter.highlight(text) {
        let node: web_sys::Node = if marked {
            let Ok(mark) = document.create_element("mark") else {
                continue;
            };
            mark.set_class_name("highlight");
            mark.set_text_content(Some(run));
            mark.unchecked_into()
        } else {
            document.create_text_node(run).unchecked_into()
        };
        let _ = element.append_child(&node);
    }
}

/// The status sentence, from the templates the page carries.
fn status_text(status: &HtmlElement, filter: &TextFilter, matching: usize, typed: &str) -> String {
    if filter.is_empty() {
        return String::new();
    }
    match matching {
        0 => fill(&Status::NoMatch.read(status), &[("query", typed.trim())]),
        1 => Status::One.read(status),
        count => fill(&Status::Many.read(status), &[("count", &count.to_string())]),
    }
}
