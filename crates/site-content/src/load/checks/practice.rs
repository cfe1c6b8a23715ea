//! The rules for the practice's own details and the legal notices it must
//! carry: its address and email, the form's endpoint, and the Good Faith
//! Estimate.

use super::{web_address, Loaded};
use crate::load::source::ContentError;
use crate::model::PageId;
use crate::rules::LanguageRules;

impl Loaded {
    pub(super) fn check_practice(&self, errors: &mut Vec<ContentError>) {
        let practice = &self.content.practice;
        let source = self.source("practice.toml");
        let url = practice.site_url.as_str();
        if !web_address(url) || url.ends_with('/') {
            errors.push(source.error_at(
                practice.site_url.span(),
                "site_url",
                format!("`{url}` is not the site's address: write it in full, with https:// and without a trailing slash, e.g. https://www.example.org"),
            ));
        }
        // The scheduling and portal services are linked, never embedded:
        // only a full https address can be one.
        for (key, url) in [
            ("booking_url", &practice.booking_url),
            ("portal_url", &practice.portal_url),
        ] {
            if let Some(url) = url.as_ref().filter(|url| !web_address(url.as_str())) {
                errors.push(source.error_at(
                    url.span(),
                    key,
                    format!("`{}` is not a web address the site can link to: write it in full, with https://", url.as_str()),
                ));
            }
        }
        let email = practice.email.as_str();
        let valid_email = email
            .split_once('@')
            .is_some_and(|(user, domain)| !user.is_empty() && domain.contains('.'))
            && !email.contains(char::is_whitespace);
        if !valid_email {
            errors.push(source.error_at(
                practice.email.span(),
                "email",
                format!("`{email}` is not an email address"),
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
        let region = &practice.crisis_region;
        if self.content.crisis.region(region.id()).is_none() {
            errors.push(
                self.unknown_reference(
                    source,
                    region,
                    "crisis_region",
                    "crisis region",
                    self.content
                        .crisis
                        .regions
                        .iter()
                        .map(|r| r.id.as_str().to_owned())
                        .collect(),
                    "crisis.toml",
                ),
            );
        }
    }

    /// Requests may go only over HTTPS, or to a path on the site itself.
    pub(super) fn check_form_endpoint(&self, errors: &mut Vec<ContentError>) {
        let Some(endpoint) = &self.content.pages.contact.form_endpoint else {
            return;
        };
        let address = endpoint.as_str();
        let https = web_address(address);
        let on_site = address.starts_with('/') && !address.starts_with("//");
        if !https && !on_site {
            errors.push(self.page_source(PageId::Contact).error_at(
                endpoint.span(),
                "form_endpoint",
                format!("`{address}` cannot receive requests: use an https:// address, or a path on this site such as /api/consultation"),
            ));
        }
    }

    /// The notice must keep what the No Surprises Act requires of it.
    pub(super) fn check_good_faith_estimate(&self, errors: &mut Vec<ContentError>) {
        let notice = &self.content.pages.fees.good_faith_estimate;
        let text: String = notice
            .paragraphs
            .iter()
            .map(|paragraph| paragraph.plain_text() + " ")
            .collect();
        let language = self.content.site.language.as_str();
        let Some(rules) = LanguageRules::of(language) else {
            errors.push(self.source("site.toml").error_at_key(
                "language",
                "language",
                format!("the site has no wording rules for the language `{language}` (the Good Faith Estimate's required words): add them to LANGUAGE_RULES in crates/site-content/src/rules.rs"),
            ));
            return;
        };
        let (right, writing) = (rules.good_faith_estimate, rules.in_writing);
        let required = [
            (right, "the right to a Good Faith Estimate"),
            (
                "$400",
                "that a bill $400 or more above the estimate can be disputed",
            ),
            (writing, "that the estimate is given in writing, and when"),
        ];
        for (words, meaning) in required {
            if !text.contains(words) {
                errors.push(self.page_source(PageId::Fees).error_at_key(
                    "good_faith_estimate",
                    "good_faith_estimate.paragraphs",
                    format!("the Good Faith Estimate notice must say {meaning} (the words `{words}` are missing)"),
                ));
            }
        }
        if !notice
            .learn_more_url
            .as_str()
            .starts_with("https://www.cms.gov/")
        {
            errors.push(self.page_source(PageId::Fees).error_at(
                notice.learn_more_url.span(),
                "good_faith_estimate.learn_more_url",
                "the notice must point to the federal consumer page on www.cms.gov, e.g. https://www.cms.gov/nosurprises/consumers",
            ));
        }
        if notice.phone.href() != "tel:18009853059" {
            errors.push(self.page_source(PageId::Fees).error_at_key(
                "phone",
                "good_faith_estimate.phone",
                "the notice must give the federal No Surprises help desk, 1-800-985-3059",
            ));
        }
    }
}
