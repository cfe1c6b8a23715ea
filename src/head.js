// Runs in <head>, before the first paint, inline (the Content-Security-
// Policy allows it by its hash, which the build computes): applies the
// visitor's saved reading preferences to <html>, so no page ever flashes in
// the wrong theme or size; makes the quick exit work from the first moment,
// before (or without) the wasm; keeps a press on a button that waits for
// the wasm; and once the page is painted, starts the wasm (data-boot names
// the start-up script). The build fills in the names below.
(() => {
  const bootScript = document.currentScript.dataset.boot;
  const known = __PREFERENCES__;
  try {
    const saved = localStorage.getItem("__STORAGE_KEY__") || "";
    for (const pair of saved.split(";")) {
      const [name, value] = pair.split("=");
      if (known[name] && known[name].includes(value)) {
        document.documentElement.setAttribute("data-" + name, value);
      }
    }
  } catch {
    // Storage can be switched off; the usual settings then apply.
  }

  // The quick exit replaces this page in the history, so Back does not
  // return to it. Escape pressed twice within a second does the same.
  const leave = () => {
    const exit = document.querySelector(".quick-exit");
    if (exit) location.replace(exit.href);
  };
  addEventListener("click", (event) => {
    if (event.target.closest && event.target.closest(".quick-exit")) {
      event.preventDefault();
      leave();
    }
  });
  // An Escape that the page used (closing a popover, a panel, clearing a
  // search box), one held down, or one that ends typing with an input
  // method is not a press towards leaving. Safari ends the composition
  // before keydown (isComposing false), but still says keyCode 229.
  const popoverOpen = () => {
    try {
      return document.querySelector(":popover-open") !== null;
    } catch {
      return false;
    }
  };
  let lastEscape = -Infinity;
  addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || event.repeat) return;
    const field = event.target;
    const used =
      event.isComposing ||
      event.keyCode === 229 ||
      event.defaultPrevented ||
      popoverOpen() ||
      (field.type === "search" && field.value !== "");
    if (used) {
      lastEscape = -Infinity;
      return;
    }
    if (event.timeStamp - lastEscape < 1000) leave();
    lastEscape = event.timeStamp;
  });

  // A button that only an island's wasm can answer may be pressed before
  // the wasm has arrived: the press is kept on the button, and the start-up
  // script presses it again once its island has come to life.
  addEventListener(
    "click",
    (event) => {
      const button =
        event.target.closest &&
        event.target.closest("leptos-island:not([__HYDRATED__]) button[type=button]:not([popovertarget])");
      if (button) {
        button.setAttribute("__PRESSED__", Number(button.getAttribute("__PRESSED__") || 0) + 1);
      }
    },
    true,
  );

  // Nothing for the wasm is fetched before the page has loaded and its main
  // content has been painted: it never competes with the HTML and CSS for
  // the first view.
  const boot = () => {
    const script = document.createElement("script");
    script.type = "module";
    script.src = bootScript;
    document.head.append(script);
  };
  let booting = false;
  const afterNextFrame = () => {
    if (booting) return;
    booting = true;
    requestAnimationFrame(() => requestAnimationFrame(boot));
  };
  addEventListener(
    "load",
    () => {
      if (!PerformanceObserver.supportedEntryTypes?.includes("largest-contentful-paint")) {
        afterNextFrame();
        return;
      }
      new PerformanceObserver((_, observer) => {
        observer.disconnect();
        afterNextFrame();
      }).observe({ type: "largest-contentful-paint", buffered: true });
      // An engine may report no largest paint at all: Firefox reports none
      // for a page opened at a fragment (/first-steps#…), which would leave
      // it without its islands. The wait for the paint is then capped.
      setTimeout(afterNextFrame, 1500);
    },
    { once: true },
  );
})();
