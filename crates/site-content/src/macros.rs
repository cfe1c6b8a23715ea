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
/// page, which has none).
macro_rules! page_registry {
    (
        $(#[$meta:meta])*
        $( $id:ident = $name:literal, $field:ident : $ty:ty; )*
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum PageId {
            $( #[doc = concat!("`content/pages/", $name, ".toml`")] $id, )*
        }

        impl PageId {
            /// Every page with an address, in the registry's order.
            pub const ALL: &'static [PageId] = &[ $( PageId::$id, )* ];

            /// The page's name: its content file's stem, and its address
            /// after `/` (the home page's address is `/` itself).
            pub const fn name(self) -> &'static str {
                match self { $( PageId::$id => $name, )* }
            }
        }

        /// The content of every page, one file each in `content/pages/`.
        #[derive(Clone, Debug, PartialEq)]
        pub struct Pages {
            $( pub $field: $ty, )*
            /// `pages/not-found.toml`: the page for an unknown address.
            pub not_found: NotFoundPage,
        }

        impl Pages {
            /// The `[page]` table of a page.
            pub fn meta(&self, id: PageId) -> &PageMeta {
                match id { $( PageId::$id => &self.$field.page, )* }
            }

            /// Reads every page's file through `read`, which keeps each
            /// mistake; `None` if any file could not be read.
            #[cfg(feature = "build")]
            pub(crate) fn read(read: &mut impl $crate::load::ReadPart) -> Option<Self> {
                $( let $field = read.page(PageId::$id.file()); )*
                let not_found = read.page($crate::model::NOT_FOUND_FILE);
                Some(Self { $( $field: $field?, )* not_found: not_found? })
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
                    ($crate::model::NOT_FOUND_FILE.to_owned(), NotFoundPage::kind()),
                ]
            }

            /// Each page's file (`pages/faq.toml`) with its content, to walk.
            pub fn files(&self) -> Vec<(String, &dyn $crate::walk::Walk)> {
                vec![
                    $( (PageId::$id.file(), &self.$field as &dyn $crate::walk::Walk), )*
                    ($crate::model::NOT_FOUND_FILE.to_owned(), &self.not_found),
                ]
            }
        }
    };
}
