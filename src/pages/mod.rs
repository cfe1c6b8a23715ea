//! One page per file, each at its own path (see the route table in `App`).

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
