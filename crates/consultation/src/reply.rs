//! A relay's answers: what it made of a request, as JSON.

use crate::field::Field;
use crate::request::Problem;
use serde::{Deserialize, Serialize};

/// One field's problem, as a relay reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldProblem {
    pub field: Field,
    pub problem: Problem,
}

/// Why a relay refused a request whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    Malformed,
    TooLarge,
    UnsupportedType,
    ForeignOrigin,
    MethodNotAllowed,
    NotFound,
    RateLimited,
    NotDelivered,
}

impl Reason {
    /// The HTTP status that goes with it.
    pub fn status(self) -> u16 {
        match self {
            Reason::Malformed => 400,
            Reason::ForeignOrigin => 403,
            Reason::NotFound => 404,
            Reason::MethodNotAllowed => 405,
            Reason::TooLarge => 413,
            Reason::UnsupportedType => 415,
            Reason::RateLimited => 429,
            Reason::NotDelivered => 502,
        }
    }

    /// What it means, for whoever reads the reply: a developer, since the
    /// site's form shows its own words.
    pub fn message(self) -> &'static str {
        match self {
            Reason::Malformed => {
                "The body is not a consultation request as the site's form sends it."
            }
            Reason::TooLarge => "The body is larger than any request the site's form sends.",
            Reason::UnsupportedType => {
                "Send application/json or application/x-www-form-urlencoded."
            }
            Reason::ForeignOrigin => "Requests are accepted only from the practice's site.",
            Reason::MethodNotAllowed => "Send the request with POST.",
            Reason::NotFound => "The relay answers at / only.",
            Reason::RateLimited => "Too many requests from this connection; try again in a minute.",
            Reason::NotDelivered => {
                "The request could not be delivered; nothing was kept. Try again."
            }
        }
    }
}

/// A relay's answer to the island, as JSON.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "kebab-case")]
pub enum Reply {
    /// Delivered, now or (a duplicate) already within the relay's window.
    Delivered { id: String, duplicate: bool },
    /// Not sent: these answers need the visitor's attention.
    Problems { problems: Vec<FieldProblem> },
    /// Not sent, and not the visitor's doing.
    Refused { reason: Reason, message: String },
}

impl Reply {
    /// The problems of a request, as the relay reports them.
    pub fn problems(problems: &[(Field, Problem)]) -> Self {
        Reply::Problems {
            problems: problems
                .iter()
                .map(|&(field, problem)| FieldProblem { field, problem })
                .collect(),
        }
    }

    /// A refusal, with its message.
    pub fn refused(reason: Reason) -> Self {
        Reply::Refused {
            reason,
            message: reason.message().to_owned(),
        }
    }

    /// The HTTP status that goes with it.
    pub fn status(&self) -> u16 {
        match self {
            Reply::Delivered { .. } => 200,
            Reply::Problems { .. } => 422,
            Reply::Refused { reason, .. } => reason.status(),
        }
    }

    /// The reply as JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a reply always serialises")
    }

    /// A reply read from JSON.
    pub fn from_json(json: &str) -> Option<Self> {
        serde_json::from_str(json).ok()
    }
}

/// The keys under which a refusal lists its problems (`{"problems": [{"field":
/// "email", "problem": "invalid"}]}`): the island reads them with the
/// browser's own JSON parser, since serde's would add 12 KB to its wasm.
pub const PROBLEMS_KEY: &str = "problems";
/// See [`PROBLEMS_KEY`].
pub const FIELD_KEY: &str = "field";
/// See [`PROBLEMS_KEY`].
pub const PROBLEM_KEY: &str = "problem";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refusal_lists_its_problems_under_the_keys_the_island_reads() {
        let json = Reply::problems(&[(Field::Email, Problem::Invalid)]).to_json();
        assert!(json.contains(&format!(
            "\"{PROBLEMS_KEY}\":[{{\"{FIELD_KEY}\":\"email\",\"{PROBLEM_KEY}\":\"invalid\"}}]"
        )));
        for problem in Problem::ALL {
            assert_eq!(Problem::from_key(problem.key()), Some(problem));
            assert_eq!(
                serde_json::to_string(&problem).unwrap(),
                format!("\"{}\"", problem.key())
            );
        }
    }

    #[test]
    fn replies_round_trip_with_their_status() {
        let problems = Reply::problems(&[(Field::Email, Problem::Invalid)]);
        assert_eq!(problems.status(), 422);
        assert_eq!(
            problems.to_json(),
            r#"{"outcome":"problems","problems":[{"field":"email","problem":"invalid"}]}"#
        );
        assert_eq!(Reply::from_json(&problems.to_json()), Some(problems));
        let limited = Reply::refused(Reason::RateLimited);
        assert_eq!(limited.status(), 429);
        assert_eq!(Reply::from_json(&limited.to_json()), Some(limited));
    }
}
