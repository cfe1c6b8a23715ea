// The paints Chromium itself measures on a throttled phone, ours against the
// limit in interleaved pairs: on each route, for each pair, the same page of
// both sites loaded one after the other (which goes first alternates), each
// from an empty cache, in one Chromium throttled by DevTools as Lighthouse's
// mobile settings describe a phone. FCP and LCP are read from the page's own
// PerformanceObserver, so they are timings the browser took, not a model's.
//
// run.mjs calls `measuredPairs`; alone, it compares any two served copies:
//   node bench/measured.mjs --ours http://127.0.0.1:8701 --limit http://127.0.0.1:8702 --routes "/ /faq" [--pairs 5]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { onThrottledPhone, withChromium } from './chromium.mjs';
import { fmtMs, fmtRatio } from './format.mjs';
import { median, ratio } from './stats.mjs';

/// What the page notes for itself: its first contentful paint and its
/// latest largest contentful paint, from the start of navigation.
const WATCH = `
  window.__paints = {};
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'first-contentful-paint') window.__paints.fcp = entry.startTime;
    }
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__paints.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
`;

/// One page load: its FCP and LCP in ms (null: none reported).
function sample(browser, url) {
  return onThrottledPhone(browser, WATCH, async (page) => {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    // A largest paint can still come after load (a web font, a late image):
    // two frames and a little more, then the latest candidate is final
    // enough, since no input has ended the page's search for it.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const paints = await page.evaluate(() => window.__paints);
    return { fcp: paints.fcp ?? null, lcp: paints.lcp ?? null };
  });
}

/// Per route: every pair's figures and ratios, and their medians; and over
/// every route, the median of all the per-pair ratios (`sitewide`), which
/// the budget judges. What it compares, the cost of the site's scripts to
/// its first paint, is the same on every page (the pages, their CSS and
/// images are the same on both sides), so pooling the routes' pairs judges
/// it on many pairs at once; a slow spell of the machine falls on both
/// halves of a pair and cancels out of its ratio.
export function measuredPairs({ sites, routes, pairs, tmpRoot, log = () => {} }) {
  return withChromium(tmpRoot, 'measured', async (browser) => {
    // The first loads in a new Chromium are slower (its processes and the
    // server's files are cold): one of each site first, not counted.
    for (const site of ['ours', 'limit']) await sample(browser, sites[site] + routes[0]);
    const byRoute = {};
    for (const route of routes) {
      const samples = [];
      for (let pair = 1; pair <= pairs; pair++) {
        const order = pair % 2 ? ['ours', 'limit'] : ['limit', 'ours'];
        const taken = {};
        for (const site of order) taken[site] = await sample(browser, sites[site] + route);
        samples.push({
          first: order[0],
          ours: taken.ours,
          limit: taken.limit,
          lcpRatio: ratio(taken.ours.lcp, taken.limit.lcp),
          fcpRatio: ratio(taken.ours.fcp, taken.limit.fcp),
        });
      }
      byRoute[route] = summary(samples);
      const r = byRoute[route];
      log(
        `  ${route}: LCP ${fmtMs(r.ours.lcp)} vs ${fmtMs(r.limit.lcp)}, per-pair ratios ` +
          `${samples.map((s) => fmtRatio(s.lcpRatio, 3)).join(' ')} (median ${fmtRatio(r.lcpRatio, 3)}); FCP ${fmtMs(r.ours.fcp)} vs ${fmtMs(r.limit.fcp)}`,
      );
    }
    const sitewide = summary(Object.values(byRoute).flatMap((r) => r.samples));
    log(`  every route: ${sitewide.samples.length} pairs, median LCP ratio ${fmtRatio(sitewide.lcpRatio, 3)}, FCP ratio ${fmtRatio(sitewide.fcpRatio, 3)}`);
    return { byRoute, sitewide };
  });
}

/// The medians of some pairs: of each site's paints and of the ratios (an
/// LCP ratio of null when any pair lacks one).
function summary(samples) {
  const pick = (f) => median(samples.map(f));
  const missing = samples.some((s) => s.lcpRatio === null);
  return {
    ours: { fcp: pick((s) => s.ours.fcp), lcp: pick((s) => s.ours.lcp) },
    limit: { fcp: pick((s) => s.limit.fcp), lcp: pick((s) => s.limit.lcp) },
    lcpRatio: missing ? null : pick((s) => s.lcpRatio),
    fcpRatio: pick((s) => s.fcpRatio),
    samples,
  };
}

// Alone: compare the two given sites and print the figures as JSON.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      ours: { type: 'string' },
      limit: { type: 'string' },
      routes: { type: 'string', default: '/' },
      pairs: { type: 'string', default: '5' },
    },
  });
  const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-'));
  const result = await measuredPairs({
    sites: { ours: values.ours.replace(/\/$/, ''), limit: values.limit.replace(/\/$/, '') },
    routes: values.routes.split(/[\s,]+/).filter(Boolean),
    pairs: Number(values.pairs),
    tmpRoot,
    log: (...a) => console.error(...a),
  });
  fs.rmSync(tmpRoot, { recursive: true, force: true });
  console.log(JSON.stringify(result, null, 2));
}
