//! The rules for the site's frame: the navigation, the crisis help every
//! page carries, the quick exit and the reading preferences.

use super::{check_line, web_address_problem, Loaded};
use crate::load::source::ContentError;
use crate::model::PageId;

impl Loaded {
    pub(super) fn check_navigation(&self, errors: &mut Vec<ContentError>) {
        let source = self.source("site.toml");
        let slugs: Vec<String> = PageId::ALL
            .iter()
            .filter(|page| **page != PageId::Home)
            .map(|page| page.name().to_owned())
            .collect();
        if self.content.site.navigation.is_empty() {
            errors.push(source.error_at_key(
                "navigation",
                "navigation",
                "add at least one [[navigation]] group",
            ));
        }
        for (index, group) in self.content.site.navigation.iter().enumerate() {
            if group.pages.is_empty() {
                errors.push(source.error_at(
                    group.label.span(),
                    format!("navigation[{index}].pages"),
                    "this group lists no pages; add some, or remove the group",
                ));
            }
            for (position, page) in group.pages.iter().enumerate() {
                let field = format!("navigation[{index}].pages[{position}]");
                let routed = PageId::from_slug(page.id()).filter(|id| *id != PageId::Home);
                match routed {
                    None => errors.push(self.unknown_reference(
                        source,
                        page,
                        &field,
                        "page",
                        slugs.clone(),
                        "pages/",
                    )),
                    Some(id) if self.content.pages.meta(id).nav_label.is_none() => {
                        let slug = id.name();
                        errors.push(source.error_at(
                            page.span(),
                            field,
                            format!("the page `{slug}` is in the navigation but has no `nav_label`; add a `page.nav_label = \"...\"` line to pages/{slug}.toml"),
                        ))
                    }
                    Some(_) => {}
                }
            }
        }
    }

    pub(super) fn check_crisis(&self, errors: &mut Vec<ContentError>) {
        let source = self.source("crisis.toml");
        for (index, line) in self.content.crisis.local_lines.iter().enumerate() {
            check_line(source, &format!("local_lines[{index}]"), line, errors);
        }
    }

    /// The quick exit must lead somewhere safe, and each reading preference
    /// must name exactly the options the site offers.
    pub(super) fn check_comfort(&self, errors: &mut Vec<ContentError>) {
        let site = &self.content.site;
        let exit = &site.quick_exit.url;
        let address = exit.as_str();
        if let Some(problem) = web_address_problem(address, false) {
            errors.push(self.source("site.toml").error_at(
                exit.span(),
                "quick_exit.url",
                format!("`{address}` is not a web address the quick exit can open ({problem}): write it in full, with https://, e.g. https://weather.com"),
            ));
        }
        let preferences = &site.preferences;
        let choices = [
            (
                "text_size",
                &preferences.text_size,
                "standard, large, larger",
            ),
            (
                "theme",
                &preferences.theme,
                "as the device, light, dark, high contrast",
            ),
            ("motion", &preferences.motion, "as the device, reduced"),
            ("line_spacing", &preferences.line_spacing, "standard, wider"),
        ];
        for (key, choice, meaning) in choices {
            let wanted = meaning.split(", ").count();
            if choice.options.len() != wanted {
                errors.push(self.source("site.toml").error_at(
                    choice.label.span(),
                    format!("preferences.{key}.options"),
                    format!(
                        "give {wanted} options, in this order: {meaning} (there are {})",
                        choice.options.len()
                    ),
                ));
            }
        }
    }
}
