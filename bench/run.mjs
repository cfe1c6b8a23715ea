// The measuring half of scripts/bench: Lighthouse on every route of both
// sites, the time to hydration, the sizes of dist/, the report and the budget
// check. scripts/bench builds, serves and then calls this; it is not meant to
// be run alone (it expects both sites already served).
//
// Exit codes: 0 all within budget, 1 a budget exceeded, 2 the bench itself
// failed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM, CHROME_FLAGS, withChromium } from './chromium.mjs';
import { firstTaps } from './first-tap.mjs';
import { measuredPairs } from './measured.mjs';
import { median } from './stats.mjs';

const require = createRequire(import.meta.url);
const here = path.dirname(new URL(import.meta.url).pathname);

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
  bytes: 'total-byte-weight',
};

const { values: args } = parseArgs({
  options: {
    ours: { type: 'string' },
    limit: { type: 'string' },
    dist: { type: 'string' },
    served: { type: 'string' },
    out: { type: 'string' },
    runs: { type: 'string', default: '3' },
    routes: { type: 'string', default: '' },
    encoding: { type: 'string', default: 'br' },
  },
});
const SITES = { ours: args.ours, limit: args.limit };
const runs = Number(args.runs);
const tmpRoot = path.join(args.out, 'tmp');

const log = (...a) => console.error(...a);

function fail(message) {
  log(`bench: ${message}`);
  process.exit(2);
}

// --- Routes ------------------------------------------------------------------

// The sitemap lists the routes by their canonical paths (no trailing slash);
// the home page is always measured.
function allRoutes() {
  const sitemap = fs.readFileSync(path.join(args.dist, 'sitemap.xml'), 'utf8');
  const routes = [...sitemap.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map(
    (m) => normalise(new URL(m[1]).pathname),
  );
  if (!routes.includes('/')) routes.unshift('/');
  for (const route of routes) {
    const file = path.join(args.dist, route, 'index.html');
    if (!fs.existsSync(file)) fail(`the sitemap lists ${route} but there is no ${file}`);
  }
  return [...new Set(routes)];
}

function normalise(route) {
  if (!route.startsWith('/')) route = `/${route}`;
  return route.length > 1 ? route.replace(/\/+$/, '') : route;
}

function chosenRoutes() {
  const all = allRoutes();
  const wanted = args.routes.split(/\s+/).filter(Boolean).map(normalise);
  if (wanted.length === 0) return all;
  const unknown = wanted.filter((r) => !all.includes(r));
  if (unknown.length) fail(`unknown route(s) ${unknown.join(' ')}; the routes are: ${all.join(' ')}`);
  return wanted;
}

const slug = (route) => (route === '/' ? 'home' : route.slice(1).replaceAll('/', '_'));

// --- Serving check -----------------------------------------------------------

// Numbers from a misconfigured server would look plausible and be wrong, so
// the headers that matter are checked before anything is measured.
async function checkServing() {
  const wasm = fs.readdirSync(path.join(args.dist, 'assets')).find((f) => f.endsWith('.wasm'));
  const get = (url) => fetch(url, { headers: { 'accept-encoding': 'br, gzip' } });
  const problems = [];
  const expect = (what, ok) => ok || problems.push(what);

  const home = await get(`${SITES.ours}/`);
  expect('/ answers 200', home.status === 200);
  expect('/ is text/html', /^text\/html/.test(home.headers.get('content-type')));
  expect(`/ is sent ${args.encoding}-encoded`, home.headers.get('content-encoding') === args.encoding);
  expect('/ has Cache-Control: no-cache', home.headers.get('cache-control') === 'no-cache');
  expect('/ has a Content-Security-Policy', !!home.headers.get('content-security-policy'));

  const route = await get(`${SITES.ours}/roots`);
  expect('/roots answers 200 without a redirect', route.status === 200 && !route.redirected);

  if (wasm) {
    const w = await get(`${SITES.ours}/assets/${wasm}`);
    expect('the wasm answers 200', w.status === 200);
    expect('the wasm is application/wasm', w.headers.get('content-type') === 'application/wasm');
    expect(`the wasm is sent ${args.encoding}-encoded`, w.headers.get('content-encoding') === args.encoding);
    expect('the wasm is cached immutably', /immutable/.test(w.headers.get('cache-control') ?? ''));
    expect('the wasm has X-Content-Type-Options', w.headers.get('x-content-type-options') === 'nosniff');
    await w.arrayBuffer();
  } else {
    problems.push(`no .wasm in ${args.dist}/assets`);
  }

  const missing = await get(`${SITES.ours}/no-such-page`);
  const notFound = fs.readFileSync(path.join(args.dist, '404.html'), 'utf8');
  expect('an unknown path answers 404 with 404.html', missing.status === 404 && (await missing.text()) === notFound);

  const limit = await get(`${SITES.limit}/`);
  const limitHtml = await limit.text();
  expect('the limit answers 200', limit.status === 200);
  expect('the limit has no script', !/<script\b/i.test(limitHtml));
  await home.arrayBuffer();
  await route.arrayBuffer();

  if (problems.length) fail(`the servers are not set up as a static host would be:\n  ${problems.join('\n  ')}`);
}

// --- Lighthouse --------------------------------------------------------------

// One Chromium for every Lighthouse run, started on first use: Lighthouse
// clears the origin's cache and storage before each run (its default), so
// each is still the first view of a new visitor.
let chrome = null;
async function lighthouseChrome() {
  chrome ??= await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: CHROME_FLAGS,
    userDataDir: fs.mkdtempSync(path.join(tmpRoot, 'lighthouse-')),
    logLevel: 'silent',
  });
  return chrome;
}

async function lighthouseRun(url) {
  const { port } = await lighthouseChrome();
  // The default config is the one to compare with anyone else's numbers:
  // mobile, simulated throttling (slow 4G, 4x CPU slowdown).
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: CATEGORIES,
  });
  if (!result) throw new Error('Lighthouse returned nothing');
  if (result.lhr.runtimeError) throw new Error(`${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}`);
  return result.lhr;
}

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

async function measure(site, route, run) {
  const url = SITES[site] + route;
  for (let attempt = 1; ; attempt++) {
    try {
      const lhr = await lighthouseRun(url);
      const dir = path.join(args.out, 'lighthouse', site);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `${slug(route)}-${run}.json`), JSON.stringify(lhr));
      return { lhr, sample: extract(lhr) };
    } catch (error) {
      if (attempt >= 3) fail(`Lighthouse failed on ${url} three times: ${error.message}`);
      log(`  Lighthouse failed on ${url} (${error.message}); trying again in a new Chromium`);
      await chrome?.kill();
      chrome = null;
    }
  }
}

// --- Time to hydration -------------------------------------------------------

// Without throttling, in one Chromium, each sample in a fresh browser context
// so that nothing is cached. The app marks performance.mark("hydrated") once its
// islands are live; a page without the mark reports null.
function hydrationTimes(routes) {
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
        await page.goto(SITES.ours + route, { waitUntil: 'load', timeout: 30_000 });
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
      const pick = (key) => {
        const values = samples.map((s) => s[key]);
        return values.includes(null) ? null : median(values);
      };
      result[route] = { hydratedMs: pick('hydratedMs'), samples };
      log(`  ${route}: hydrated ${fmtMs(result[route].hydratedMs)}`);
    }
    return result;
  });
}

// --- Sizes of dist/ ----------------------------------------------------------

function kindOf(file) {
  const ext = path.extname(file).slice(1);
  return ['wasm', 'js', 'css', 'html'].includes(ext) ? ext : 'other';
}

// The served copy holds the .gz (gzip -9) and .br (brotli -q 11) files that
// nginx sends; anything without one is compressed here the same way.
function sizes() {
  const kinds = {};
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else add(file);
    }
  };
  const compressedSize = (relative, ext, compress) => {
    const sibling = path.join(args.served, `${relative}.${ext}`);
    return fs.existsSync(sibling) ? fs.statSync(sibling).size : compress(fs.readFileSync(path.join(args.dist, relative))).length;
  };
  const add = (file) => {
    const relative = path.relative(args.dist, file);
    const kind = (kinds[kindOf(file)] ??= { files: 0, raw: 0, gzip: 0, brotli: 0 });
    kind.files += 1;
    kind.raw += fs.statSync(file).size;
    kind.gzip += compressedSize(relative, 'gz', (b) => zlib.gzipSync(b, { level: 9 }));
    kind.brotli += compressedSize(relative, 'br', (b) =>
      zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }),
    );
  };
  walk(args.dist);
  const order = ['wasm', 'js', 'css', 'html', 'other'];
  const result = Object.fromEntries(order.filter((k) => kinds[k]).map((k) => [k, kinds[k]]));
  result.total = Object.values(result).reduce(
    (t, k) => ({ files: t.files + k.files, raw: t.raw + k.raw, gzip: t.gzip + k.gzip, brotli: t.brotli + k.brotli }),
    { files: 0, raw: 0, gzip: 0, brotli: 0 },
  );
  return result;
}

// --- Statistics and formatting -----------------------------------------------


function medians(samples) {
  const pick = (f) => median(samples.map(f));
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, pick((s) => s.scores[c])])),
    ...Object.fromEntries(Object.keys(METRICS).map((k) => [k, pick((s) => s[k])])),
    wasmBytes: pick((s) => s.wasmBytes),
    requests: pick((s) => s.requests),
  };
}

const ratio = (a, b) => (a === null || b === null || b === 0 ? null : a / b);
/// The median of the ratios of each pair of runs (null if any is missing).
function pairedRatio(ours, limit, figure) {
  const ratios = ours.map((sample, i) => ratio(figure(sample), figure(limit[i])));
  return ratios.includes(null) ? null : median(ratios);
}
const fmtMs = (v) => (v === null || v === undefined ? 'null' : `${Math.round(v)} ms`);
const fmtInt = (v) => (v === null || v === undefined ? '–' : Math.round(v).toLocaleString('en-US'));
const fmtBytes = (v) => (v === null || v === undefined ? '–' : `${Math.round(v).toLocaleString('en-US')} B`);
const fmtRatio = (v) => (v === null ? '–' : `${v.toFixed(2)}×`);
const fmtCls = (v) => (v === null ? '–' : v.toFixed(3));

// --- Budget ------------------------------------------------------------------

function checkBudget(budget, routes) {
  const violations = [];
  const over = (route, what, value, limit) => violations.push({ route, what, value, limit });
  for (const r of routes) {
    const m = r.ours.median;
    for (const [category, min] of Object.entries(budget.minScores)) {
      if (m.scores[category] === null || m.scores[category] < min)
        over(r.route, `Lighthouse ${category} score`, m.scores[category], `≥ ${min}`);
    }
    const lcp = r.measured.lcpRatio;
    if (lcp === null || lcp > budget.maxLcpVsLimit)
      over(r.route, 'measured LCP vs the limit (median of the pairs)', lcp === null ? null : Number(lcp.toFixed(3)), `≤ ${budget.maxLcpVsLimit}× (limit LCP ${fmtMs(r.measured.limit.lcp)}, ours ${fmtMs(r.measured.ours.lcp)})`);
    if (m.cls === null || m.cls > budget.maxCls) over(r.route, 'CLS', m.cls, `≤ ${budget.maxCls}`);
    if (m.tbt === null || m.tbt > budget.maxTbtMs) over(r.route, 'TBT (ms)', Math.round(m.tbt), `≤ ${budget.maxTbtMs}`);
    if (m.bytes === null || m.bytes > budget.maxTransferBytes)
      over(r.route, 'first-view transferred bytes', Math.round(m.bytes), `≤ ${budget.maxTransferBytes}`);
    if (m.wasmBytes > budget.maxWasmTransferBytes)
      over(r.route, 'wasm transferred bytes', Math.round(m.wasmBytes), `≤ ${budget.maxWasmTransferBytes}`);
    const tap = r.firstTap;
    if (tap.tapToOpenMs === null || tap.tapToOpenMs > budget.maxMenuTapToOpenMs || !tap.tapBeforeHydration)
      over(
        r.route,
        'Menu tapped at the first paint, open after the tap (ms)',
        tap.tapToOpenMs === null ? 'never (the tap was lost)' : `${Math.round(tap.tapToOpenMs)}${tap.tapBeforeHydration ? '' : ' (but the tap came after hydration)'}`,
        `≤ ${budget.maxMenuTapToOpenMs}, before hydration`,
      );
  }
  return violations;
}

// --- Report ------------------------------------------------------------------

function groupAudits(routes, site) {
  const byKey = new Map();
  for (const r of routes) {
    for (const s of r[site].samples) {
      for (const a of s.failingAudits) {
        const key = `${r.route} ${a.id}`;
        const entry = byKey.get(key) ?? { route: r.route, ...a, runs: 0 };
        entry.runs += 1;
        byKey.set(key, entry);
      }
    }
  }
  return [...byKey.values()];
}

function markdown(report) {
  const lines = [];
  const row = (cells) => lines.push(`| ${cells.join(' | ')} |`);
  const s = report.settings;
  lines.push('# Performance benchmark', '');
  lines.push(
    `${report.generatedAt} · commit ${report.git.commit}${report.git.dirty ? ' (with uncommitted changes)' : ''} · ` +
      `Lighthouse ${report.tools.lighthouse}, ${report.tools.chromium}, Node ${report.tools.node}, nginx ${report.tools.nginx} · ` +
      `${s.formFactor}, ${s.throttlingMethod} throttling (${s.throttling.rttMs} ms RTT, ${Math.round(s.throttling.throughputKbps)} kbps, ${s.throttling.cpuSlowdownMultiplier}× CPU) · ` +
      `${s.runs} interleaved pair(s) of runs per route (ours, limit) · served ${s.encoding}-compressed by nginx · ` +
      `Lighthouse benchmarkIndex ${report.benchmarkIndex ?? '–'} · ${report.durationSeconds} s`,
    '',
    '"Ours" is the release build; "limit" is the same pages with every script and preload removed (HTML and CSS only). ' +
      'Bytes are first-view transfer sizes. Hydrated is `performance.getEntriesByName("hydrated")[0].startTime` in an unthrottled Chromium (null: no mark).',
    '',
    'Measured (bench/measured.mjs): FCP and LCP as Chromium itself reports them (PerformanceObserver) on the same throttled phone as the first tap, ' +
      'ours and the limit loaded in interleaved pairs from an empty cache. Every LCP ratio is the median of the per-pair ratios; ' +
      'the budget judges the measured one, and the simulated one is reported only (it takes a few discrete values, so it flips between runs).',
    '',
    'The first tap (bench/first-tap.mjs): a Chromium throttled as a phone (150 ms RTT, 1.6 Mbps down, 750 kbps up, 4× CPU; measured, not simulated), ' +
      'an empty cache, the Menu tapped as soon as the page has first painted. "Menu open" is the time from the first paint until the Menu shows (after the tap, in brackets); ' +
      '"hydrated (phone)" the time to the islands\' hydration there. Medians of the runs.',
    '',
  );

  lines.push('## Summary', '');
  row(['route', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP ours', 'LCP limit', 'LCP ratio', 'measured LCP ours', 'measured LCP limit', 'measured LCP ratio', 'measured FCP ours', 'measured FCP limit', 'bytes ours', 'bytes limit', 'bytes ratio', 'wasm bytes', 'TBT', 'CLS', 'hydrated', 'first paint (phone)', 'Menu open', 'hydrated (phone)']);
  row(Array(23).fill('---'));
  for (const r of report.routes) {
    const o = r.ours.median;
    const l = r.limit.median;
    row([
      `\`${r.route}\``,
      ...CATEGORIES.map((c) => `${fmtInt(o.scores[c])} (${fmtInt(l.scores[c])})`),
      fmtMs(o.lcp), fmtMs(l.lcp), fmtRatio(r.ratios.lcp),
      fmtMs(r.measured.ours.lcp), fmtMs(r.measured.limit.lcp), fmtRatio(r.measured.lcpRatio),
      fmtMs(r.measured.ours.fcp), fmtMs(r.measured.limit.fcp),
      fmtBytes(o.bytes), fmtBytes(l.bytes), fmtRatio(r.ratios.bytes),
      fmtBytes(o.wasmBytes), fmtMs(o.tbt), fmtCls(o.cls), fmtMs(r.hydration.hydratedMs),
      fmtMs(r.firstTap.firstPaintMs), r.firstTap.menuOpenMs === null ? 'lost' : `${fmtMs(r.firstTap.menuOpenMs)} (${fmtMs(r.firstTap.tapToOpenMs)})`, fmtMs(r.firstTap.hydratedMs),
    ]);
  }
  lines.push('', 'Scores are ours (limit).', '');

  lines.push('## Sizes of dist/', '');
  row(['kind', 'files', 'raw', 'gzip -9', 'brotli -q 11']);
  row(['---', '---:', '---:', '---:', '---:']);
  for (const [kind, k] of Object.entries(report.sizes)) {
    row([kind, k.files, fmtBytes(k.raw), fmtBytes(k.gzip), fmtBytes(k.brotli)]);
  }
  lines.push('');

  lines.push('## Per route', '');
  for (const r of report.routes) {
    const o = r.ours.median;
    const l = r.limit.median;
    lines.push(`### \`${r.route}\``, '');
    row(['', 'ours', 'limit', 'ours / limit']);
    row(['---', '---:', '---:', '---:']);
    const names = { performance: 'Performance', accessibility: 'Accessibility', 'best-practices': 'Best practices', seo: 'SEO' };
    for (const c of CATEGORIES) row([names[c], fmtInt(o.scores[c]), fmtInt(l.scores[c]), '']);
    row(['First Contentful Paint', fmtMs(o.fcp), fmtMs(l.fcp), fmtRatio(ratio(o.fcp, l.fcp))]);
    row(['Largest Contentful Paint (simulated; ratio: median of the pairs)', fmtMs(o.lcp), fmtMs(l.lcp), fmtRatio(r.ratios.lcp)]);
    row(['First Contentful Paint, measured on the throttled phone', fmtMs(r.measured.ours.fcp), fmtMs(r.measured.limit.fcp), fmtRatio(r.measured.fcpRatio)]);
    row(['Largest Contentful Paint, measured (ratio: median of the pairs; budgeted)', fmtMs(r.measured.ours.lcp), fmtMs(r.measured.limit.lcp), fmtRatio(r.measured.lcpRatio)]);
    row(['Measured LCP ratio of each pair', r.measured.samples.map((p) => fmtRatio(p.lcpRatio)).join(' '), '', '']);
    row(['Total Blocking Time', fmtMs(o.tbt), fmtMs(l.tbt), '']);
    row(['Cumulative Layout Shift', fmtCls(o.cls), fmtCls(l.cls), '']);
    row(['Speed Index', fmtMs(o.si), fmtMs(l.si), fmtRatio(ratio(o.si, l.si))]);
    row(['Transferred (first view)', fmtBytes(o.bytes), fmtBytes(l.bytes), fmtRatio(r.ratios.bytes)]);
    row(['of which wasm', fmtBytes(o.wasmBytes), fmtBytes(l.wasmBytes), '']);
    row(['Requests', fmtInt(o.requests), fmtInt(l.requests), '']);
    row(['Hydrated (unthrottled)', fmtMs(r.hydration.hydratedMs), '', '']);
    row(['First paint (throttled phone)', fmtMs(r.firstTap.firstPaintMs), '', '']);
    row(['Menu open after the first paint (after the tap)', r.firstTap.menuOpenMs === null ? 'lost' : `${fmtMs(r.firstTap.menuOpenMs)} (${fmtMs(r.firstTap.tapToOpenMs)})`, '', '']);
    row(['Hydrated (throttled phone)', fmtMs(r.firstTap.hydratedMs), '', '']);
    lines.push('');
  }

  lines.push('## Audits below full score (accessibility, best practices, SEO)', '');
  const audits = [...report.failingAudits.ours.map((a) => ({ site: 'ours', ...a })), ...report.failingAudits.limit.map((a) => ({ site: 'limit', ...a }))];
  if (audits.length === 0) {
    lines.push('None.', '');
  } else {
    row(['site', 'route', 'category', 'audit', 'score', 'runs', 'details']);
    row(Array(7).fill('---'));
    for (const a of audits) {
      const details = [a.displayValue, a.explanation, ...a.items].filter(Boolean).join('; ').replaceAll('|', '\\|').replaceAll('\n', ' ');
      row([a.site, `\`${a.route}\``, a.category, `\`${a.id}\``, a.score, `${a.runs}/${report.settings.runs}`, details]);
    }
    lines.push('');
  }

  lines.push('## Budget (bench/budget.json)', '');
  if (report.budget.violations.length === 0) {
    lines.push('Every route is within budget.');
  } else {
    lines.push(`${report.budget.violations.length} exceeded:`, '');
    for (const v of report.budget.violations) lines.push(`- \`${v.route}\`: ${v.what} is ${v.value}, budget ${v.limit}`);
  }
  const consoleErrors = report.routes.flatMap((r) =>
    [...new Set(r.hydration.samples.flatMap((s) => s.consoleErrors))].map((e) => `- \`${r.route}\`: ${e}`),
  );
  if (consoleErrors.length) {
    lines.push('', '## Console errors and warnings (hydration runs)', '', ...consoleErrors);
  }
  if (report.erroredAudits.length) {
    lines.push(
      '',
      '## Lighthouse audits that could not run',
      '',
      'Not part of any score; listed so that a missing diagnostic is not mistaken for a pass.',
      '',
      ...report.erroredAudits.map((e) => `- ${e}`),
    );
  }
  if (report.runWarnings.length) {
    lines.push('', '## Lighthouse warnings', '', ...report.runWarnings.map((w) => `- ${w}`));
  }
  lines.push('');
  return lines.join('\n');
}

function tryExec(cmd, argv) {
  try {
    return execFileSync(cmd, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch {
    return null;
  }
}

function nginxVersion() {
  // nginx prints its version on stderr.
  const out = spawnSync('nginx', ['-v'], { encoding: 'utf8' });
  return out.status === 0 ? out.stderr.trim().replace(/^nginx version: nginx\//, '') : null;
}

// --- Main --------------------------------------------------------------------

async function main() {
  const started = Date.now();
  if (!Number.isInteger(runs) || runs < 1) fail('--runs must be a positive integer');
  const budget = JSON.parse(fs.readFileSync(path.join(here, 'budget.json'), 'utf8'));
  fs.rmSync(path.join(args.out, 'lighthouse'), { recursive: true, force: true });
  fs.rmSync(tmpRoot, { recursive: true, force: true });
  fs.mkdirSync(tmpRoot, { recursive: true });

  const routes = chosenRoutes();
  await checkServing();

  const total = routes.length * 2 * runs;
  log(`Lighthouse: ${routes.length} route(s) × 2 sites × ${runs} run(s) = ${total} runs`);
  const samples = Object.fromEntries(routes.map((r) => [r, { ours: [], limit: [] }]));
  let done = 0;
  let settings = null;
  // Runs go round the routes in pairs, one of each site, the first of a pair
  // alternating, so that a slow spell of the machine falls on both halves of
  // a pair, and the ratio of a pair is judged, not that of two medians.
  for (let run = 1; run <= runs; run++) {
    for (const route of routes) {
      for (const site of run % 2 ? ['ours', 'limit'] : ['limit', 'ours']) {
        const { lhr, sample } = await measure(site, route, run);
        settings ??= lhr.configSettings;
        samples[route][site].push(sample);
        done += 1;
        log(
          `  [${done}/${total}] ${site.padEnd(5)} ${route} run ${run}: perf ${sample.scores.performance}, ` +
            `LCP ${fmtMs(sample.lcp)}, TBT ${fmtMs(sample.tbt)}, ${fmtBytes(sample.bytes)}`,
        );
      }
    }
  }

  await chrome?.kill();
  log(`Measured paints on a throttled phone: ${routes.length} route(s) × ${runs} pair(s)`);
  const measured = await measuredPairs({ sites: SITES, routes, pairs: runs, tmpRoot, log });
  log('Time to hydration (no throttling)');
  const hydration = await hydrationTimes(routes);
  log('The first tap on a throttled phone');
  const taps = await firstTaps({ site: SITES.ours, routes, runs, tmpRoot, log });

  const routeResults = routes.map((route) => {
    const ours = { median: medians(samples[route].ours), samples: samples[route].ours };
    const limit = { median: medians(samples[route].limit), samples: samples[route].limit };
    return {
      route,
      ours,
      limit,
      ratios: {
        lcp: pairedRatio(ours.samples, limit.samples, (s) => s.lcp),
        bytes: ratio(ours.median.bytes, limit.median.bytes),
      },
      measured: measured[route],
      hydration: hydration[route],
      firstTap: taps[route],
    };
  });

  const allSamples = routeResults.flatMap((r) => [...r.ours.samples, ...r.limit.samples]);
  const report = {
    generatedAt: new Date().toISOString(),
    durationSeconds: null,
    git: {
      commit: tryExec('git', ['rev-parse', '--short', 'HEAD']),
      dirty: (tryExec('git', ['status', '--porcelain']) ?? '') !== '',
    },
    tools: {
      lighthouse: require('lighthouse/package.json').version,
      chromium: tryExec(CHROMIUM, ['--version']),
      node: process.versions.node,
      nginx: nginxVersion(),
    },
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? null, memoryGiB: Math.round(os.totalmem() / 2 ** 30) },
    benchmarkIndex: median(allSamples.map((s) => s.benchmarkIndex)),
    settings: {
      runs,
      encoding: args.encoding,
      formFactor: settings.formFactor,
      throttlingMethod: settings.throttlingMethod,
      throttling: settings.throttling,
      screenEmulation: settings.screenEmulation,
      chromeFlags: CHROME_FLAGS,
      urls: SITES,
    },
    sizes: sizes(),
    routes: routeResults,
    failingAudits: { ours: groupAudits(routeResults, 'ours'), limit: groupAudits(routeResults, 'limit') },
    runWarnings: [...new Set(allSamples.flatMap((s) => s.runWarnings))],
    erroredAudits: [...new Set(allSamples.flatMap((s) => s.erroredAudits))],
    budget: { file: 'bench/budget.json', limits: budget, violations: [] },
  };
  report.budget.violations = checkBudget(budget, routeResults);
  report.durationSeconds = Math.round((Date.now() - started) / 1000);

  const md = markdown(report);
  fs.writeFileSync(path.join(args.out, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(path.join(args.out, 'report.md'), md);
  fs.rmSync(tmpRoot, { recursive: true, force: true });

  console.log(md);
  log(`Report: ${path.join(args.out, 'report.md')} and report.json; Lighthouse results in ${path.join(args.out, 'lighthouse')}`);
  if (report.budget.violations.length) {
    log(`\nbench: ${report.budget.violations.length} budget(s) exceeded:`);
    for (const v of report.budget.violations) log(`  ${v.route}: ${v.what} is ${v.value}, budget ${v.limit}`);
    process.exit(1);
  }
}

main().catch((error) => {
  log(error.stack ?? String(error));
  process.exit(2);
});
