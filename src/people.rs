//! How the practice's people are put into words: a date, a list of states,
//! where someone can be seen, an availability. Plain functions over the
//! content, so the rules are tested without a browser.

use crate::template::fill;
use site_content::{
    Clinician, CliniciansPage, Content, Date, Jurisdiction, Licence, Limit, Status,
};

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

/// The professions of the practice's clinicians licensed in a place: by
/// its own boards, or, for a place with none (a country whose licences are
/// the states'), every profession in the practice.
fn professions_in<'a>(content: &'a Content, pack: &Jurisdiction) -> Vec<&'a str> {
    let licensed = content
        .clinicians
        .iter()
        .flat_map(|clinician| &clinician.licences)
        .filter_map(|licence| content.board(licence.board.id()))
        .filter(|(place, _)| pack.boards.is_empty() || place.id == pack.id)
        .map(|(_, board)| board.profession.as_str());
    site_content::distinct(licensed)
}

/// The limits to confidentiality that apply to this practice, with the
/// place each belongs to: each of its places' limits for every profession,
/// or for a profession of someone licensed there.
pub fn legal_limits(content: &Content) -> Vec<(&str, &Limit)> {
    content
        .jurisdictions
        .iter()
        .flat_map(|pack| {
            let here = professions_in(content, pack);
            pack.confidentiality
                .iter()
                .filter(move |limit| match &limit.professions {
                    None => true,
                    Some(named) => named.iter().any(|p| here.contains(&p.as_str())),
                })
                .map(move |limit| (pack.name.as_str(), limit))
        })
        .collect()
}

/// The sentences that say where each clinician stands with Medicare and the
/// Medicaid programme of each place they are licensed in, from the packs
/// that describe them; none where no pack does.
pub fn payer_sentences(content: &Content) -> Vec<String> {
    let medicare = content
        .jurisdictions
        .iter()
        .find_map(|pack| pack.medicare.as_ref());
    let mut sentences = Vec::new();
    for clinician in &content.clinicians {
        let name = clinician.name.as_str();
        if let (Some(words), Some(status)) = (medicare, clinician.medicare) {
            sentences.push(fill(words.sentence(status).as_str(), &[("name", name)]));
        }
        let places: Vec<&str> = clinician.licensed_states();
        for pack in content
            .jurisdictions
            .iter()
            .filter(|pack| places.contains(&pack.name.as_str()))
        {
            if let (Some(words), Some(status)) = (&pack.medicaid, clinician.medicaid) {
                sentences.push(fill(
                    words.sentence(status).as_str(),
                    &[("name", name), ("programme", words.programme.as_str())],
                ));
            }
        }
    }
    sentences
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
    fn each_clinician_gets_the_limits_of_their_profession_where_they_are_licensed() {
        let content = main_edition();
        let limits: Vec<(&str, &str)> = legal_limits(content)
            .into_iter()
            .map(|(place, limit)| (place, limit.cite.as_str()))
            .collect();
        // A psychologist and a social worker in Oregon: both of Oregon's
        // profession-specific limits; a psychologist in Washington: its
        // psychologists' one; every place's limits for all.
        assert!(
            limits.contains(&("Oregon", "ORS 419B.010(1)")),
            "{limits:?}"
        );
        assert!(limits
            .iter()
            .any(|(place, cite)| *place == "Oregon" && cite.contains("State v. Judd")));
        assert!(
            limits.contains(&("Washington", "RCW 26.44.030, RCW 74.34.020")),
            "{limits:?}"
        );
        assert!(
            limits.contains(&("United States", "45 CFR 164.512(j)")),
            "{limits:?}"
        );
        let mut without_the_social_worker = content.clone();
        without_the_social_worker.clinicians.truncate(1);
        let limits: Vec<String> = legal_limits(&without_the_social_worker)
            .into_iter()
            .map(|(_, limit)| limit.cite.as_str().to_owned())
            .collect();
        assert!(
            !limits.iter().any(|cite| cite.contains("State v. Judd")),
            "{limits:?}"
        );
    }

    #[test]
    fn each_clinicians_medicare_sentence_follows_their_status() {
        let content = main_edition();
        let sentences = payer_sentences(content);
        assert!(
            sentences
                .iter()
                .any(|s| s.starts_with("Ruth Alvarado has opted out of Medicare")),
            "{sentences:?}"
        );
        assert!(
            sentences.iter().any(|s| s
                .starts_with("Samuel Okoye is not enrolled with Medicare and has not opted out")),
            "{sentences:?}"
        );
        // Ruth is licensed in Oregon and Washington, Samuel in Oregon only.
        let medicaid = |name: &str| {
            sentences
                .iter()
                .filter(|s| s.starts_with(name) && s.contains("Medicaid,"))
                .count()
        };
        assert_eq!(
            (medicaid("Ruth Alvarado"), medicaid("Samuel Okoye")),
            (2, 1),
            "{sentences:?}"
        );
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
            "Licensed Clinical Social Worker (LCSW) · Oregon · License L8042 (sample)"
        );
    }
}
