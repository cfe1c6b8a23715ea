use crate::components::{FaqItem, PageHeading, Paragraphs};
use crate::content::CONTENT;
use crate::page_href;
use crate::text_filter::{fill, TextFilter};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::location::Url;
use leptos_router::NavigateOptions;

/// `/faq`: questions people ask, narrowed as you type; the filter lives in
/// the address (`?q=`) so a filtered view can be shared and survives reload.
#[component]
pub fn FaqPage() -> impl IntoView {
    let page = &CONTENT.pages.faq;
    let query = RwSignal::new(String::new());
    // The pre-rendered page is unfiltered; once it is live, apply `?q=`.
    let address_query = use_query_map();
    Effect::new(move |_| {
        if let Some(typed) = address_query.get_untracked().get("q") {
            query.set(typed);
        }
    });
    let navigate = use_navigate();
    let set_query = move |typed: String| {
        let address = if typed.trim().is_empty() {
            page_href("faq")
        } else {
            format!("{}?q={}", page_href("faq"), Url::escape(&typed))
        };
        query.set(typed);
        navigate(
            &address,
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    };
    let filter = Memo::new(move |_| TextFilter::new(&query.get()));
    let matching = Memo::new(move |_| {
        filter.with(|filter| {
            page.questions
                .iter()
                .filter(|question| {
                    let mut texts = vec![question.question.as_str()];
                    texts.extend(question.answer.iter().map(|paragraph| paragraph.as_str()));
                    filter.matches(&texts)
                })
                .count()
        })
    });
    let status = move || {
        if filter.with(TextFilter::is_empty) {
            return String::new();
        }
        match matching.get() {
            0 => fill(page.no_matches.as_str(), &[("query", query.get().trim())]),
            1 => page.count_one.as_str().to_owned(),
            count => fill(page.count_many.as_str(), &[("count", &count.to_string())]),
        }
    };
    let clear = set_query.clone();
    view! {
        <article class="page prose">
            <PageHeading meta=&page.page />
            <Paragraphs paragraphs=&page.intro />
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
                    prop:value=move || query.get()
                    on:input=move |event| set_query(event_target_value(&event))
                />
                <p class="faq-filter__status" role="status">{status}</p>
                <button
                    type="button"
                    class="button button--secondary faq-filter__clear"
                    hidden=move || filter.with(TextFilter::is_empty)
                    on:click=move |_| clear(String::new())
                >
                    {page.clear_label.as_str()}
                </button>
            </div>
            <ul class="faq-list">
                {page
                    .questions
                    .iter()
                    .map(|question| view! { <FaqItem question filter /> })
                    .collect_view()}
            </ul>
        </article>
    }
}
