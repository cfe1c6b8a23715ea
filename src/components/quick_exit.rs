use crate::content::content;
use leptos::prelude::*;

/// The quick exit: a link to a neutral site that `src/head.js` turns into
/// an instant `location.replace` (also on Escape pressed twice), so Back
/// does not return here. Without JavaScript it is still a plain link away.
#[component]
pub fn QuickExit() -> impl IntoView {
    let exit = &content().site.quick_exit;
    view! {
        <a class="quick-exit" href=exit.url.as_str() rel="noreferrer" aria-describedby="quick-exit-hint">
            {exit.label.as_str()}
        </a>
        <span id="quick-exit-hint" class="visually-hidden">{exit.hint.as_str()}</span>
    }
}
