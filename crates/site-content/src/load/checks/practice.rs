//! The rules for the practice's own details: its address and email, and
//! the form's endpoint.

use super::{check_web_address, on_site_path, this_computer, web_address_problem, Loaded};
use crate::load::source::ContentError;
use crate::model::PageId;

impl Loaded {
    pub(super) fn check_practice(&self, errors: &mut Vec<ContentError>) {
        let practice = &self.content.practice;
        let source = self.source("practice.toml");
        let url = practice.site_url.as_str();
        let problem = web_address_problem(url, false).or_else(|| {
            (url.ends_with('/') || url.contains('?'))
                .then_some("it ends with `/` or holds a `?` part")
        });
        if let Some(problem) = problem {
            errors.push(source.error_at(
                practice.site_url.span(),
                "site_url",
                format!("`{url}` is not the site's address ({problem}): write it in full, with https:// and without a trailing slash, e.g. https://www.example.org"),
            ));
        }
        // The scheduling and portal services are linked, never embedded:
        // only a full https address can be one.
        for (key, url) in [
            ("booking_url", &practice.booking_url),
            ("portal_url", &practice.portal_url),
        ] {
            if let Some(url) = url {
                check_web_address(source, url, key, errors);
            }
        }
        // Read by RFC 5322's rules, the same check the relay makes of a
        // visitor's address; it lands in every `mailto:` link.
        let email = practice.email.as_str();
        if !consultation::is_email(email) || email != email.trim() {
            errors.push(source.error_at(
                practice.email.span(),
                "email",
                format!("`{email}` is not an email address: write only the address, like hello@example.org, with nothing after it"),
            ));
        }
        if practice.hours.is_empty() {
            errors.push(source.error_at_key(
                "hours",
                "hours",
                "list the practice's hours, e.g. [\"Monday to Thursday, 9am to 7pm\"]",
            ));
        }
        if practice.clinicians.is_empty() {
            errors.push(source.error_at_key(
                "clinicians",
                "clinicians",
                "list at least one clinician, e.g. clinicians = [\"ruth-alvarado\"], each with a file clinicians/<name>.toml",
            ));
        }
    }

    /// Requests may go only over HTTPS, to a path on the site itself, or
    /// (while a developer tries the relay, never in production) to this
    /// computer.
    pub(super) fn check_form_endpoint(&self, errors: &mut Vec<ContentError>) {
        let Some(endpoint) = &self.content.pages.contact.form_endpoint else {
            return;
        };
        let address = endpoint.as_str();
        let https = web_address_problem(address, false).is_none();
        if !https && !on_site_path(address) && !this_computer(address) {
            errors.push(self.page_source(PageId::Contact).error_at(
                endpoint.span(),
                "form_endpoint",
                format!("`{address}` cannot receive requests: use an https:// address, or a path on this site such as /api/consultation"),
            ));
        }
    }
}
