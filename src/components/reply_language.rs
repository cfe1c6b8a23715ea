use super::select_field::SelectField;
use crate::content::{content, editions};
use consultation::Field;
use leptos::prelude::*;

/// In which language the practice should reply: each language the site is
/// published in, by its own name, this page's first so that it is chosen
/// from the start. Asked only where there is more than one, and where the
/// contact page words the question.
#[component]
pub fn ReplyLanguage() -> impl IntoView {
    let here = content();
    let label = here.pages.contact.language_label.as_ref()?;
    let this = here.site.language_name.as_str();
    let others = editions()
        .iter()
        .map(|edition| edition.site.language_name.as_str())
        .filter(|name| *name != this);
    let options: Vec<(String, String)> = std::iter::once(this)
        .chain(others)
        .map(|name| (name.to_owned(), name.to_owned()))
        .collect();
    (options.len() > 1).then(|| {
        view! { <SelectField field=Field::Language label=label.as_str() options /> }
    })
}
