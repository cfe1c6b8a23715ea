//! One page per file; `page_view` says which renders each entry of the page
//! registry ([`PageId`]), so a page without a view does not compile, and
//! each clinician's page.

mod accessibility;
mod approach;
mod clinician;
mod clinicians;
mod contact;
mod crisis;
mod faq;
mod fees;
mod first_steps;
mod glossary;
mod home;
mod not_found;
mod notice;
mod power_and_culture;
mod privacy;
mod request_sent;
mod roots;
mod who_it_helps;

pub use accessibility::AccessibilityPage;
pub use approach::ApproachPage;
pub use clinician::ClinicianPage;
pub use clinicians::CliniciansPage;
pub use contact::ContactPage;
pub use crisis::CrisisPage;
pub use faq::FaqPage;
pub use fees::FeesPage;
pub use first_steps::FirstStepsPage;
pub use glossary::GlossaryPage;
pub use home::HomePage;
pub use not_found::NotFoundPage;
pub use notice::NoticePage;
pub use power_and_culture::PowerAndCulturePage;
pub use privacy::PrivacyPage;
pub use request_sent::RequestSentPage;
pub use roots::RootsPage;
pub use who_it_helps::WhoItHelpsPage;

use leptos::prelude::*;
use site_content::{PageId, Route};

/// The view at an address: a page of the registry, a clinician's page, or
/// the not-found page.
pub fn page_view(route: Option<Route>) -> AnyView {
    let page = match route {
        None => return view! { <NotFoundPage /> }.into_any(),
        Some(Route::Clinician(index)) => return view! { <ClinicianPage index /> }.into_any(),
        Some(Route::Page(page)) => page,
    };
    match page {
        PageId::Home => view! { <HomePage /> }.into_any(),
        PageId::Approach => view! { <ApproachPage /> }.into_any(),
        PageId::Roots => view! { <RootsPage /> }.into_any(),
        PageId::PowerAndCulture => view! { <PowerAndCulturePage /> }.into_any(),
        PageId::Glossary => view! { <GlossaryPage /> }.into_any(),
        PageId::WhoItHelps => view! { <WhoItHelpsPage /> }.into_any(),
        PageId::FirstSteps => view! { <FirstStepsPage /> }.into_any(),
        PageId::Faq => view! { <FaqPage /> }.into_any(),
        PageId::Fees => view! { <FeesPage /> }.into_any(),
        PageId::Contact => view! { <ContactPage /> }.into_any(),
        PageId::Privacy => view! { <PrivacyPage /> }.into_any(),
        PageId::Crisis => view! { <CrisisPage /> }.into_any(),
        PageId::Clinicians => view! { <CliniciansPage /> }.into_any(),
        PageId::Accessibility => view! { <AccessibilityPage /> }.into_any(),
        PageId::RequestSent => view! { <RequestSentPage /> }.into_any(),
        PageId::NoticeOfPrivacyPractices | PageId::ConsumerHealthData | PageId::PrivacyNotice => {
            view! { <NoticePage page /> }.into_any()
        }
    }
}
