//! The content's templates: sentences with `{name}` placeholders that the
//! site fills in, as text or as runs around a link.

/// Puts values into a content template: `{count}` becomes the count.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_owned(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}

/// `template` in runs of plain text and placeholders, for a sentence whose
/// blanks become more than text (a link): `Ok(text)` as written, `Err(i)`
/// where `{names[i]}` stands.
pub fn split_blanks<'a>(template: &'a str, names: &[&str]) -> Vec<Result<&'a str, usize>> {
    let mut runs = Vec::new();
    let mut rest = template;
    loop {
        let next = names
            .iter()
            .enumerate()
            .filter_map(|(index, name)| Some((rest.find(&format!("{{{name}}}"))?, index)))
            .min();
        let Some((at, index)) = next else {
            break;
        };
        if at > 0 {
            runs.push(Ok(&rest[..at]));
        }
        runs.push(Err(index));
        rest = &rest[at + names[index].len() + 2..];
    }
    if !rest.is_empty() {
        runs.push(Ok(rest));
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blanks_split_a_sentence_in_order() {
        assert_eq!(
            split_blanks("Email {email} or call {phone}.", &["phone", "email"]),
            [Ok("Email "), Err(1), Ok(" or call "), Err(0), Ok(".")]
        );
        assert_eq!(split_blanks("{email}", &["email"]), [Err(0)]);
        assert_eq!(split_blanks("No blanks", &["email"]), [Ok("No blanks")]);
    }

    #[test]
    fn templates_are_filled_by_name() {
        assert_eq!(
            fill("{count} of {total}", &[("count", "2"), ("total", "9")]),
            "2 of 9"
        );
        assert_eq!(fill("No “{query}”", &[("query", "fees")]), "No “fees”");
    }
}
