// The rig's probe, for engines whose driver cannot read the console: it
// reports every error and warning a page shows, as Chromium's log would.
(() => {
  const address = new URL("report", document.currentScript.src);
  const report = (text) => navigator.sendBeacon(address, text);
  for (const level of ["error", "warn"]) {
    const original = console[level];
    console[level] = (...parts) => {
      report(`console.${level}: ${parts.map(String).join(" ")}`);
      original.apply(console, parts);
    };
  }
  addEventListener("error", (event) => {
    const source = event.target;
    report(source === window
      ? `uncaught: ${event.message} at ${event.filename}:${event.lineno}`
      : `failed to load: <${source.localName}> ${source.src || source.href || ""}`);
  }, true);
  addEventListener("unhandledrejection", (event) => report(`unhandled rejection: ${event.reason}`));
  document.addEventListener("securitypolicyviolation", (event) =>
    report(`refused by the policy: ${event.violatedDirective} ${event.blockedURI}`));
})();
