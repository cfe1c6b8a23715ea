use crate::content::CONTENT;
use crate::page_href;
use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use site_content::GlossaryTerm;

/// Numbers the in-place definitions of one rendered page, so each has its
/// own id; the server and the browser count in the same order.
#[derive(Clone, Copy)]
pub struct TermIds(StoredValue<usize>);

impl Default for TermIds {
    fn default() -> Self {
        Self(StoredValue::new(0))
    }
}

impl TermIds {
    fn next(self) -> usize {
        let id = self.0.get_value() + 1;
        self.0.set_value(id);
        id
    }
}

/// A theory word in running text: a button that shows its definition in
/// place (Escape hides it again) with a link to the glossary entry.
#[component]
pub fn TermToggle(
    /// The words as they stand in the text.
    words: &'static str,
    /// The glossary entry they mark.
    term: &'static GlossaryTerm,
) -> impl IntoView {
    let number = use_context::<TermIds>().unwrap_or_default().next();
    let definition_id = format!("term-{number}");
    let open = RwSignal::new(false);
    let button = NodeRef::<html::Button>::new();
    let entry = format!("{}#{}", page_href("glossary"), term.id.as_str());
    let on_keydown = move |event: ev::KeyboardEvent| {
        if event.key() == "Escape" && open.get_untracked() {
            event.stop_propagation();
            open.set(false);
            if let Some(button) = button.get_untracked() {
                let _ = button.focus();
            }
        }
    };
    view! {
        <span class="term" on:keydown=on_keydown>
            <button
                type="button"
                class="term__toggle"
                node_ref=button
                aria-expanded=move || open.get().to_string()
                aria-controls=definition_id.clone()
                on:click=move |_| open.update(|open| *open = !*open)
            >
                {words}
            </button>
            <a class="term__fallback" href=entry.clone()>{words}</a>
            <span id=definition_id class="term__definition" hidden=move || !open.get()>
                <strong class="term__name">{term.term.as_str()}</strong>
                " "
                {term.definition.as_str()}
                " "
                <a href=entry>{CONTENT.pages.glossary.more_label.as_str()}</a>
            </span>
        </span>
    }
}
