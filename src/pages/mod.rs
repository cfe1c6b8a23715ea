//! One page per file, each at its own path (see the route table in `App`).

mod approach;
mod crisis;
mod home;
mod not_found;
mod power_and_culture;
mod roots;

pub use approach::ApproachPage;
pub use crisis::CrisisPage;
pub use home::HomePage;
pub use not_found::NotFoundPage;
pub use power_and_culture::PowerAndCulturePage;
pub use roots::RootsPage;
