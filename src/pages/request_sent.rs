use super::not_found::BriefPage;
use crate::content::content;
use leptos::prelude::*;

/// Where the relay sends a visitor without the wasm once their request is
/// delivered (with the wasm, the form says so in place).
#[component]
pub fn RequestSentPage() -> impl IntoView {
    let page = &content().pages.request_sent;
    view! { <BriefPage meta=&page.page text=&page.text home_link=page.home_link.as_str() /> }
}
