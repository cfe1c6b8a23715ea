use crate::components::{ChoiceGroup, GoodFaithNotice, TextField};
use crate::consultation::{
    compose, json_object, mailto_subject, with_body, Choice, ConsultationRequest, ContactMethod,
    Field, Payment, SessionFormat,
};
use crate::content::content;
use crate::dom::{self, first, PageData};
use crate::text_filter::split_blanks;
use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlFormElement, HtmlInputElement, HtmlTextAreaElement};

/// How long a send may take before it counts as failed.
const SEND_TIMEOUT: Duration = Duration::from_secs(15);

/// The sentences and labels the form shows as the request goes, carried by
/// the page.
#[derive(Clone, Copy)]
enum Say {
    SubmitLabel,
    RetryLabel,
    EmailOpened,
    Sending,
    Sent,
    Failed,
    Copied,
    CopyFailed,
}

impl PageData for Say {
    fn attribute(self) -> &'static str {
        match self {
            Say::SubmitLabel => "data-label",
            Say::RetryLabel => "data-retry",
            Say::EmailOpened => "data-email-opened",
            Say::Sending => "data-sending",
            Say::Sent => "data-sent",
            Say::Failed => "data-failed",
            Say::Copied => "data-copied",
            Say::CopyFailed => "data-copy-failed",
        }
    }
}

/// The consultation request, rendered complete and empty, every field's
/// error messages and the sentences for each outcome with it. Without the
/// wasm it is a plain HTML form: the browser checks the required answers,
/// CSS shows the contact detail and notice that go with the choices, and
/// sending posts it to the form endpoint or opens an email with it (a
/// `mailto:` form), so nothing typed is ever lost; `ConsultationIsland` then
/// checks it in the page's words and sends it itself.
#[component]
pub fn ConsultationForm() -> impl IntoView {
    let page = &content().pages.contact;
    let practice = &content().practice;
    let endpoint = page
        .form_endpoint
        .as_ref()
        .map(|endpoint| endpoint.as_str());
    let submit_label = if endpoint.is_some() {
        page.endpoint_submit.as_str()
    } else {
        page.email_submit.as_str()
    };
    let action = endpoint.map_or_else(
        || mailto_subject(practice.email.as_str(), page.email_subject.as_str()),
        str::to_owned,
    );
    let fallback = split_blanks(page.form_fallback.as_str(), &["email", "phone"])
        .into_iter()
        .map(|run| match run {
            Ok(text) => text.into_any(),
            Err(0) => view! {
                <a href=format!("mailto:{}", practice.email.as_str())>{practice.email.as_str()}</a>
            }
            .into_any(),
            Err(_) => {
                view! { <a href=practice.phone.href()>{practice.phone.display()}</a> }.into_any()
            }
        })
        .collect_view();
    view! {
        <section class="consult" aria-labelledby="consult-heading">
            <h2 id="consult-heading">{page.form_heading.as_str()}</h2>
            <p>{page.form_intro.as_str()}</p>
            <p class="notice">{page.clinical_notice.as_str()}</p>
            <p class="consult__required">{page.required_note.as_str()}</p>
            <ConsultationIsland>
                <form
                    class="consult__form"
                    action=action
                    method="post"
                    enctype=endpoint.is_none().then_some("text/plain")
                >
                    <div class="form-errors" id="consult-errors" hidden>
                        <p class="form-errors__heading">{page.errors_heading.as_str()}</p>
                        <ul></ul>
                    </div>
                    <TextField
                        field=Field::Name
                        label=page.name_label.as_str()
                        hint=page.name_hint.as_str()
                        input_type="text"
                        autocomplete="name"
                        missing=page.name_missing.as_str()
                    />
                    <ChoiceGroup
                        field=Field::Method
                        legend=page.method_legend.as_str()
                        options=vec![
                            (ContactMethod::Email, page.method_email.as_str()),
                            (ContactMethod::Phone, page.method_phone.as_str()),
                        ]
                        missing=page.method_missing.as_str()
                    />
                    <div class="consult__when consult__when--email">
                        <TextField
                            field=Field::Email
                            label=page.email_field_label.as_str()
                            input_type="email"
                            autocomplete="email"
                            missing=page.email_missing.as_str()
                            invalid=page.email_invalid.as_str()
                        />
                    </div>
                    <div class="consult__when consult__when--phone">
                        <TextField
                            field=Field::Phone
                            label=page.phone_field_label.as_str()
                            input_type="tel"
                            autocomplete="tel"
                            missing=page.phone_missing.as_str()
                            invalid=page.phone_invalid.as_str()
                        />
                    </div>
                    <TextField
                        field=Field::Availability
                        label=page.availability_label.as_str()
                        hint=page.availability_hint.as_str()
                        input_type="text"
                        autocomplete="off"
                        missing=page.availability_missing.as_str()
                    />
                    <ChoiceGroup
                        field=Field::Format
                        legend=page.format_legend.as_str()
                        options=vec![
                            (SessionFormat::InPerson, page.format_in_person.as_str()),
                            (SessionFormat::Telehealth, page.format_telehealth.as_str()),
                            (SessionFormat::Either, page.format_either.as_str()),
                        ]
                        missing=page.format_missing.as_str()
                    />
                    <ChoiceGroup
                        field=Field::Payment
                        legend=page.payment_legend.as_str()
                        options=vec![
                            (Payment::SelfPay, page.payment_self_pay.as_str()),
                            (Payment::Insurance, page.payment_insurance.as_str()),
                        ]
                        missing=page.payment_missing.as_str()
                    />
                    <div class="consult__when consult__when--self-pay">
                        <GoodFaithNotice />
                    </div>
                    <p class="consult__actions">
                        <button
                            type="submit"
                            class="button"
                            {..Say::SubmitLabel.carry(submit_label)}
                            {..Say::RetryLabel.carry(page.retry_label.as_str())}
                        >
                            {submit_label}
                        </button>
                    </p>
                    <p class="consult__fallback">{fallback}</p>
                    <p
                        class="consult__status"
                        role="status"
                        {..Say::EmailOpened.carry(page.email_opened.as_str())}
                        {..Say::Sending.carry(page.sending.as_str())}
                        {..Say::Sent.carry(page.sent.as_str())}
                        {..Say::Failed.carry(page.failed.as_str())}
                    ></p>
                    <div class="consult__message" hidden>
                        <label class="field__label" for="consult-message">
                            {page.message_label.as_str()}
                        </label>
                        <textarea id="consult-message" class="field__input" readonly rows="8"></textarea>
                        <p class="consult__message-actions">
                            <button type="button" class="button button--secondary consult__copy">
                                {page.copy_label.as_str()}
                            </button>
                            {endpoint.is_none().then(|| view! {
                                <a class="button button--secondary consult__email-again" href="#consult-message">
                                    {page.email_again.as_str()}
                                </a>
                            })}
                        </p>
                        <p
                            class="consult__copy-status"
                            role="status"
                            {..Say::Copied.carry(page.copied.as_str())}
                            {..Say::CopyFailed.carry(page.copy_failed.as_str())}
                        ></p>
                    </div>
                </form>
            </ConsultationIsland>
        </section>
    }
}

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
/// up after `SEND_TIMEOUT`. Each request carries an id that stays the same
/// when it is sent again, so the endpoint can drop a duplicate. What is typed
/// lives only in the page, and stays through any failure.
#[island]
fn ConsultationIsland(
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
            show_problems(&root, &read_request(&root));
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
        if let Some(status) = root
            .get_untracked()
            .and_then(|root| first(&root, ".consult__copy-status"))
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
        set_outcome(Outcome::Sending);
        let id = request_id.get_value().unwrap_or_else(|| {
            window()
                .crypto()
                .map(|crypto| crypto.random_uuid())
                .unwrap_or_default()
        });
        request_id.set_value(Some(id.clone()));
        let json = request_json(&root, &request, &id);
        leptos::task::spawn_local(async move {
            let delivered = post_json(&action, json).await;
            if delivered {
                // The next request is a new one.
                request_id.set_value(None);
            }
            set_outcome(if delivered {
                Outcome::Sent
            } else {
                Outcome::Failed
            });
        });
    };
    let on_click = move |event: ev::MouseEvent| {
        if let Some(link) = dom::target(&event, "#consult-errors a") {
            event.prevent_default();
            if let Some(id) = link.get_attribute("href") {
                focus(id.trim_start_matches('#'));
            }
        } else if dom::target(&event, ".consult__copy").is_some() {
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
fn read_request(root: &Element) -> ConsultationRequest {
    let text = |field: Field| {
        first(root, &format!("#{}", field.name()))
            .and_then(|input| input.dyn_into::<HtmlInputElement>().ok())
            .map(|input| input.value())
            .unwrap_or_default()
    };
    ConsultationRequest {
        name: text(Field::Name),
        method: chosen_key(root, Field::Method).and_then(|key| ContactMethod::from_key(&key)),
        email: text(Field::Email),
        phone: text(Field::Phone),
        availability: text(Field::Availability),
        format: chosen_key(root, Field::Format).and_then(|key| SessionFormat::from_key(&key)),
        payment: chosen_key(root, Field::Payment).and_then(|key| Payment::from_key(&key)),
    }
}

/// The key of the option chosen in a choice, if any.
fn chosen_key(root: &Element, field: Field) -> Option<String> {
    first(root, &format!("input[name={}]:checked", field.name()))
        .and_then(|radio| radio.dyn_into::<HtmlInputElement>().ok())
        .map(|radio| radio.value())
}

/// Marks every field with its problem, inline and in the summary.
fn show_problems(root: &Element, request: &ConsultationRequest) {
    let problems = request.problems();
    let mut summary = Vec::new();
    for field in Field::ALL {
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
            format!("input[name={}]", field.name())
        } else {
            format!("#{}", field.name())
        };
        for control in dom::all(root, &controls) {
            dom::set_flag(&control, "aria-invalid", words.is_some());
            let mut described = Vec::new();
            let hint = format!("{}-hint", field.name());
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
    if let Some(errors) = dom::by_id("consult-errors") {
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
    if let Some(status) = first(root, ".consult__status") {
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
    if let Some(message) = first(root, ".consult__message") {
        dom::set_hidden(&message, !shown);
    }
    let text = compose_message(root, &request);
    if let Some(area) =
        first(root, "#consult-message").and_then(|area| area.dyn_into::<HtmlTextAreaElement>().ok())
    {
        area.set_value(&text);
    }
    let action = first(root, "form").and_then(|form| form.get_attribute("action"));
    if let (Some(again), Some(action)) = (first(root, ".consult__email-again"), action) {
        let _ = again.set_attribute("href", &with_body(&action, &text));
    }
}

/// The request's answers with the labels on the page.
fn answers(root: &Element, request: &ConsultationRequest) -> [(&'static str, String, String); 5] {
    let text_of = |selector: String| {
        first(root, &selector)
            .and_then(|element| element.text_content())
            .map(|text| text.trim().to_owned())
            .unwrap_or_default()
    };
    request.answers(
        |field| {
            if field.is_choice() {
                text_of(format!("#{}-legend", field.name()))
            } else {
                text_of(format!("label[for={}]", field.name()))
            }
        },
        |field| {
            chosen_key(root, field)
                .map(|key| text_of(format!("label[for={}-{key}]", field.name())))
                .unwrap_or_default()
        },
    )
}

fn compose_message(root: &Element, request: &ConsultationRequest) -> String {
    let answers = answers(root, request);
    let lines: Vec<(&str, &str)> = answers
        .iter()
        .map(|(_, label, value)| (label.as_str(), value.as_str()))
        .collect();
    compose(&lines)
}

fn request_json(root: &Element, request: &ConsultationRequest, id: &str) -> String {
    let answers = answers(root, request);
    let fields: Vec<(&str, &str)> = std::iter::once(("request_id", id))
        .chain(answers.iter().map(|(key, _, value)| (*key, value.as_str())))
        .collect();
    json_object(&fields)
}

/// Copies the message, or, where the browser refuses, selects it so the
/// visitor can copy it themselves; says which.
fn copy_message(root: NodeRef<html::Div>) {
    let Some(root) = root.get_untracked() else {
        return;
    };
    let Some(area) = first(&root, "#consult-message")
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
        if let Some(status) = first(&root, ".consult__copy-status") {
            let say = if copied { Say::Copied } else { Say::CopyFailed };
            status.set_text_content(Some(&say.read(&status)));
        }
    });
}

/// POSTs JSON; true when the endpoint answered with success within
/// `SEND_TIMEOUT`.
async fn post_json(url: &str, json: String) -> bool {
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_body(&JsValue::from_str(&json));
    let abort = web_sys::AbortController::new().ok();
    init.set_signal(abort.as_ref().map(|abort| abort.signal()).as_ref());
    let headers = web_sys::Headers::new();
    let Ok(request) = headers.and_then(|headers| {
        headers.set("Content-Type", "application/json")?;
        init.set_headers(&headers);
        web_sys::Request::new_with_str_and_init(url, &init)
    }) else {
        return false;
    };
    // An endpoint that never answers must not leave the form sending for ever.
    let timer =
        abort.and_then(|abort| set_timeout_with_handle(move || abort.abort(), SEND_TIMEOUT).ok());
    let answered =
        wasm_bindgen_futures::JsFuture::from(window().fetch_with_request(&request)).await;
    if let Some(timer) = timer {
        timer.clear();
    }
    answered
        .ok()
        .and_then(|response| response.dyn_into::<web_sys::Response>().ok())
        .is_some_and(|response| response.ok())
}

fn focus(id: &str) {
    if let Some(element) = dom::by_id(id) {
        let _ = element.focus();
    }
}
