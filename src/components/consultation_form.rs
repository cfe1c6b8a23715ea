use crate::components::{ChoiceGroup, GoodFaithNotice, TextField};
use crate::consultation::{
    compose, json_object, mailto, ConsultationRequest, ContactMethod, Field, Payment, Problem,
    SessionFormat,
};
use crate::content::words;
use leptos::prelude::*;
use site_content::ContactPage;
use wasm_bindgen::JsCast;

/// Where a request stands once the visitor has sent it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outcome {
    Writing,
    EmailDrafted,
    Sending,
    Sent,
    Failed,
}

/// The consultation request: checked as the visitor goes, then opened as an
/// email draft, or sent as JSON where the content names a form endpoint.
/// What is typed lives only in memory, and stays through any failure.
#[island]
pub fn ConsultationForm() -> impl IntoView {
    let page = words().contact;
    let request = RwSignal::new(ConsultationRequest::default());
    // Errors show once the visitor has tried to send, then follow each edit.
    let attempted = RwSignal::new(false);
    let outcome = RwSignal::new(Outcome::Writing);
    let copy_result = RwSignal::new(None::<bool>);

    let error = move |field: Field| {
        Signal::derive(move || {
            if !attempted.get() {
                return None;
            }
            request
                .with(|request| request.problem(field))
                .map(|problem| message(page, field, problem))
        })
    };
    let edit = move |change: fn(&mut ConsultationRequest, String)| {
        Callback::new(move |value: String| {
            request.update(|request| change(request, value));
            copy_result.set(None);
        })
    };
    let text = move |read: fn(&ConsultationRequest) -> &String| {
        Signal::derive(move || request.with(|request| read(request).clone()))
    };
    let message_text = Memo::new(move |_| request.with(|request| compose_message(page, request)));

    let email_draft = Memo::new(move |_| {
        mailto(
            words().email,
            page.email_subject.as_str(),
            &message_text.get(),
        )
    });
    let send = move || match page.form_endpoint.as_ref() {
        None => {
            outcome.set(Outcome::EmailDrafted);
            let _ = window().location().set_href(&email_draft.get_untracked());
        }
        Some(endpoint) => {
            outcome.set(Outcome::Sending);
            let json = request.with_untracked(|request| request_json(page, request));
            let url = endpoint.as_str();
            leptos::task::spawn_local(async move {
                let delivered = post_json(url, json).await;
                outcome.set(if delivered {
                    Outcome::Sent
                } else {
                    Outcome::Failed
                });
            });
        }
    };
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        attempted.set(true);
        match request
            .with_untracked(ConsultationRequest::problems)
            .first()
        {
            Some((field, _)) => focus(field.input_id()),
            None => send(),
        }
    };
    let copy = move |_| {
        let text = message_text.get_untracked();
        leptos::task::spawn_local(async move {
            let clipboard = window().navigator().clipboard();
            let copied = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text))
                .await
                .is_ok();
            copy_result.set(Some(copied));
            if !copied {
                select_message();
            }
        });
    };

    let summary = move || {
        let problems = request.with(ConsultationRequest::problems);
        (attempted.get() && !problems.is_empty()).then(|| {
            view! {
                <div class="form-errors" id="consult-errors">
                    <p class="form-errors__heading">{page.errors_heading.as_str()}</p>
                    <ul>
                        {problems
                            .into_iter()
                            .map(|(field, problem)| {
                                view! {
                                    <li>
                                        <a
                                            href=format!("#{}", field.input_id())
                                            on:click=move |event| {
                                                event.prevent_default();
                                                focus(field.input_id());
                                            }
                                        >
                                            {message(page, field, problem)}
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </div>
            }
        })
    };
    let method = Signal::derive(move || request.with(|request| request.method));
    let payment = Signal::derive(move || request.with(|request| request.payment));
    let status = move || match outcome.get() {
        Outcome::Writing => None,
        Outcome::EmailDrafted => Some(page.email_opened.as_str()),
        Outcome::Sending => Some(page.sending.as_str()),
        Outcome::Sent => Some(page.sent.as_str()),
        Outcome::Failed => Some(page.failed.as_str()),
    };
    let show_message = move || matches!(outcome.get(), Outcome::EmailDrafted | Outcome::Failed);
    let submit_label = if page.form_endpoint.is_some() {
        page.endpoint_submit.as_str()
    } else {
        page.email_submit.as_str()
    };

    view! {
        <section class="consult" aria-labelledby="consult-heading">
            <h2 id="consult-heading">{page.form_heading.as_str()}</h2>
            <p>{page.form_intro.as_str()}</p>
            <p class="notice">{page.clinical_notice.as_str()}</p>
            <p class="consult__required">{page.required_note.as_str()}</p>
            <form class="consult__form" novalidate on:submit=on_submit>
                {summary}
                <TextField
                    id=Field::Name.input_id()
                    label=page.name_label.as_str()
                    hint=page.name_hint.as_str()
                    input_type="text"
                    autocomplete="name"
                    value=text(|request| &request.name)
                    on_input=edit(|request, value| request.name = value)
                    error=error(Field::Name)
                />
                <ChoiceGroup
                    name="consult-method"
                    legend=page.method_legend.as_str()
                    options=vec![
                        ("email", page.method_email.as_str(), ContactMethod::Email),
                        ("phone", page.method_phone.as_str(), ContactMethod::Phone),
                    ]
                    selected=method
                    on_select=choose(request, |request, chosen| request.method = Some(chosen))
                    error=error(Field::Method)
                />
                <div hidden=move || method.get() != Some(ContactMethod::Email)>
                    <TextField
                        id=Field::Email.input_id()
                        label=page.email_field_label.as_str()
                        input_type="email"
                        autocomplete="email"
                        value=text(|request| &request.email)
                        on_input=edit(|request, value| request.email = value)
                        error=error(Field::Email)
                    />
                </div>
                <div hidden=move || method.get() != Some(ContactMethod::Phone)>
                    <TextField
                        id=Field::Phone.input_id()
                        label=page.phone_field_label.as_str()
                        input_type="tel"
                        autocomplete="tel"
                        value=text(|request| &request.phone)
                        on_input=edit(|request, value| request.phone = value)
                        error=error(Field::Phone)
                    />
                </div>
                <TextField
                    id=Field::Availability.input_id()
                    label=page.availability_label.as_str()
                    hint=page.availability_hint.as_str()
                    input_type="text"
                    autocomplete="off"
                    value=text(|request| &request.availability)
                    on_input=edit(|request, value| request.availability = value)
                    error=error(Field::Availability)
                />
                <ChoiceGroup
                    name="consult-format"
                    legend=page.format_legend.as_str()
                    options=vec![
                        ("in-person", page.format_in_person.as_str(), SessionFormat::InPerson),
                        ("telehealth", page.format_telehealth.as_str(), SessionFormat::Telehealth),
                        ("either", page.format_either.as_str(), SessionFormat::Either),
                    ]
                    selected=Signal::derive(move || request.with(|request| request.format))
                    on_select=choose(request, |request, chosen| request.format = Some(chosen))
                    error=error(Field::Format)
                />
                <ChoiceGroup
                    name="consult-payment"
                    legend=page.payment_legend.as_str()
                    options=vec![
                        ("self-pay", page.payment_self_pay.as_str(), Payment::SelfPay),
                        ("insurance", page.payment_insurance.as_str(), Payment::Insurance),
                    ]
                    selected=payment
                    on_select=choose(request, |request, chosen| request.payment = Some(chosen))
                    error=error(Field::Payment)
                />
                <div hidden=move || payment.get() != Some(Payment::SelfPay)>
                    <GoodFaithNotice />
                </div>
                <p class="consult__actions">
                    <button
                        type="submit"
                        class="button"
                        disabled=move || outcome.get() == Outcome::Sending
                    >
                        {move || {
                            if outcome.get() == Outcome::Failed {
                                page.retry_label.as_str()
                            } else {
                                submit_label
                            }
                        }}
                    </button>
                </p>
                <p class="consult__status" role="status">{status}</p>
                <div class="consult__message" hidden=move || !show_message()>
                    <label class="field__label" for="consult-message">{page.message_label.as_str()}</label>
                    <textarea id="consult-message" class="field__input" readonly rows="8" prop:value=move || message_text.get()></textarea>
                    <p class="consult__message-actions">
                        <button type="button" class="button button--secondary" on:click=copy>
                            {page.copy_label.as_str()}
                        </button>
                        {page.form_endpoint.is_none().then(|| view! {
                            <a class="button button--secondary" href=move || email_draft.get()>
                                {page.email_again.as_str()}
                            </a>
                        })}
                    </p>
                    <p class="consult__copy-status" role="status">
                        {move || copy_result.get().map(|copied| {
                            if copied { page.copied.as_str() } else { page.copy_failed.as_str() }
                        })}
                    </p>
                </div>
            </form>
        </section>
    }
}

/// The callback that records a choice in the request.
fn choose<T: Send + Sync + 'static>(
    request: RwSignal<ConsultationRequest>,
    record: fn(&mut ConsultationRequest, T),
) -> Callback<T> {
    Callback::new(move |chosen| request.update(|request| record(request, chosen)))
}

/// The words for one field's problem.
fn message(page: &'static ContactPage, field: Field, problem: Problem) -> &'static str {
    let text = match (field, problem) {
        (Field::Name, _) => &page.name_missing,
        (Field::Method, _) => &page.method_missing,
        (Field::Email, Problem::Missing) => &page.email_missing,
        (Field::Email, Problem::Invalid) => &page.email_invalid,
        (Field::Phone, Problem::Missing) => &page.phone_missing,
        (Field::Phone, Problem::Invalid) => &page.phone_invalid,
        (Field::Availability, _) => &page.availability_missing,
        (Field::Format, _) => &page.format_missing,
        (Field::Payment, _) => &page.payment_missing,
    };
    text.as_str()
}

/// The request as labelled answers, in the words the visitor saw.
fn answers(
    page: &'static ContactPage,
    request: &ConsultationRequest,
) -> [(&'static str, &'static str, String); 5] {
    let method = match request.method {
        Some(ContactMethod::Phone) => page.method_phone.as_str(),
        _ => page.method_email.as_str(),
    };
    let format = match request.format {
        Some(SessionFormat::InPerson) => page.format_in_person.as_str(),
        Some(SessionFormat::Telehealth) => page.format_telehealth.as_str(),
        _ => page.format_either.as_str(),
    };
    let payment = match request.payment {
        Some(Payment::Insurance) => page.payment_insurance.as_str(),
        _ => page.payment_self_pay.as_str(),
    };
    [
        ("name", page.name_label.as_str(), request.name.clone()),
        (
            "contact",
            page.method_legend.as_str(),
            format!("{method}: {}", request.contact_detail()),
        ),
        (
            "availability",
            page.availability_label.as_str(),
            request.availability.clone(),
        ),
        ("format", page.format_legend.as_str(), format.to_owned()),
        ("payment", page.payment_legend.as_str(), payment.to_owned()),
    ]
}

fn compose_message(page: &'static ContactPage, request: &ConsultationRequest) -> String {
    let answers = answers(page, request);
    let lines: Vec<(&str, &str)> = answers
        .iter()
        .map(|(_, label, value)| (*label, value.as_str()))
        .collect();
    compose(&lines)
}

fn request_json(page: &'static ContactPage, request: &ConsultationRequest) -> String {
    let answers = answers(page, request);
    let fields: Vec<(&str, &str)> = answers
        .iter()
        .map(|(key, _, value)| (*key, value.as_str()))
        .collect();
    json_object(&fields)
}

/// POSTs JSON; true when the endpoint answered with success.
async fn post_json(url: &str, json: String) -> bool {
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_body(&wasm_bindgen::JsValue::from_str(&json));
    let headers = web_sys::Headers::new();
    let Ok(request) = headers.and_then(|headers| {
        headers.set("Content-Type", "application/json")?;
        init.set_headers(&headers);
        web_sys::Request::new_with_str_and_init(url, &init)
    }) else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(window().fetch_with_request(&request))
        .await
        .ok()
        .and_then(|response| response.dyn_into::<web_sys::Response>().ok())
        .is_some_and(|response| response.ok())
}

fn focus(id: &str) {
    if let Some(element) = document()
        .get_element_by_id(id)
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// Selects the message so the visitor can copy it by hand.
fn select_message() {
    if let Some(area) = document()
        .get_element_by_id("consult-message")
        .and_then(|area| area.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
    {
        area.select();
    }
}
