use leptos::prelude::*;
use site_content::GlossaryTerm;

/// Numbers the glossary definitions of one rendered page, so each has its
/// own id.
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

/// A theory word in running text: a button that opens its definition as a
/// popover beside it (Escape or a click elsewhere closes it, and the
/// platform does all of it, wasm or not), with a link to the glossary entry.
#[component]
pub fn TermToggle(
    /// The words as they stand in the text.
    words: &'static str,
    /// The glossary entry they mark.
    term: &'static GlossaryTerm,
    /// The address of the glossary page, where the entry is.
    glossary: String,
    /// The words of the link to the entry.
    more_label: &'static str,
) -> impl IntoView {
    let number = use_context::<TermIds>().unwrap_or_default().next();
    let definition_id = format!("term-{number}");
    let entry = format!("{glossary}#{}", term.id.as_str());
    view! {
        <span class="term">
            <button type="button" class="term__toggle" popovertarget=definition_id.clone()>
                {words}
            </button>
            <span id=definition_id class="term__definition" popover>
                <strong class="term__name">{term.term.as_str()}</strong>
                " "
                {term.definition.as_str()}
                " "
                <a href=entry>{more_label}</a>
            </span>
        </span>
    }
}
