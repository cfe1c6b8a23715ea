//! How the practice's people are put into words: a date, a list of states,
//! where someone can be seen, an availability. Plain functions over the
//! content, so the rules are tested without a browser.

use crate::text_filter::fill;
use site_content::{Clinician, CliniciansPage, Content, Date, Licence, Status};

/// A clinician's page's title and description: their name with the
/// practice's, and their summary.
pub fn clinician_head(content: &Content, clinician: &Clinician) -> (String, String) {
    (
        format!(
            "{} · {}",
            clinician.name.as_str(),
            content.practice.name.as_str()
        ),
        clinician.summary.as_str().to_owned(),
    )
}

/// A day as the language writes it (`November 20, 2026`, `20 de noviembre
/// de 2026`), by the content's `date_format` and `months`.
pub fn written_date(words: &CliniciansPage, date: &Date) -> String {
    let month = usize::try_from(date.month())
        .ok()
        .and_then(|month| words.months.get(month.checked_sub(1)?))
        .map_or_else(
            || date.month().to_string(),
            |month| month.as_str().to_owned(),
        );
    fill(
        words.date_format.as_str(),
        &[
            ("day", &date.day().to_string()),
            ("month", &month),
            ("year", &date.year().to_string()),
        ],
    )
}

/// `a`, `a and b`, `a, b and c`, with the language's word for "and".
pub fn joined(items: &[&str], and: &str) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} {and} {last}", rest.join(", ")),
    }
}

/// What an availability is called.
pub fn status_words(words: &CliniciansPage, status: Status) -> &str {
    let status_words = &words.status;
    match status {
        Status::Accepting => status_words.accepting.as_str(),
        Status::Waitlist => status_words.waitlist.as_str(),
        Status::NotAccepting => status_words.not_accepting.as_str(),
    }
}

/// A licence in one line, as boards ask it to be shown beside the name:
/// its title, state and number.
pub fn licence_line(words: &CliniciansPage, licence: &Licence) -> String {
    format!(
        "{} · {} · {} {}",
        licence.title.as_str(),
        licence.state.as_str(),
        words.licence_label.as_str(),
        licence.number.as_str()
    )
}

/// Where someone can see a clinician: each office in person, then by video
/// in the states their licences cover.
pub fn where_lines(content: &Content, clinician: &Clinician) -> Vec<String> {
    let words = &content.pages.clinicians;
    let offices = clinician.offices.iter().flatten().filter_map(|office| {
        let office = content.practice.office(office.id())?;
        let place = format!("{} ({})", office.name.as_str(), office.address.as_str());
        Some(fill(words.in_person.as_str(), &[("office", &place)]))
    });
    let states = clinician.video_states();
    let video = (!states.is_empty()).then(|| video_line(words, &states));
    offices.chain(video).collect()
}

/// "By secure video, for people who are in Oregon and Washington during the
/// session".
pub fn video_line(words: &CliniciansPage, states: &[&str]) -> String {
    fill(
        words.by_video.as_str(),
        &[("states", &joined(states, words.and.as_str()))],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{editions, main_edition};

    #[test]
    fn lists_are_joined_as_the_language_joins_them() {
        assert_eq!(joined(&[], "and"), "");
        assert_eq!(joined(&["Oregon"], "and"), "Oregon");
        assert_eq!(
            joined(&["Oregon", "Washington"], "y"),
            "Oregon y Washington"
        );
        assert_eq!(joined(&["a", "b", "c"], "and"), "a, b and c");
    }

    #[test]
    fn dates_are_written_by_each_languages_format() {
        let date = Date::new(2026, 11, 20).unwrap();
        let english = &main_edition().pages.clinicians;
        assert_eq!(written_date(english, &date), "November 20, 2026");
        let spanish = &editions()[1].pages.clinicians;
        assert_eq!(written_date(spanish, &date), "20 de noviembre de 2026");
    }

    #[test]
    fn video_is_offered_only_where_a_licence_covers_it() {
        let content = main_edition();
        let ruth = &content.clinicians[0];
        let samuel = &content.clinicians[1];
        let lines = |clinician| where_lines(content, clinician).join(" | ");
        assert!(
            lines(ruth).contains("Oregon and Washington"),
            "{}",
            lines(ruth)
        );
        assert!(
            lines(samuel).contains("in Oregon during"),
            "{}",
            lines(samuel)
        );
        assert!(!lines(samuel).contains("Washington"), "{}", lines(samuel));
        assert!(lines(samuel).starts_with("In person at the Portland office"));
        assert_eq!(content.video_states(), ["Oregon", "Washington"]);
    }

    #[test]
    fn a_licence_line_gives_title_state_and_number() {
        let content = main_edition();
        let line = licence_line(
            &content.pages.clinicians,
            content.clinicians[1].main_licence(),
        );
        assert_eq!(
            line,
            "Licensed Clinical Social Worker (LCSW) · Oregon · Licence L8042 (sample)"
        );
    }
}
