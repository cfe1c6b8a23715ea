use super::consultation_form::{Say, COPY, COPY_STATUS, EMAIL_AGAIN, MESSAGE, MESSAGE_ID};
use super::consultation_send::{new_request_id, post_json, Answer};
use super::session_place::{Mismatch, MISMATCH};
use crate::dom::{self, first, PageData};
use consultation::{
    compose, in_words, with_body, Choice, ContactMethod, Field, Payment, Problem, Request,
    SessionFormat, ERRORS_ID, STATUS_CLASS,
};
use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlFormElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

/// Where a request stands once the visitor has sent it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outcome {
    Writing,
    EmailDrafted,
    Sending,
    Sent,
    Failed,
}

impl Outcome {
    /// What the status line says.
    fn status(self) -> Option<Say> {
        match self {
            Outcome::Writing => None,
            Outcome::EmailDrafted => Some(Say::EmailOpened),
            Outcome::Sending => Some(Say::Sending),
            Outcome::Sent => Some(Say::Sent),
            Outcome::Failed => Some(Say::Failed),
        }
    }
}

/// Brings the request to life: once the visitor has tried to send, shows
/// every mistake inline and in a summary, and follows each edit; then opens
/// an email draft, or sends JSON where the form posts to an endpoint, giving
/// up after a while. Each request carries an id that stays the same
/// when it is sent again, so the endpoint can drop a duplicate. What is typed
/// lives only in the page, and stays through any failure.
#[island]
pub(super) fn ConsultationIsland(
    /// The form, rendered at build time.
    children: Children,
) -> impl IntoView {
    let root = NodeRef::<html::Div>::new();
    let attempted = StoredValue::new(false);
    let outcome = StoredValue::new(Outcome::Writing);
    let request_id = StoredValue::new(None::<String>);
    let form = move || {
        root.get_untracked()
            .and_then(|root| first(&root, "form"))
            .and_then(|form| form.dyn_into::<HtmlFormElement>().ok())
    };
    // The page's own checks take over from the browser's.
    Effect::new(move |_| {
        if root.get().is_some() {
            if let Some(form) = form() {
                form.set_no_validate(true);
            }
        }
    });
    let refresh = move || {
        let Some(root) = root.get_untracked() else {
            return;
        };
        if attempted.get_value() {
            show_problems(&root, &read_request(&root).problems());
        }
    };
    let set_outcome = move |now: Outcome| {
        outcome.set_value(now);
        if let Some(root) = root.get_untracked() {
            show_outcome(&root, now);
        }
    };
    let on_edit = move |_: ev::Event| {
        refresh();
        if let Some(root) = root.get_untracked() {
            show_mismatch(&root);
        }
        if let Some(status) = root
            .get_untracked()
            .and_then(|root| first(&root, &format!(".{COPY_STATUS}")))
        {
            status.set_text_content(None);
        }
    };
    let on_submit = move |event: ev::SubmitEvent| {
        event.prevent_default();
        let (Some(root), Some(form)) = (root.get_untracked(), form()) else {
            return;
        };
        if outcome.get_value() == Outcome::Sending {
            return;
        }
        attempted.set_value(true);
        refresh();
        let request = read_request(&root);
        if let Some((field, _)) = request.problems().first() {
            focus(&field.input_id());
            return;
        }
        let action = form.get_attribute("action").unwrap_or_default();
        if action.starts_with("mailto:") {
            set_outcome(Outcome::EmailDrafted);
            let draft = with_body(&action, &compose_message(&root, &request));
            let _ = window().location().set_href(&draft);
            return;
        }
        // The id first: nothing may fail once the form says "Sending".
        let id = request_id.get_value().unwrap_or_else(new_request_id);
        request_id.set_value(Some(id.clone()));
        set_outcome(Outcome::Sending);
        let json = Request { id, ..request }.to_json();
        leptos::task::spawn_local(async move {
            match post_json(&action, json).await {
                Answer::Delivered => {
                    // The next request is a new one, and what was typed
                    // stays on no shared device.
                    request_id.set_value(None);
                    attempted.set_value(false);
                    form.reset();
                    show_problems(&root, &[]);
                    set_outcome(Outcome::Sent);
                }
                // The relay's checks differ from the page's (a page older
                // than the relay): its problems show as the page's would.
                Answer::Problems(problems) if !problems.is_empty() => {
                    set_outcome(Outcome::Writing);
                    show_problems(&root, &problems);
                    focus(&problems[0].0.input_id());
                }
                Answer::Problems(_) | Answer::Failed => set_outcome(Outcome::Failed),
            }
        });
    };
    // Leaving the page empties the form, so that neither Back (the
    // back-forward cache) nor the browser's form restoration shows the next
    // person on this device what was typed; not while a request or an email
    // draft is on its way, which the visitor may come back to.
    let _ = window_event_listener(ev::pagehide, move |_| {
        if matches!(
            outcome.get_value(),
            Outcome::Sending | Outcome::EmailDrafted
        ) {
            return;
        }
        if let (Some(root), Some(form)) = (root.get_untracked(), form()) {
            attempted.set_value(false);
            form.reset();
            show_problems(&root, &[]);
            set_outcome(Outcome::Writing);
        }
    });
    let on_click = move |event: ev::MouseEvent| {
        if let Some(link) = dom::target(&event, &format!("#{ERRORS_ID} a")) {
            event.prevent_default();
            if let Some(id) = link.get_attribute("href") {
                focus(id.trim_start_matches('#'));
            }
        } else if dom::target(&event, &format!(".{COPY}")).is_some() {
            copy_message(root);
        }
    };
    view! {
        <div
            class="consult-island"
            node_ref=root
            on:input=on_edit
            on:change=on_edit
            on:submit=on_submit
            on:click=on_click
        >
            {children()}
        </div>
    }
}

/// The request as the form holds it now.
fn read_request(root: &Element) -> Request {
    let text = |field: Field| {
        first(root, &format!("#{}", field.name()))
            .and_then(|input| input.dyn_into::<HtmlInputElement>().ok())
            .map(|input| input.value())
            .unwrap_or_default()
    };
    Request {
        id: String::new(),
        name: text(Field::Name),
        method: chosen_key(root, Field::Method).and_then(|key| ContactMethod::from_key(&key)),
        email: text(Field::Email),
        phone: text(Field::Phone),
        language: chosen_value(root, Field::Language),
        availability: text(Field::Availability),
        place: chosen_value(root, Field::Place),
        clinician: chosen_value(root, Field::Clinician),
        format: chosen_key(root, Field::Format).and_then(|key| SessionFormat::from_key(&key)),
        payment: chosen_key(root, Field::Payment).and_then(|key| Payment::from_key(&key)),
    }
}

/// A drop-down list's select element.
fn select(root: &Element, field: Field) -> Option<HtmlSelectElement> {
    first(root, &format!("#{}", field.name())).and_then(|select| select.dyn_into().ok())
}

/// The value chosen in a drop-down list; empty while its empty first
/// option is, or where the form does not ask.
fn chosen_value(root: &Element, field: Field) -> String {
    select(root, field)
        .map(|select| select.value())
        .unwrap_or_default()
}

/// The words of the option chosen in a drop-down list.
fn chosen_words(root: &Element, field: Field) -> String {
    select(root, field)
        .and_then(|select| {
            let index = u32::try_from(select.selected_index()).ok()?;
            select.options().item(index)?.text_content()
        })
        .map(|words| words.trim().to_owned())
        .unwrap_or_default()
}

/// Shows the sentence for the clinician and the place chosen, if that
/// clinician cannot see someone there (every other one stays hidden).
fn show_mismatch(root: &Element) {
    let (clinician, place) = (
        chosen_value(root, Field::Clinician),
        chosen_value(root, Field::Place),
    );
    for sentence in dom::all(root, &format!(".{MISMATCH}")) {
        let fits = Mismatch::Clinician.read(&sentence) == clinician
            && Mismatch::State.read(&sentence) == place;
        dom::set_hidden(&sentence, !fits);
    }
}

/// The key of the option chosen in a choice, if any.
fn chosen_key(root: &Element, field: Field) -> Option<String> {
    first(root, &format!("input[name={}]:checked", field.key()))
        .and_then(|radio| radio.dyn_into::<HtmlInputElement>().ok())
        .map(|radio| radio.value())
}

/// Marks every field with its problem, inline and in the summary.
fn show_problems(root: &Element, problems: &[(Field, Problem)]) {
    let mut summary = Vec::new();
    for &field in Field::ALL {
        let problem = problems
            .iter()
            .find_map(|(wrong, problem)| (*wrong == field).then_some(*problem));
        let Some(error) = dom::by_id(&field.error_id()) else {
            continue;
        };
        let words = problem.map(|problem| problem.read(&error));
        error.set_text_content(words.as_deref());
        dom::set_hidden(&error, words.is_none());
        let controls = if field.is_choice() {
            format!("input[name={}]", field.key())
        } else {
            format!("#{}", field.name())
        };
        for control in dom::all(root, &controls) {
            dom::set_flag(&control, "aria-invalid", words.is_some());
            let mut described = Vec::new();
            let hint = field.hint_id();
            if dom::by_id(&hint).is_some() {
                described.push(hint);
            }
            if words.is_some() {
                described.push(field.error_id());
            }
            let _ = match described.is_empty() {
                true => control.remove_attribute("aria-describedby"),
                false => control.set_attribute("aria-describedby", &described.join(" ")),
            };
        }
        if let Some(container) = error.closest(".field").ok().flatten() {
            let _ = container
                .class_list()
                .toggle_with_force("field--invalid", words.is_some());
        }
        if let Some(words) = words {
            summary.push((field.input_id(), words));
        }
    }
    if let Some(errors) = dom::by_id(ERRORS_ID) {
        dom::set_hidden(&errors, summary.is_empty());
        if let Some(list) = first(&errors, "ul") {
            list.set_text_content(None);
            let document = document();
            for (input_id, words) in summary {
                let (Ok(item), Ok(link)) =
                    (document.create_element("li"), document.create_element("a"))
                else {
                    continue;
                };
                let _ = link.set_attribute("href", &format!("#{input_id}"));
                link.set_text_content(Some(&words));
                let _ = item.append_child(&link);
                let _ = list.append_child(&item);
            }
        }
    }
}

/// Shows where the request stands: the status sentence, the submit button
/// (disabled while sending, "try again" after a failure), and the message to
/// copy when an email draft opened or a send failed.
fn show_outcome(root: &Element, outcome: Outcome) {
    let request = read_request(root);
    if let Some(status) = first(root, &format!(".{STATUS_CLASS}")) {
        let words = outcome.status().map(|say| say.read(&status));
        status.set_text_content(words.as_deref());
    }
    if let Some(submit) = first(root, "button[type=submit]") {
        let _ = submit.toggle_attribute_with_force("disabled", outcome == Outcome::Sending);
        let label = if outcome == Outcome::Failed {
            Say::RetryLabel
        } else {
            Say::SubmitLabel
        };
        submit.set_text_content(Some(&label.read(&submit)));
    }
    let shown = matches!(outcome, Outcome::EmailDrafted | Outcome::Failed);
    if let Some(message) = first(root, &format!(".{MESSAGE}")) {
        dom::set_hidden(&message, !shown);
    }
    let text = compose_message(root, &request);
    if let Some(area) = first(root, &format!("#{MESSAGE_ID}"))
        .and_then(|area| area.dyn_into::<HtmlTextAreaElement>().ok())
    {
        area.set_value(&text);
    }
    let action = first(root, "form").and_then(|form| form.get_attribute("action"));
    if let (Some(again), Some(action)) = (first(root, &format!(".{EMAIL_AGAIN}")), action) {
        let _ = again.set_attribute("href", &with_body(&action, &text));
    }
}

/// The message: the request's answers with the labels and the words the
/// visitor saw on the page.
fn compose_message(root: &Element, request: &Request) -> String {
    let text_of = |selector: String| {
        first(root, &selector)
            .and_then(|element| element.text_content())
            .map(|text| text.trim().to_owned())
            .unwrap_or_default()
    };
    let lines = in_words(
        request,
        |field| match field.is_choice() {
            true => text_of(format!("#{}", field.legend_id())),
            false => text_of(format!("label[for={}]", field.name())),
        },
        |field, answer| match field {
            Field::Language | Field::Place | Field::Clinician => chosen_words(root, field),
            _ if field.is_choice() => text_of(format!("label[for={}]", field.option_id(answer))),
            _ => answer.to_owned(),
        },
    );
    compose(
        lines
            .iter()
            .map(|(label, words)| (label.as_str(), words.as_str())),
    )
}

/// Copies the message, or, where the browser refuses, selects it so the
/// visitor can copy it themselves; says which.
fn copy_message(root: NodeRef<html::Div>) {
    let Some(root) = root.get_untracked() else {
        return;
    };
    let Some(area) = first(&root, &format!("#{MESSAGE_ID}"))
        .and_then(|area| area.dyn_into::<HtmlTextAreaElement>().ok())
    else {
        return;
    };
    let text = area.value();
    leptos::task::spawn_local(async move {
        let clipboard = window().navigator().clipboard();
        let copied = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text))
            .await
            .is_ok();
        if !copied {
            let _ = area.focus();
            area.select();
        }
        if let Some(status) = first(&root, &format!(".{COPY_STATUS}")) {
            let say = if copied { Say::Copied } else { Say::CopyFailed };
            status.set_text_content(Some(&say.read(&status)));
        }
    });
}

fn focus(id: &str) {
    if let Some(element) = dom::by_id(id) {
        let _ = element.focus();
    }
}
