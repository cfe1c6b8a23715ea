use crate::components::FaqItem;
use crate::dom;
use crate::page_href;
use crate::text_filter::{fill, TextFilter};
use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use site_content::FaqPage;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlElement;

/// The questions with a box to narrow them as you type. Rendered
/// unfiltered; `FaqFilter` makes it work.
#[component]
pub fn FaqList(
    /// The FAQ page's content: the filter's words and the questions.
    page: &'static FaqPage,
) -> impl IntoView {
    view! {
        <FaqFilter>
            <div class="faq-filter" role="search">
                <label class="field__label" for="faq-filter-input">
                    {page.filter_label.as_str()}
                </label>
                <p id="faq-filter-hint" class="field__hint">{page.filter_hint.as_str()}</p>
                <input
                    id="faq-filter-input"
                    class="field__input"
                    type="search"
                    autocomplete="off"
                    aria-describedby="faq-filter-hint"
                />
                // The filter fills in these sentences; they travel with the
                // page so the wasm carries no words.
                <p
                    class="faq-filter__status"
                    role="status"
                    data-one=page.count_one.as_str()
                    data-many=page.count_many.as_str()
                    data-none=page.no_matches.as_str()
                ></p>
                <button type="button" class="button button--secondary faq-filter__clear" hidden>
                    {page.clear_label.as_str()}
                </button>
            </div>
            <ul class="faq-list">
                {page.questions.iter().map(|question| view! { <FaqItem question /> }).collect_view()}
            </ul>
        </FaqFilter>
    }
}

/// Narrows the pre-rendered questions to those holding every typed word,
/// marks the matches, opens answers that match, and says how many match.
/// The filter lives in the address (`?q=`), so a filtered view can be
/// shared and survives reload.
#[island]
pub fn FaqFilter(
    /// The filter box and the questions, rendered at build time.
    children: Children,
) -> impl IntoView {
    let root = NodeRef::<html::Div>::new();
    let query = RwSignal::new(String::new());
    // Each question's texts as written, before any marks went in.
    let originals = StoredValue::new(Vec::<Vec<(HtmlElement, String)>>::new());
    let find = move |selector: &str| {
        root.get_untracked()
            .and_then(|root| dom::first(&root, selector))
    };

    Effect::new(move |_| {
        let Some(root) = root.get() else {
            return;
        };
        originals.set_value(
            dom::all(&root, ".faq-item")
                .iter()
                .map(|item| {
                    dom::all(item, "[data-filter-text]")
                        .into_iter()
                        .map(|text| {
                            let written = text.text_content().unwrap_or_default();
                            (text, written)
                        })
                        .collect()
                })
                .collect(),
        );
        let typed = window()
            .location()
            .search()
            .ok()
            .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
            .and_then(|params| params.get("q"));
        if let Some(typed) = typed {
            set_input(find("input"), &typed);
            query.set(typed);
        }
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
            let items = dom::all(&root, ".faq-item");
            let matching = originals.with_value(|originals| {
                items
                    .iter()
                    .zip(originals)
                    .filter(|(item, texts)| show_filtered(item, texts, &filter))
                    .count()
            });
            if let Some(status) = find(".faq-filter__status") {
                status.set_text_content(Some(&status_text(&status, &filter, matching, typed)));
            }
            if let Some(clear) = find(".faq-filter__clear") {
                dom::set_hidden(&clear, filter.is_empty());
            }
        },
        // Also at once: the address may have set the query before this
        // effect first ran.
        true,
    );

    let set_query = move |typed: String| {
        let address = if typed.trim().is_empty() {
            page_href("faq")
        } else {
            let params = web_sys::UrlSearchParams::new().expect("an empty query");
            params.set("q", &typed);
            format!("{}?{}", page_href("faq"), String::from(params.to_string()))
        };
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&address));
        }
        query.set(typed);
    };
    let on_input = move |event: ev::Event| {
        if dom::target(&event, "#faq-filter-input").is_some() {
            set_query(event_target_value(&event));
        }
    };
    let on_click = move |event: ev::MouseEvent| {
        if dom::target(&event, ".faq-filter__clear").is_some() {
            let input = find("input");
            set_input(input.clone(), "");
            set_query(String::new());
            if let Some(input) = input {
                let _ = input.focus();
            }
        } else if let Some(toggle) = dom::target(&event, ".faq-item__toggle") {
            let open = toggle.get_attribute("aria-expanded").as_deref() != Some("true");
            show_answer(&toggle, open);
        }
    };
    view! {
        <div class="faq" node_ref=root on:input=on_input on:click=on_click>
            {children()}
        </div>
    }
}

/// Shows or hides one question for `filter`, opens it where its answer
/// matches, marks the matching words; returns whether it is shown.
fn show_filtered(item: &HtmlElement, texts: &[(HtmlElement, String)], filter: &TextFilter) -> bool {
    let written: Vec<&str> = texts.iter().map(|(_, text)| text.as_str()).collect();
    let shown = filter.matches(&written);
    dom::set_hidden(item, !shown);
    let answer_matches = !filter.is_empty() && filter.matches(&written[1.min(written.len())..]);
    if let Some(toggle) = dom::first(item, ".faq-item__toggle") {
        show_answer(&toggle, answer_matches);
    }
    for (element, text) in texts {
        mark_matches(element, text, filter);
    }
    shown
}

fn show_answer(toggle: &HtmlElement, open: bool) {
    dom::set_flag(toggle, "aria-expanded", open);
    if let Some(answer) = toggle
        .get_attribute("aria-controls")
        .and_then(|id| dom::by_id(&id))
    {
        dom::set_hidden(&answer, !open);
    }
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
    let template = |name: &str| status.get_attribute(name).unwrap_or_default();
    match matching {
        0 => fill(&template("data-none"), &[("query", typed.trim())]),
        1 => template("data-one"),
        count => fill(&template("data-many"), &[("count", &count.to_string())]),
    }
}

fn set_input(input: Option<HtmlElement>, value: &str) {
    if let Some(input) = input.and_then(|input| input.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        input.set_value(value);
    }
}
