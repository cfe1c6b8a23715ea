//! The consultation request, declared once for everything that handles it:
//! the site's form and its island, and the relay that delivers it. It holds
//! the answers, their checks, the two wire formats (JSON from the island,
//! form-encoded from the HTML form) and the relay's replies, and the
//! request as words (the email delivered, or the visitor's own draft).

mod check;
mod choice;
mod field;
mod message;
mod page;
mod reply;
mod request;
mod wire;

pub use check::{is_email, is_phone, is_request_id, looks_like_email, request_id};
pub use choice::{Choice, ContactMethod, Payment, SessionFormat};
pub use field::Field;
pub use message::{compose, in_words, mailto, mailto_address, mailto_subject, with_body};
pub use page::{ERRORS_ID, FAILED_WORDS, STATUS_CLASS};
pub use reply::{FieldProblem, Reason, Reply, FIELD_KEY, PROBLEMS_KEY, PROBLEM_KEY};
pub use request::{Malformed, Problem, Request, ELSEWHERE, WHOEVER_FITS};
pub use wire::{Format, Return, MAX_BODY_BYTES};
