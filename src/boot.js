// The site's start-up script (the build fills in the names), started by
// the head script once the page's main content is painted: the wasm only
// brings the islands of the complete HTML page to life. Each island starts
// on its own: one that fails is named in the console and the others still
// start; a wasm that fails leaves the page as it is, working without it.
const root = document.documentElement;
// A visitor who follows a link before the wasm has arrived ends its download
// (Firefox then rejects it): that is no failure to report.
let leaving = false;
addEventListener("beforeunload", () => (leaving = true));
let app;
try {
  app = await import("__GLUE__");
  await app.default({ module_or_path: "__WASM__" });
} catch (error) {
  app = undefined;
  root.setAttribute("__WASM_FAILED__", "");
  if (!leaving) console.error("The site's wasm did not start; every page works without it.", error);
}
for (const island of app ? document.querySelectorAll("leptos-island") : []) {
  const name = island.dataset.component;
  try {
    app[name](island);
    island.setAttribute("__HYDRATED__", "");
    // Presses made before the wasm arrived, made again now.
    for (const button of island.querySelectorAll("[__PRESSED__]")) {
      const times = Number(button.getAttribute("__PRESSED__"));
      button.removeAttribute("__PRESSED__");
      for (let press = 0; press < times; press++) button.click();
    }
  } catch (error) {
    console.error(`The island ${name.replace(/_[0-9]+$/, "")} did not start; the rest of the page works without it.`, error);
  }
}
performance.mark("hydrated");
