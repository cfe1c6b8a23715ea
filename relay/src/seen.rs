//! The request ids delivered lately, so that a request sent again (a retry
//! after an answer that never arrived) is not delivered twice. Only the
//! ids are kept (random, chosen by the island; nothing the visitor typed),
//! only in this instance's memory, and only for `WINDOW_MS`.

use std::collections::VecDeque;

/// How long a delivered id is remembered.
pub const WINDOW_MS: u64 = 10 * 60 * 1000;
/// The most ids remembered at once; the oldest goes first.
const MOST: usize = 4096;

/// Ids delivered within the window, oldest first, with when.
#[derive(Default)]
pub struct Seen {
    delivered: VecDeque<(String, u64)>,
}

impl Seen {
    /// Whether this id was delivered within the window before `now`.
    pub fn delivered(&mut self, id: &str, now: u64) -> bool {
        self.forget(now);
        self.delivered.iter().any(|(seen, _)| seen == id)
    }

    /// Remembers that this id was delivered at `now`.
    pub fn mark(&mut self, id: &str, now: u64) {
        self.forget(now);
        if self.delivered.len() >= MOST {
            self.delivered.pop_front();
        }
        self.delivered.push_back((id.to_owned(), now));
    }

    fn forget(&mut self, now: u64) {
        while self
            .delivered
            .front()
            .is_some_and(|(_, at)| now.saturating_sub(*at) >= WINDOW_MS)
        {
            self.delivered.pop_front();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_is_remembered_for_the_window_only() {
        let mut seen = Seen::default();
        assert!(!seen.delivered("a", 1_000));
        seen.mark("a", 1_000);
        assert!(seen.delivered("a", 1_000 + WINDOW_MS - 1));
        assert!(!seen.delivered("b", 2_000));
        assert!(!seen.delivered("a", 1_000 + WINDOW_MS));
    }

    #[test]
    fn it_never_holds_more_than_its_bound() {
        let mut seen = Seen::default();
        for n in 0..MOST + 10 {
            seen.mark(&n.to_string(), 5);
        }
        assert_eq!(seen.delivered.len(), MOST);
        assert!(!seen.delivered("0", 5) && seen.delivered(&(MOST + 9).to_string(), 5));
    }
}
