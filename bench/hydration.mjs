// Time to hydration: without throttling, in one Chromium, each sample in a
// fresh browser context so that nothing is cached. The app marks
// performance.mark("hydrated") once its islands are live; a page without the
// mark reports null.
import { withChromium } from './chromium.mjs';
import { fmtMs } from './format.mjs';
import { median } from './stats.mjs';

/// Per route: every run's time to hydration and console errors, and the median.
export function hydrationTimes({ site, routes, runs, tmpRoot, log = () => {} }) {
  return withChromium(tmpRoot, 'hydration', async (browser) => {
    const result = {};
    for (const route of routes) {
      const samples = [];
      for (let run = 1; run <= runs; run++) {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        const errors = [];
        page.on('console', (m) => ['error', 'warn', 'warning'].includes(m.type()) && errors.push(m.text()));
        page.on('pageerror', (e) => errors.push(String(e)));
        await page.goto(site + route, { waitUntil: 'load', timeout: 30_000 });
        // The wasm starts after the first paint; a page without islands would
        // never set the mark, so the wait is bounded.
        await page
          .waitForFunction(() => performance.getEntriesByName('hydrated').length > 0, {
            polling: 50,
            timeout: 10_000,
          })
          .catch(() => {});
        const sample = await page.evaluate(() => ({
          hydratedMs: performance.getEntriesByName('hydrated')[0]?.startTime ?? null,
        }));
        samples.push({ ...sample, consoleErrors: errors });
        await context.close();
      }
      const values = samples.map((s) => s.hydratedMs);
      result[route] = { hydratedMs: values.includes(null) ? null : median(values), samples };
      const hydrated = result[route].hydratedMs;
      log(`  ${route}: hydrated ${fmtMs(hydrated)}`);
    }
    return result;
  });
}
