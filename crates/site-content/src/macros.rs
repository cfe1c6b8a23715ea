/// Declares a content type once: the plain data the site uses, plus (with the
/// `build` feature) its strict TOML deserializer, the walk over its leaves
/// that the checks use, and the description of its fields that the content
/// editor's configuration is generated from.
macro_rules! content_type {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$field_meta:meta])* pub $field:ident : $ty:ty ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq)]
        #[cfg_attr(feature = "build", derive(serde::Deserialize))]
        #[cfg_attr(feature = "build", serde(deny_unknown_fields))]
        pub struct $name {
            $( $(#[$field_meta])* pub $field: $ty, )*
        }

        #[cfg(feature = "build")]
        impl $crate::schema::Describe for $name {
            fn kind() -> $crate::schema::Kind {
                $crate::schema::Kind::Table($crate::schema::Table {
                    name: stringify!($name),
                    fields: vec![$( $crate::schema::Field {
                        key: stringify!($field),
                        kind: <$ty as $crate::schema::Describe>::kind(),
                    }, )*],
                })
            }
        }

        #[cfg(feature = "build")]
        impl $crate::walk::Walk for $name {
            fn walk(&self, visit: &mut dyn FnMut($crate::walk::Leaf<'_>)) {
                $( self.$field.walk(visit); )*
            }
        }
    };
}

/// Declares the page registry: `PageId`, one variant per page with an
/// address, and `Pages`, the loaded content of each (plus the not-found
/// page, which has none). The pages under `notices` are the legal notices a
/// jurisdiction may require: each one exists when its file does, and the
/// practice's packs decide which must.
macro_rules! page_registry {
    (
        $(#[$meta:meta])*
        pages { $( $id:ident = $name:literal, $field:ident : $ty:ty; )* }
        notices { $( $notice_id:ident = $notice_name:literal, $notice_field:ident; )* }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum PageId {
            $( #[doc = concat!("`content/pages/", $name, ".toml`")] $id, )*
            $( #[doc = concat!("`content/pages/", $notice_name, ".toml`, where a pack requires it")] $notice_id, )*
        }

        impl PageId {
            /// Every page with an address, in the registry's order.
            pub const ALL: &'static [PageId] = &[ $( PageId::$id, )* $( PageId::$notice_id, )* ];

            /// The legal notices, each a page where the practice's packs
            /// require it.
            pub const NOTICES: &'static [PageId] = &[ $( PageId::$notice_id, )* ];

            /// The page's name: its content file's stem, and its address
            /// after `/` (the home page's address is `/` itself).
            pub const fn name(self) -> &'static str {
                match self {
                    $( PageId::$id => $name, )*
                    $( PageId::$notice_id => $notice_name, )*
                }
            }
        }

        /// The content of every page, one file each in `content/pages/`.
        #[derive(Clone, Debug, PartialEq)]
        pub struct Pages {
            $( pub $field: $ty, )*
            $( pub $notice_field: Option<NoticePage>, )*
            /// `pages/not-found.toml`: the page for an unknown address.
            pub not_found: NotFoundPage,
        }

        impl Pages {
            /// Whether the page is published: every page but a notice whose
            /// file the practice has not written.
            pub fn has(&self, id: PageId) -> bool {
                match id {
                    $( PageId::$id => true, )*
                    $( PageId::$notice_id => self.$notice_field.is_some(), )*
                }
            }

            /// A notice page's content, if it is published.
            pub fn notice(&self, id: PageId) -> Option<&NoticePage> {
                match id {
                    $( PageId::$notice_id => self.$notice_field.as_ref(), )*
                    _ => None,
                }
            }

            /// The `[page]` table of a published page.
            pub fn meta(&self, id: PageId) -> &PageMeta {
                match id {
                    $( PageId::$id => &self.$field.page, )*
                    $( PageId::$notice_id => &self.$notice_field.as_ref().unwrap_or_else(|| {
                        panic!("the notice {} is not published: ask `has` first", $notice_name)
                    }).page, )*
                }
            }

            /// Reads every page's file through `read`, which keeps each
            /// mistake; `None` if any file could not be read.
            #[cfg(feature = "build")]
            pub(crate) fn read(read: &mut impl $crate::load::ReadPart) -> Option<Self> {
                $( let $field = read.page(PageId::$id.file()); )*
                $( let $notice_field = read.optional_page(PageId::$notice_id.file()); )*
                let not_found = read.page($crate::model::NOT_FOUND_FILE);
                Some(Self {
                    $( $field: $field?, )*
                    $( $notice_field: $notice_field?, )*
                    not_found: not_found?,
                })
            }
        }

        #[cfg(feature = "build")]
        impl Pages {
            /// Each page's file (`pages/faq.toml`) with the shape of its
            /// content, in the registry's order, then the not-found page.
            pub fn described() -> Vec<(String, $crate::schema::Kind)> {
                use $crate::schema::Describe;
                vec![
                    $( (PageId::$id.file(), <$ty>::kind()), )*
                    $( (PageId::$notice_id.file(), NoticePage::kind()), )*
                    ($crate::model::NOT_FOUND_FILE.to_owned(), NotFoundPage::kind()),
                ]
            }

            /// Each published page's file (`pages/faq.toml`) with its
            /// content, to walk.
            pub fn files(&self) -> Vec<(String, &dyn $crate::walk::Walk)> {
                let mut files: Vec<(String, &dyn $crate::walk::Walk)> = vec![
                    $( (PageId::$id.file(), &self.$field as &dyn $crate::walk::Walk), )*
                ];
                $( if let Some(notice) = &self.$notice_field {
                    files.push((PageId::$notice_id.file(), notice as &dyn $crate::walk::Walk));
                } )*
                files.push(($crate::model::NOT_FOUND_FILE.to_owned(), &self.not_found));
                files
            }
        }
    };
}

/// Declares a fixed set of words the content chooses from (`status =
/// "waitlist"`): the enum, its names in the order of the variants, and
/// (with the `build` feature) how it is read, described and walked.
macro_rules! choice {
    (
        $(#[$meta:meta])*
        pub enum $name:ident { $( $(#[$variant_meta:meta])* $variant:ident = $word:literal ),* $(,)? }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[cfg_attr(feature = "build", derive(serde::Deserialize))]
        pub enum $name {
            $( $(#[$variant_meta])* #[cfg_attr(feature = "build", serde(rename = $word))] $variant, )*
        }

        impl $name {
            /// Each choice's name, in the order of the variants, as the
            /// content writes it (and as addresses and class names use it).
            pub const NAMES: &'static [&'static str] = &[$( $word, )*];

            /// This choice's name, as the content writes it.
            pub fn name(self) -> &'static str {
                Self::NAMES[self as usize]
            }
        }

        #[cfg(feature = "build")]
        impl $crate::schema::Describe for $name {
            fn kind() -> $crate::schema::Kind {
                $crate::schema::Kind::Choice(Self::NAMES)
            }
        }

        #[cfg(feature = "build")]
        impl $crate::walk::Walk for $name {
            fn walk(&self, _visit: &mut dyn FnMut($crate::walk::Leaf<'_>)) {}
        }
    };
}
