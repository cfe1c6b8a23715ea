// Lighthouse on every route of both sites, in interleaved pairs, all in one
// Chromium: the scores, the simulated metrics, the bytes and the audits
// below full score of each run.
import fs from 'node:fs';
import path from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM, CHROME_FLAGS } from './chromium.mjs';
import { fmtMs } from './format.mjs';
import { median } from './stats.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
export const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
  bytes: 'total-byte-weight',
};

/// The file name of a route's results.
export const slug = (route) => (route === '/' ? 'home' : route.slice(1).replaceAll('/', '_'));

const isWasm = (request) => request.mimeType === 'application/wasm' || /\.wasm(\?|$)/.test(request.url);

function summariseItem(item) {
  if (item.node) {
    return [item.node.snippet, item.node.explanation].filter(Boolean).join(' — ');
  }
  if (item.source?.url) return `${item.source.url}:${item.source.line ?? ''} ${item.description ?? ''}`.trim();
  if (item.url) return [item.url, item.description].filter(Boolean).join(' — ');
  if (item.description) return String(item.description);
  return JSON.stringify(item).slice(0, 200);
}

function failingAudits(lhr) {
  const failing = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category].auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      // Performance's weighted audits are the metrics, reported on their own.
      if (category === 'performance') continue;
      const items = audit.details?.items ?? [];
      failing.push({
        category,
        id: ref.id,
        title: audit.title,
        score: audit.score,
        displayValue: audit.displayValue ?? null,
        explanation: audit.explanation ?? null,
        items: items.slice(0, 5).map(summariseItem),
        itemCount: items.length,
      });
    }
  }
  return failing;
}

/// The figures of one run that the report and the budget use.
function extract(lhr) {
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  const bytesByKind = {};
  for (const r of requests) {
    const kind = isWasm(r) ? 'wasm' : (r.resourceType ?? 'Other').toLowerCase();
    bytesByKind[kind] = (bytesByKind[kind] ?? 0) + (r.transferSize ?? 0);
  }
  const metrics = Object.fromEntries(
    Object.entries(METRICS).map(([key, id]) => [key, lhr.audits[id]?.numericValue ?? null]),
  );
  return {
    scores: Object.fromEntries(
      CATEGORIES.map((c) => [c, lhr.categories[c].score === null ? null : Math.round(lhr.categories[c].score * 100)]),
    ),
    ...metrics,
    wasmBytes: bytesByKind.wasm ?? 0,
    requests: requests.length,
    bytesByKind,
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    failingAudits: failingAudits(lhr),
    erroredAudits: Object.entries(lhr.audits)
      .filter(([, a]) => a.scoreDisplayMode === 'error')
      .map(([id, a]) => `${id}: ${a.errorMessage}`),
    runWarnings: lhr.runWarnings ?? [],
  };
}

/// The medians of a site's runs on one route.
export function medians(samples) {
  const pick = (f) => median(samples.map(f));
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, pick((s) => s.scores[c])])),
    ...Object.fromEntries(Object.keys(METRICS).map((k) => [k, pick((s) => s[k])])),
    wasmBytes: pick((s) => s.wasmBytes),
    requests: pick((s) => s.requests),
  };
}

/// Runs Lighthouse `runs` times on every route of both `sites`, writing each
/// result under `out`/lighthouse; returns every run's figures by route and
/// site, and the settings Lighthouse ran with. `fail` ends the bench.
export async function lighthouseRuns({ sites, routes, runs, out, tmpRoot, log, fail }) {
  // One Chromium for every run, started on first use: Lighthouse clears the
  // origin's cache and storage before each run (its default), so each is
  // still the first view of a new visitor.
  let chrome = null;
  const run = async (url) => {
    chrome ??= await chromeLauncher.launch({
      chromePath: CHROMIUM,
      chromeFlags: CHROME_FLAGS,
      userDataDir: fs.mkdtempSync(path.join(tmpRoot, 'lighthouse-')),
      logLevel: 'silent',
    });
    // The default config is the one to compare with anyone else's numbers:
    // mobile, simulated throttling (slow 4G, 4x CPU slowdown).
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    if (!result) throw new Error('Lighthouse returned nothing');
    if (result.lhr.runtimeError) throw new Error(`${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}`);
    return result.lhr;
  };
  const measure = async (site, route, number) => {
    const url = sites[site] + route;
    for (let attempt = 1; ; attempt++) {
      try {
        const lhr = await run(url);
        const dir = path.join(out, 'lighthouse', site);
        fs.mkdirSync(dir, { recursive: true });
        fs.writeFileSync(path.join(dir, `${slug(route)}-${number}.json`), JSON.stringify(lhr));
        return { lhr, sample: extract(lhr) };
      } catch (error) {
        if (attempt >= 3) fail(`Lighthouse failed on ${url} three times: ${error.message}`);
        log(`  Lighthouse failed on ${url} (${error.message}); trying again in a new Chromium`);
        await chrome?.kill();
        chrome = null;
      }
    }
  };

  fs.rmSync(path.join(out, 'lighthouse'), { recursive: true, force: true });
  const total = routes.length * 2 * runs;
  log(`Lighthouse: ${routes.length} route(s) × 2 sites × ${runs} run(s) = ${total} runs`);
  const samples = Object.fromEntries(routes.map((r) => [r, { ours: [], limit: [] }]));
  let done = 0;
  let settings = null;
  try {
    // Runs go round the routes in pairs, one of each site, the first of a
    // pair alternating, so that a slow spell of the machine falls on both
    // halves of a pair, and the ratio of a pair is judged, not that of two
    // medians.
    for (let number = 1; number <= runs; number++) {
      for (const route of routes) {
        for (const site of number % 2 ? ['ours', 'limit'] : ['limit', 'ours']) {
          const { lhr, sample } = await measure(site, route, number);
          settings ??= lhr.configSettings;
          samples[route][site].push(sample);
          done += 1;
          log(
            `  [${done}/${total}] ${site.padEnd(5)} ${route} run ${number}: perf ${sample.scores.performance}, ` +
              `LCP ${fmtMs(sample.lcp)}, TBT ${fmtMs(sample.tbt)}, ${sample.bytes} B`,
          );
        }
      }
    }
  } finally {
    await chrome?.kill();
  }
  return { samples, settings };
}
