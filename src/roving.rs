//! Moving through a row of controls by keyboard, as the ARIA patterns for
//! tabs and toolbars have it.

/// A row of `count` controls, one of them current.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Roving {
    count: usize,
}

impl Roving {
    /// A row of `count` controls.
    pub fn new(count: usize) -> Self {
        Self { count }
    }

    /// Where `key` moves from `current`: the arrows step and wrap around,
    /// Home and End jump to the ends; any other key does not move.
    pub fn after_key(self, current: usize, key: &str) -> Option<usize> {
        if self.count == 0 {
            return None;
        }
        let current = current.min(self.count - 1);
        match key {
            "ArrowRight" | "ArrowDown" => Some((current + 1) % self.count),
            "ArrowLeft" | "ArrowUp" => Some((current + self.count - 1) % self.count),
            "Home" => Some(0),
            "End" => Some(self.count - 1),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrows_step_and_wrap_around() {
        let row = Roving::new(3);
        assert_eq!(row.after_key(0, "ArrowRight"), Some(1));
        assert_eq!(row.after_key(2, "ArrowDown"), Some(0));
        assert_eq!(row.after_key(0, "ArrowLeft"), Some(2));
        assert_eq!(row.after_key(1, "ArrowUp"), Some(0));
    }

    #[test]
    fn home_and_end_jump_and_other_keys_stay() {
        let row = Roving::new(4);
        assert_eq!(row.after_key(2, "Home"), Some(0));
        assert_eq!(row.after_key(1, "End"), Some(3));
        assert_eq!(row.after_key(1, "Tab"), None);
        assert_eq!(row.after_key(1, "a"), None);
        assert_eq!(Roving::new(0).after_key(0, "End"), None);
    }
}
