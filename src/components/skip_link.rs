use crate::content::content;
use crate::MAIN_ID;
use leptos::prelude::*;

/// The first stop for keyboard users: a link past the header to the page's content.
#[component]
pub fn SkipLink() -> impl IntoView {
    // The router would treat `#main` as a navigation and only scroll. This
    // listener sits on the link itself (leptos does not delegate events by
    // default), so it runs before the router's and moves focus as well.
    let skip = move |event: leptos::ev::MouseEvent| {
        let Some(main) = document().get_element_by_id(MAIN_ID) else {
            return;
        };
        event.prevent_default();
        if let Ok(main) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(main) {
            let _ = main.focus();
            main.scroll_into_view();
        }
    };
    view! {
        <a class="skip-link" href=format!("#{MAIN_ID}") on:click=skip>
            {content().site.skip_link.as_str()}
        </a>
    }
}
