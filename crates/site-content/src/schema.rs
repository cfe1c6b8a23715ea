//! The shape of the content as data: each content type's fields, in the
//! order it declares them, and what kind of value each holds. The content
//! editor's configuration is generated from this (`cms`), so the editor
//! knows exactly the fields the loader accepts. `content_type!` writes the
//! description of each content type.

use crate::date::Date;
use crate::text::{Paragraph, Phone, Ref, Text};

/// Where a content type is written, relative to the content folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// One file (`practice.toml`, `pages/faq.toml`).
    File(String),
    /// A folder of files of one type, one per item (`clinicians/`).
    Folder(&'static str),
}

/// Every content file and folder, with the shape of what it holds: the
/// frame and the practice, each page of the registry, the clinicians.
pub fn content_files() -> Vec<(Place, Kind)> {
    use crate::model::{Clinician, Crisis, Pages, Practice, Site};
    let mut files = vec![
        (Place::File("site.toml".into()), Site::kind()),
        (Place::File("practice.toml".into()), Practice::kind()),
        (Place::File("crisis.toml".into()), Crisis::kind()),
    ];
    files.extend(
        Pages::described()
            .into_iter()
            .map(|(file, kind)| (Place::File(file), kind)),
    );
    files.push((
        Place::Folder(crate::load::CLINICIANS_FOLDER),
        Clinician::kind(),
    ));
    files
}

/// Fields (by content type and key) that hold one fact for every language:
/// the editor fills them in once, for the main language, and the loader
/// refuses a translation that differs.
pub const SHARED: &[(&str, &str)] = &[
    ("Practice", "site_url"),
    ("Practice", "phone"),
    ("Practice", "email"),
    ("Practice", "jurisdictions"),
    ("Practice", "registrations"),
    ("Practice", "booking_url"),
    ("Practice", "portal_url"),
    ("Practice", "clinicians"),
    ("Clinician", "offices"),
    ("Clinician", "video_states"),
    ("Clinician", "medicare"),
    ("Clinician", "medicaid"),
    ("Photo", "file"),
    ("Availability", "status"),
    ("Availability", "as_of"),
];

/// Whether a content type's field is one of the [`SHARED`] facts.
pub fn is_shared(table: &str, key: &str) -> bool {
    SHARED.contains(&(table, key))
}

/// The dotted keys (`photo.file`) of every shared fact in a file of this
/// kind, through its tables (not into lists, whose items each language
/// may order and word as it likes).
pub fn shared_paths(kind: &Kind) -> Vec<String> {
    let Some(table) = kind.table().filter(|_| matches!(kind, Kind::Table(_))) else {
        return Vec::new();
    };
    let mut paths = Vec::new();
    for field in &table.fields {
        if is_shared(table.name, field.key) {
            paths.push(field.key.to_owned());
        } else if let Kind::Table(_) = field.kind.required() {
            paths.extend(
                shared_paths(field.kind.required())
                    .into_iter()
                    .map(|inner| format!("{}.{inner}", field.key)),
            );
        }
    }
    paths
}

/// What a field holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A line of words.
    Text,
    /// A paragraph, in which glossary terms can be marked.
    Paragraph,
    /// A telephone number as the practice writes it.
    Phone,
    /// The id of something defined elsewhere (a page, a region, a board).
    Ref,
    /// A day, `2026-11-20`.
    Date,
    /// One of a fixed set of words.
    Choice(&'static [&'static str]),
    /// Any number of values of one kind, in order.
    List(Box<Kind>),
    /// A value that may be left out.
    Optional(Box<Kind>),
    /// A table of named fields: a content type.
    Table(Table),
    /// Not written in the file: the loader fills it in (a clinician's slug
    /// is their file's name).
    Derived,
}

/// A content type's fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    /// The type's name in the model (`Practice`), which the guide is keyed by.
    pub name: &'static str,
    pub fields: Vec<Field>,
}

/// One field of a content type: its TOML key and what it holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    pub key: &'static str,
    pub kind: Kind,
}

/// A value whose shape can be described.
pub trait Describe {
    fn kind() -> Kind;
}

impl Describe for Text {
    fn kind() -> Kind {
        Kind::Text
    }
}

impl Describe for Paragraph {
    fn kind() -> Kind {
        Kind::Paragraph
    }
}

impl Describe for Phone {
    fn kind() -> Kind {
        Kind::Phone
    }
}

impl Describe for Ref {
    fn kind() -> Kind {
        Kind::Ref
    }
}

impl Describe for Date {
    fn kind() -> Kind {
        Kind::Date
    }
}

// The only plain `String` in the model is what the loader derives itself.
impl Describe for String {
    fn kind() -> Kind {
        Kind::Derived
    }
}

impl<T: Describe> Describe for Vec<T> {
    fn kind() -> Kind {
        Kind::List(Box::new(T::kind()))
    }
}

impl<T: Describe> Describe for Option<T> {
    fn kind() -> Kind {
        Kind::Optional(Box::new(T::kind()))
    }
}

impl Kind {
    /// The table this kind is, or holds a list of, or may be.
    pub fn table(&self) -> Option<&Table> {
        match self {
            Kind::Table(table) => Some(table),
            Kind::List(inner) | Kind::Optional(inner) => inner.table(),
            _ => None,
        }
    }

    /// Every content type reachable from this one (itself first), each
    /// once, in the order first met.
    pub fn tables(&self) -> Vec<&Table> {
        let mut found: Vec<&Table> = Vec::new();
        fn visit<'a>(kind: &'a Kind, found: &mut Vec<&'a Table>) {
            let Some(table) = kind.table() else { return };
            if found.iter().any(|seen| seen.name == table.name) {
                return;
            }
            found.push(table);
            for field in &table.fields {
                visit(&field.kind, found);
            }
        }
        visit(self, &mut found);
        found
    }
}

impl Kind {
    /// The kind of value, whether or not it may be left out.
    pub fn required(&self) -> &Kind {
        match self {
            Kind::Optional(inner) => inner.required(),
            other => other,
        }
    }
}

impl Table {
    /// The field with this key.
    pub fn field(&self, key: &str) -> Option<&Field> {
        self.fields.iter().find(|field| field.key == key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Clinician, Practice};

    #[test]
    fn a_content_type_describes_its_fields_in_declared_order_with_their_kinds() {
        let Kind::Table(practice) = Practice::kind() else {
            panic!("a content type is a table");
        };
        assert_eq!(practice.name, "Practice");
        let keys: Vec<&str> = practice.fields.iter().map(|field| field.key).collect();
        assert_eq!(keys[..4], ["name", "tagline", "site_url", "phone"]);
        assert_eq!(practice.field("phone").unwrap().kind, Kind::Phone);
        assert_eq!(
            practice.field("booking_url").unwrap().kind,
            Kind::Optional(Box::new(Kind::Text))
        );
        assert_eq!(
            practice
                .field("offices")
                .unwrap()
                .kind
                .table()
                .unwrap()
                .name,
            "Office"
        );
    }

    #[test]
    fn every_shared_fact_is_a_field_of_the_model() {
        let tables: Vec<Table> = content_files()
            .iter()
            .flat_map(|(_, kind)| kind.tables().into_iter().cloned())
            .collect();
        for (name, key) in SHARED {
            assert!(
                tables
                    .iter()
                    .any(|table| table.name == *name && table.field(key).is_some()),
                "{name}.{key} is not in the model"
            );
        }
    }

    #[test]
    fn a_clinician_holds_a_choice_a_date_and_a_derived_slug() {
        let clinician = Clinician::kind();
        let table = clinician.table().unwrap();
        assert_eq!(table.field("slug").unwrap().kind, Kind::Derived);
        let availability = table.field("availability").unwrap().kind.table().unwrap();
        assert_eq!(
            availability.field("status").unwrap().kind,
            Kind::Choice(&["accepting", "waitlist", "not-accepting"])
        );
        assert_eq!(availability.field("as_of").unwrap().kind, Kind::Date);
        assert_eq!(
            shared_paths(&clinician),
            [
                "photo.file",
                "offices",
                "video_states",
                "availability.status",
                "availability.as_of",
                "medicare",
                "medicaid"
            ]
        );
        let names: Vec<&str> = clinician.tables().iter().map(|t| t.name).collect();
        assert_eq!(
            names,
            [
                "Clinician",
                "Photo",
                "Availability",
                "Licence",
                "Supervisor"
            ]
        );
    }
}
