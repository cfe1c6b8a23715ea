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
import { CHROMIUM, CHROME_FLAGS } from './chromium.mjs';
import { firstTaps } from './first-tap.mjs';
import { hydrationTimes } from './hydration.mjs';
import { lighthouseRuns, medians } from './lighthouse.mjs';
import { measuredPairs } from './measured.mjs';
import { fmtMs } from './format.mjs';
import { groupAudits, markdown } from './report.mjs';
import { median, pairedRatio, pairRatios, ratio } from './stats.mjs';

const require = createRequire(import.meta.url);
const here = path.dirname(new URL(import.meta.url).pathname);

const { values: args } = parseArgs({
  options: {
    ours: { type: 'string' },
    limit: { type: 'string' },
    dist: { type: 'string' },
    served: { type: 'string' },
    out: { type: 'string' },
    runs: { type: 'string', default: '3' },
    'lighthouse-runs': { type: 'string', default: '1' },
    routes: { type: 'string', default: '' },
    encoding: { type: 'string', default: 'br' },
  },
});
const SITES = { ours: args.ours, limit: args.limit };
const runs = Number(args.runs);
const lighthouseRunCount = Number(args['lighthouse-runs']);
/// The fewest measured pairs the LCP ratio is judged on, over every route.
const MIN_MEASURED_PAIRS = 100;
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
  const notFound = fs.readFileSync(path.join(args.served, '404.html'), 'utf8');
  expect('an unknown path answers 404 with 404.html', missing.status === 404 && (await missing.text()) === notFound);

  const limit = await get(`${SITES.limit}/`);
  const limitHtml = await limit.text();
  expect('the limit answers 200', limit.status === 200);
  // scripts/bench made the limit and checked that it has no script that runs.
  const stripped = fs.readFileSync(path.join(args.out, 'limit', 'index.html'), 'utf8');
  expect('the limit serves its stripped copy', limitHtml === stripped);
  await home.arrayBuffer();
  await route.arrayBuffer();

  if (problems.length) fail(`the servers are not set up as a static host would be:\n  ${problems.join('\n  ')}`);
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

// --- Budget ------------------------------------------------------------------

function checkBudget(budget, routes, sitewide) {
  const violations = [];
  const over = (route, what, value, limit) => violations.push({ route, what, value, limit });
  const every = budget.everyRoute;
  const lcp = sitewide.measured.lcpRatio;
  if (lcp === null || lcp > every.maxLcpVsLimit)
    over(
      'every route',
      'measured LCP vs the limit (median of every pair)',
      lcp === null ? null : Number(lcp.toFixed(3)),
      `≤ ${every.maxLcpVsLimit}× (limit LCP ${fmtMs(sitewide.measured.limit.lcp)}, ours ${fmtMs(sitewide.measured.ours.lcp)})`,
    );
  const { performance, tbt } = sitewide.lighthouse;
  if (performance === null || performance < every.minPerformanceScore)
    over('every route', 'Lighthouse performance score (median of every run)', performance, `≥ ${every.minPerformanceScore}`);
  if (tbt === null || tbt > every.maxTbtMs)
    over('every route', 'TBT (ms, median of every run)', tbt === null ? null : Math.round(tbt), `≤ ${every.maxTbtMs}`);
  const each = budget.eachRoute;
  for (const r of routes) {
    const m = r.ours.median;
    for (const [category, min] of Object.entries(each.minScores)) {
      if (m.scores[category] === null || m.scores[category] < min)
        over(r.route, `Lighthouse ${category} score`, m.scores[category], `≥ ${min}`);
    }
    if (m.cls === null || m.cls > each.maxCls) over(r.route, 'CLS', m.cls, `≤ ${each.maxCls}`);
    if (m.bytes === null || m.bytes > each.maxTransferBytes)
      over(r.route, 'first-view transferred bytes', Math.round(m.bytes), `≤ ${each.maxTransferBytes}`);
    if (m.wasmBytes > each.maxWasmTransferBytes)
      over(r.route, 'wasm transferred bytes', Math.round(m.wasmBytes), `≤ ${each.maxWasmTransferBytes}`);
    const tap = r.firstTap;
    if (tap.tapToOpenMs === null || tap.tapToOpenMs > each.maxMenuTapToOpenMs || !tap.tapBeforeHydration)
      over(
        r.route,
        'Menu tapped at the first paint, open after the tap (ms)',
        tap.tapToOpenMs === null ? 'never (the tap was lost)' : `${Math.round(tap.tapToOpenMs)}${tap.tapBeforeHydration ? '' : ' (but the tap came after hydration)'}`,
        `≤ ${each.maxMenuTapToOpenMs}, before hydration`,
      );
  }
  return violations;
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
  for (const count of [runs, lighthouseRunCount]) {
    if (!Number.isInteger(count) || count < 1) fail('--runs and --lighthouse-runs must be positive integers');
  }
  const budget = JSON.parse(fs.readFileSync(path.join(here, 'budget.json'), 'utf8'));
  fs.rmSync(tmpRoot, { recursive: true, force: true });
  fs.mkdirSync(tmpRoot, { recursive: true });

  const routes = chosenRoutes();
  await checkServing();

  // Each part's time, for the report: which to shorten when a run is long.
  const seconds = {};
  const timed = async (part, work) => {
    const from = Date.now();
    const result = await work();
    seconds[part] = Math.round((Date.now() - from) / 1000);
    return result;
  };
  const { samples, settings } = await timed('lighthouse', () =>
    lighthouseRuns({ sites: SITES, routes, runs: lighthouseRunCount, out: args.out, tmpRoot, log, fail }),
  );
  // One measured first paint varies by about ±10 % here, so the judged
  // median needs about a hundred pairs to move by no more than ±0.02: a
  // few routes get more pairs each.
  const pairs = Math.max(runs, Math.ceil(MIN_MEASURED_PAIRS / routes.length));
  log(`Measured paints on a throttled phone: ${routes.length} route(s) × ${pairs} pair(s)`);
  const measured = await timed('measured', () => measuredPairs({ sites: SITES, routes, pairs, tmpRoot, log }));
  log('Time to hydration (no throttling)');
  const hydration = await timed('hydration', () => hydrationTimes({ site: SITES.ours, routes, runs, tmpRoot, log }));
  log('The first tap on a throttled phone');
  const taps = await timed('firstTap', () => firstTaps({ site: SITES.ours, routes, runs, tmpRoot, log }));

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
      measured: measured.byRoute[route],
      hydration: hydration[route],
      firstTap: taps[route],
    };
  });

  // Over every route's pairs, as the measured ratio is judged; reported only.
  const oursRuns = routeResults.flatMap((r) => r.ours.samples);
  const sitewide = {
    measured: measured.sitewide,
    lighthouse: {
      performance: median(oursRuns.map((s) => s.scores.performance)),
      tbt: median(oursRuns.map((s) => s.tbt)),
    },
    simulatedLcpRatio: median(routeResults.flatMap((r) => pairRatios(r.ours.samples, r.limit.samples, (s) => s.lcp))),
  };
  const allSamples = routeResults.flatMap((r) => [...r.ours.samples, ...r.limit.samples]);
  const report = {
    generatedAt: new Date().toISOString(),
    durationSeconds: null,
    partSeconds: seconds,
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
      measuredPairs: pairs,
      lighthouseRuns: lighthouseRunCount,
      encoding: args.encoding,
      formFactor: settings.formFactor,
      throttlingMethod: settings.throttlingMethod,
      throttling: settings.throttling,
      screenEmulation: settings.screenEmulation,
      chromeFlags: CHROME_FLAGS,
      urls: SITES,
    },
    sizes: sizes(),
    sitewide,
    routes: routeResults,
    failingAudits: { ours: groupAudits(routeResults, 'ours'), limit: groupAudits(routeResults, 'limit') },
    runWarnings: [...new Set(allSamples.flatMap((s) => s.runWarnings))],
    erroredAudits: [...new Set(allSamples.flatMap((s) => s.erroredAudits))],
    budget: { file: 'bench/budget.json', limits: budget, violations: [] },
  };
  report.budget.violations = checkBudget(budget, routeResults, sitewide);
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
