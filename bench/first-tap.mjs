// The first tap on a slow phone: on each route, in a Chromium throttled as
// Lighthouse's mobile settings describe a phone (150 ms round trip, 1.6 Mbps
// down, 750 kbps up, the CPU 4× slower), tap the Menu as soon as the page has
// first painted and time how long it takes to open, and when the islands are
// hydrated. Every run starts from an empty cache, as a new visitor would.
//
// run.mjs calls `firstTaps`; alone, it measures any served copy of the site:
//   node bench/first-tap.mjs --site http://127.0.0.1:8701 --routes "/ /faq" [--runs 3]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { onThrottledPhone, withChromium } from './chromium.mjs';
import { fmtMenuOpen, fmtMs } from './format.mjs';
import { median } from './stats.mjs';

const MENU = '.site-nav__menu-toggle';
const PANEL = '#site-nav-panel';

/// What the page notes for itself: its first paint, the first tap, when the
/// Menu's panel shows after it, and whether the wasm had hydrated by then.
const WATCH = `
  window.__firstTap = {};
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'first-paint') window.__firstTap.firstPaint = entry.startTime;
    }
  }).observe({ type: 'paint', buffered: true });
  addEventListener('pointerdown', () => {
    const note = window.__firstTap;
    if (note.tapAt !== undefined) return;
    note.tapAt = performance.now();
    note.hydratedBeforeTap = performance.getEntriesByName('hydrated').length > 0;
    const panel = document.querySelector(${JSON.stringify(PANEL)});
    const look = () => {
      if (panel && panel.checkVisibility()) note.openAt = performance.now();
      else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  }, true);
`;

/// One sample: every time from the start of navigation, in ms; `menuOpenMs`
/// is from the first paint to the open Menu and `tapToOpenMs` from the tap
/// (null: the tap was lost). The tap itself comes a little after the first
/// paint, as long as the driver takes to see the paint and send it.
function sample(browser, url) {
  return onThrottledPhone(browser, WATCH, async (page) => {
    const loaded = page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction(() => window.__firstTap?.firstPaint !== undefined, { polling: 'raf', timeout: 60_000 });
    await page.tap(MENU);
    await page
      .waitForFunction(() => window.__firstTap.openAt !== undefined, { polling: 50, timeout: 10_000 })
      .catch(() => {});
    await loaded;
    await page
      .waitForFunction(() => performance.getEntriesByName('hydrated').length > 0, { polling: 50, timeout: 30_000 })
      .catch(() => {});
    const note = await page.evaluate(() => ({
      ...window.__firstTap,
      hydrated: performance.getEntriesByName('hydrated')[0]?.startTime ?? null,
    }));
    return {
      firstPaintMs: note.firstPaint ?? null,
      tapMs: note.tapAt ?? null,
      menuOpenMs: note.openAt === undefined ? null : note.openAt - note.firstPaint,
      tapToOpenMs: note.openAt === undefined ? null : note.openAt - note.tapAt,
      tapBeforeHydration: note.hydratedBeforeTap === false,
      hydratedMs: note.hydrated,
    };
  });
}


/// Each route's samples and medians; a lost tap in any run makes the
/// route's `menuOpenMs` null.
export function firstTaps({ site, routes, runs, tmpRoot, log = () => {} }) {
  return withChromium(tmpRoot, 'first-tap', async (browser) => {
    const result = {};
    for (const route of routes) {
      const samples = [];
      for (let run = 1; run <= runs; run++) samples.push(await sample(browser, site + route));
      const pick = (key) => median(samples.map((s) => s[key]));
      const lost = samples.some((s) => s.menuOpenMs === null);
      result[route] = {
        firstPaintMs: pick('firstPaintMs'),
        menuOpenMs: lost ? null : pick('menuOpenMs'),
        tapToOpenMs: lost ? null : pick('tapToOpenMs'),
        tapBeforeHydration: samples.every((s) => s.tapBeforeHydration),
        hydratedMs: pick('hydratedMs'),
        samples,
      };
      const r = result[route];
      log(`  ${route}: first paint ${fmtMs(r.firstPaintMs)}, Menu open after it (after the tap) ${fmtMenuOpen(r)}, hydrated ${fmtMs(r.hydratedMs)}`);
    }
    return result;
  });
}

// Alone: measure the given site and print the figures as JSON.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { site: { type: 'string' }, routes: { type: 'string', default: '/' }, runs: { type: 'string', default: '3' } },
  });
  const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-'));
  const result = await firstTaps({
    site: values.site.replace(/\/$/, ''),
    routes: values.routes.split(/\s+/).filter(Boolean),
    runs: Number(values.runs),
    tmpRoot,
    log: (...a) => console.error(...a),
  });
  fs.rmSync(tmpRoot, { recursive: true, force: true });
  console.log(JSON.stringify(result, null, 2));
}
