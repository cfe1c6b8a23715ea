// The site's start-up script (the build fills in the two file names),
// started by the head script once the page's main content is painted:
// the wasm only brings the islands of the complete HTML page to life.
const app = await import("__GLUE__");
await app.default({ module_or_path: "__WASM__" });
for (const island of document.querySelectorAll("leptos-island")) {
  app[island.dataset.component](island);
}
performance.mark("hydrated");
