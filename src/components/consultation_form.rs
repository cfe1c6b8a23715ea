use super::consultation_island::ConsultationIsland;
use super::reply_language::ReplyLanguage;
use super::session_place::SessionPlace;
use crate::components::{ChoiceGroup, GoodFaithNotice, TextField};
use crate::content::content;
use crate::dom::PageData;
use crate::page_href;
use crate::template::split_blanks;
use consultation::{
    mailto_subject, ContactMethod, Field, Payment, Return, SessionFormat, ERRORS_ID, FAILED_WORDS,
    STATUS_CLASS,
};
use leptos::prelude::*;
use site_content::PageId;

/// The parts of the form the island works with.
pub(super) const MESSAGE: &str = "consult__message";
pub(super) const MESSAGE_ID: &str = "consult-message";
pub(super) const COPY: &str = "consult__copy";
pub(super) const COPY_STATUS: &str = "consult__copy-status";
pub(super) const EMAIL_AGAIN: &str = "consult__email-again";

/// The sentences and labels the form shows as the request goes, carried by
/// the page.
#[derive(Clone, Copy)]
pub(super) enum Say {
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
            Say::Failed => FAILED_WORDS,
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
    // A relay sends a visitor without the wasm on to these pages (the
    // island reads the answer itself).
    let paths = Return {
        done: page_href(PageId::RequestSent),
        back: page_href(PageId::Contact),
    };
    let action = endpoint.map_or_else(
        || mailto_subject(practice.email.as_str(), page.email_subject.as_str()),
        |endpoint| {
            let joiner = if endpoint.contains('?') { '&' } else { '?' };
            format!("{endpoint}{joiner}{}", paths.query())
        },
    );
    let fallback = split_blanks(page.form_fallback.as_str(), &["email", "phone"])
        .into_iter()
        .map(|run| match run {
            Ok(text) => text.into_any(),
            Err(0) => view! {
                <a href=consultation::mailto_address(practice.email.as_str())>{practice.email.as_str()}</a>
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
            <p class="notice consult__emergency">
                {page.emergency_notice.as_str()} " "
                {content()
                    .crisis_strip()
                    .strip
                    .iter()
                    .enumerate()
                    .map(|(index, link)| view! {
                        {(index > 0).then_some(" · ")}
                        <a href=link.phone.href()>{link.label.as_str()}</a>
                    })
                    .collect_view()}
            </p>
            <p>{page.email_privacy.as_str()}</p>
            {endpoint.is_none().then(|| view! { <p>{page.email_draft_note.as_str()}</p> })}
            <p class="consult__required">{page.required_note.as_str()}</p>
            <ConsultationIsland>
                <form
                    class="consult__form"
                    action=action
                    method="post"
                    enctype=endpoint.is_none().then_some("text/plain")
                >
                    <div class="form-errors" id=ERRORS_ID hidden>
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
                    <ReplyLanguage />
                    <TextField
                        field=Field::Availability
                        label=page.availability_label.as_str()
                        hint=page.availability_hint.as_str()
                        input_type="text"
                        autocomplete="off"
                        missing=page.availability_missing.as_str()
                    />
                    <SessionPlace />
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
                        class=STATUS_CLASS
                        role="status"
                        {..Say::EmailOpened.carry(page.email_opened.as_str())}
                        {..Say::Sending.carry(page.sending.as_str())}
                        {..Say::Sent.carry(page.sent.as_str())}
                        {..Say::Failed.carry(page.failed.as_str())}
                    ></p>
                    <div class=MESSAGE hidden>
                        <label class="field__label" for=MESSAGE_ID>
                            {page.message_label.as_str()}
                        </label>
                        <textarea id=MESSAGE_ID class="field__input" readonly rows="8" spellcheck="false"></textarea>
                        <p class="consult__message-actions">
                            <button type="button" class=format!("button button--secondary {COPY}")>
                                {page.copy_label.as_str()}
                            </button>
                            {endpoint.is_none().then(|| view! {
                                <a
                                    class=format!("button button--secondary {EMAIL_AGAIN}")
                                    href=format!("#{MESSAGE_ID}")
                                >
                                    {page.email_again.as_str()}
                                </a>
                            })}
                        </p>
                        <p
                            class=COPY_STATUS
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
