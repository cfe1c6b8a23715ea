//! A calendar date in the content (`as_of = 2026-11-20`, a TOML date), and
//! how old it is.

#[cfg(feature = "build")]
use std::ops::Range;

/// A day, as the practice wrote it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Date {
    year: i32,
    month: u32,
    day: u32,
    #[cfg(feature = "build")]
    span: Range<usize>,
}

impl Date {
    /// The date of `year-month-day`, if there is such a day.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Self> {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let length = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=length).contains(&day).then_some(Self {
            year,
            month,
            day,
            #[cfg(feature = "build")]
            span: 0..0,
        })
    }

    pub fn year(&self) -> i32 {
        self.year
    }

    /// 1 for January.
    pub fn month(&self) -> u32 {
        self.month
    }

    pub fn day(&self) -> u32 {
        self.day
    }

    /// `2026-11-20`, as `<time datetime>` and schema.org want it.
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    pub fn days_since_epoch(&self) -> i64 {
        let year = i64::from(self.year) - i64::from(self.month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let month = i64::from(self.month);
        let day_of_year =
            (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }
}

#[cfg(feature = "build")]
mod build {
    use super::*;
    use serde::de::{Deserialize, Deserializer, Error};
    use toml::Spanned;

    impl Date {
        /// Where the date stood in its file.
        pub fn span(&self) -> Range<usize> {
            self.span.clone()
        }

        /// Whole days from this date to today (the machine's clock).
        pub fn age_in_days(&self) -> i64 {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |elapsed| elapsed.as_secs());
            i64::try_from(now / 86_400).unwrap_or(i64::MAX) - self.days_since_epoch()
        }
    }

    impl<'de> Deserialize<'de> for Date {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            const WANTED: &str = "write a date without quotes, year-month-day, e.g. 2026-11-20";
            let spanned = Spanned::<toml::value::Datetime>::deserialize(deserializer)
                .map_err(|error| D::Error::custom(format!("{error}; {WANTED}")))?;
            let span = spanned.span();
            let written = spanned.into_inner();
            let (Some(date), None) = (written.date, written.time) else {
                return Err(D::Error::custom(format!(
                    "`{written}` is not a day; {WANTED}"
                )));
            };
            let mut day = Date::new(i32::from(date.year), date.month.into(), date.day.into())
                .ok_or_else(|| D::Error::custom(format!("`{written}` is not a day; {WANTED}")))?;
            day.span = span;
            Ok(day)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_counted_from_1970_and_impossible_days_refused() {
        assert_eq!(Date::new(1970, 1, 1).unwrap().days_since_epoch(), 0);
        assert_eq!(Date::new(2000, 3, 1).unwrap().days_since_epoch(), 11_017);
        assert_eq!(Date::new(2026, 12, 2).unwrap().days_since_epoch(), 20_789);
        assert!(Date::new(2026, 2, 29).is_none());
        assert!(Date::new(2028, 2, 29).is_some());
        assert!(Date::new(2026, 13, 1).is_none());
        assert_eq!(Date::new(2026, 1, 5).unwrap().iso(), "2026-01-05");
    }
}
