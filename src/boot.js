// The site's start-up script (the build fills in the two file names).
// The page is complete HTML; the wasm only brings its islands to life, so it
// waits until the page has loaded and been painted, and never competes with
// its HTML and CSS.
await new Promise((loaded) => {
  if (document.readyState === "complete") loaded();
  else addEventListener("load", loaded, { once: true });
});
await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));
const app = await import("__GLUE__");
await app.default({ module_or_path: "__WASM__" });
for (const island of document.querySelectorAll("leptos-island")) {
  app[island.dataset.component](island);
}
performance.mark("hydrated");
