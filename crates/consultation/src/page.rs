//! The parts of the form's page that more than the site reads: the island
//! brings them to life, and the relay fills them in when it shows the form
//! again to a visitor without the wasm.

/// The id of the summary of problems (a heading and an empty list).
pub const ERRORS_ID: &str = "consult-errors";
/// The class of the status line.
pub const STATUS_CLASS: &str = "consult__status";
/// The status line's attribute that carries the words for a failed send.
pub const FAILED_WORDS: &str = "data-failed";
