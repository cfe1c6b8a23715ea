//! One page per file; `page_view` says which renders each entry of the page
//! registry ([`PageId`]), so a page without a view does not compile.

mod approach;
mod contact;
mod crisis;
mod faq;
mod fees;
mod first_steps;
mod glossary;
mod home;
mod not_found;
mod power_and_culture;
mod privacy;
mod roots;
mod who_it_helps;

pub use approach::ApproachPage;
pub use contact::ContactPage;
pub use crisis::CrisisPage;
pub use faq::FaqPage;
pub use fees::FeesPage;
pub use first_steps::FirstStepsPage;
pub use glossary::GlossaryPage;
pub use home::HomePage;
pub use not_found::NotFoundPage;
pub use power_and_culture::PowerAndCulturePage;
pub use privacy::PrivacyPage;
pub use roots::RootsPage;
pub use who_it_helps::WhoItHelpsPage;

use leptos::prelude::*;
use site_content::PageId;

/// The view of a page of the registry, or of the not-found page.
pub fn page_view(page: Option<PageId>) -> AnyView {
    let Some(page) = page else {
        return view! { <NotFoundPage /> }.into_any();
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
    }
}
