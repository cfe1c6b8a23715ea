//! What the practice sets in `wrangler.toml`: its site, and where requests
//! go.

use url::Url;

/// The relay's settings, from its environment's variables.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// The site's origin (`https://www.example.org`): the only one whose
    /// pages may send requests, and where visitors are sent back to.
    pub site: Url,
    /// The sender: an address on a domain with Email Routing.
    pub from: String,
    /// The practice's verified destination address.
    pub to: String,
    /// The subject of every email (the request id is added).
    pub subject: String,
}

/// The variables, by name.
pub const SITE_ORIGIN: &str = "SITE_ORIGIN";
pub const MAIL_FROM: &str = "MAIL_FROM";
pub const MAIL_TO: &str = "MAIL_TO";
pub const MAIL_SUBJECT: &str = "MAIL_SUBJECT";

impl Config {
    /// Reads the settings through `var`; the first one missing or wrong is
    /// named.
    pub fn read(var: impl Fn(&str) -> Option<String>) -> Result<Self, String> {
        let get = |name: &str| {
            var(name)
                .map(|value| value.trim().to_owned())
                .filter(|value| !value.is_empty())
                .ok_or_else(|| format!("{name} is not set in wrangler.toml's [vars]"))
        };
        let origin = get(SITE_ORIGIN)?;
        let site = Url::parse(&origin)
            .ok()
            .filter(|url| {
                matches!(url.scheme(), "https" | "http")
                    && url.path() == "/"
                    && url.query().is_none()
                    && url.username().is_empty()
                    && url.origin().ascii_serialization() == origin.trim_end_matches('/')
            })
            .ok_or_else(|| {
                format!("{SITE_ORIGIN} must be the site's origin alone, such as https://www.example.org (it is {origin:?})")
            })?;
        let address = |name: &str| {
            let value = get(name)?;
            consultation::is_email(&value)
                .then_some(value.clone())
                .ok_or_else(|| format!("{name} is not an email address (it is {value:?})"))
        };
        Ok(Config {
            site,
            from: address(MAIL_FROM)?,
            to: address(MAIL_TO)?,
            subject: get(MAIL_SUBJECT)?,
        })
    }

    /// The site's origin as browsers send it in `Origin`.
    pub fn origin(&self) -> String {
        self.site.origin().ascii_serialization()
    }

    /// An address on the site: a path that [`consultation::Return`] has
    /// checked.
    pub fn on_site(&self, path: &str) -> Url {
        let mut url = self.site.clone();
        url.set_path(path);
        url
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(origin: &str) -> impl Fn(&str) -> Option<String> + '_ {
        move |name| {
            Some(match name {
                SITE_ORIGIN => origin.to_owned(),
                MAIL_FROM => "requests@example.org".to_owned(),
                MAIL_TO => "intake@example.org".to_owned(),
                _ => "Consultation request".to_owned(),
            })
        }
    }

    #[test]
    fn the_site_is_an_origin_alone() {
        let config = Config::read(vars("https://www.example.org")).unwrap();
        assert_eq!(config.origin(), "https://www.example.org");
        assert_eq!(
            config.on_site("/es/request-sent").as_str(),
            "https://www.example.org/es/request-sent"
        );
        assert!(Config::read(vars("http://127.0.0.1:8080/")).is_ok());
        for wrong in [
            "www.example.org",
            "https://www.example.org/contact",
            "https://www.example.org/?x",
            "ftp://example.org",
            "https://user@example.org",
        ] {
            let error = Config::read(vars(wrong)).unwrap_err();
            assert!(error.starts_with(SITE_ORIGIN), "{wrong}: {error}");
        }
    }

    #[test]
    fn a_missing_or_wrong_setting_is_named() {
        let missing = Config::read(|name| (name != MAIL_TO).then(|| "x@example.org".to_owned()));
        assert!(missing.unwrap_err().starts_with(SITE_ORIGIN));
        let no_to = Config::read(|name| match name {
            SITE_ORIGIN => Some("https://example.org".to_owned()),
            MAIL_TO => None,
            _ => Some("x@example.org".to_owned()),
        });
        assert_eq!(
            no_to.unwrap_err(),
            "MAIL_TO is not set in wrangler.toml's [vars]"
        );
    }
}
