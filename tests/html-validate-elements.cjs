// html-validate's element rules, brought up to the current HTML standard:
// `<link rel="expect" blocking="render">` holds the first frame until an
// element is parsed (the validator allows `blocking` on stylesheets and
// preloads only).
const { defineMetadata, metadataHelper } = require("html-validate");

module.exports = defineMetadata({
  link: {
    attributes: {
      blocking: {
        allowed: metadataHelper.allowedIfAttributeHasValue("rel", [
          "stylesheet",
          "preload",
          "modulepreload",
          "expect",
        ]),
        list: true,
        enum: ["render"],
      },
    },
  },
});
