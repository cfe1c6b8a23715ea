// The benchmark's report: report.md, made from the figures run.mjs gathered.
import { CATEGORIES } from './lighthouse.mjs';
import { ratio } from './stats.mjs';
import { fmtBytes, fmtCls, fmtInt, fmtMenuOpen, fmtMs, fmtRatio } from './format.mjs';


/// Every audit below full score, once per route, with how many runs had it.
export function groupAudits(routes, site) {
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

/// The report as Markdown.
export function markdown(report) {
  const lines = [];
  const row = (cells) => lines.push(`| ${cells.join(' | ')} |`);
  const s = report.settings;
  lines.push('# Performance benchmark', '');
  lines.push(
    `${report.generatedAt} · commit ${report.git.commit}${report.git.dirty ? ' (with uncommitted changes)' : ''} · ` +
      `Lighthouse ${report.tools.lighthouse}, ${report.tools.chromium}, Node ${report.tools.node}, nginx ${report.tools.nginx} · ` +
      `${s.formFactor}, ${s.throttlingMethod} throttling (${s.throttling.rttMs} ms RTT, ${Math.round(s.throttling.throughputKbps)} kbps, ${s.throttling.cpuSlowdownMultiplier}× CPU) · ` +
      `${s.lighthouseRuns} interleaved pair(s) of Lighthouse runs and ${s.measuredPairs} of measured runs per route (ours, limit) · served ${s.encoding}-compressed by nginx · ` +
      `Lighthouse benchmarkIndex ${report.benchmarkIndex ?? '–'} · ${report.durationSeconds} s`,
    '',
    '"Ours" is the release build; "limit" is the same pages with every script and preload removed (HTML and CSS only). ' +
      'Bytes are first-view transfer sizes. Hydrated is `performance.getEntriesByName("hydrated")[0].startTime` in an unthrottled Chromium (null: no mark).',
    '',
    'Measured (bench/measured.mjs): FCP and LCP as Chromium itself reports them (PerformanceObserver) on the same throttled phone as the first tap, ' +
      'ours and the limit loaded in interleaved pairs from an empty cache. Every LCP ratio is a median of per-pair ratios. ' +
      'The budget judges the measured ratio over every pair of every route (the cost of the scripts to the first paint is the same on every page); ' +
      'per route and simulated (Lighthouse\'s LCP takes a few discrete values, so it flips between runs), ratios are reported only.',
    '',
    'The first tap (bench/first-tap.mjs): a Chromium throttled as a phone (150 ms RTT, 1.6 Mbps down, 750 kbps up, 4× CPU; measured, not simulated), ' +
      'an empty cache, the Menu tapped as soon as the page has first painted. "Menu open" is the time from the first paint until the Menu shows (after the tap, in brackets); ' +
      '"hydrated (phone)" the time to the islands\' hydration there. Medians of the runs.',
    '',
  );

  const w = report.sitewide;
  lines.push('## Every route', '');
  row(['', 'ours', 'limit', 'ours / limit']);
  row(['---', '---:', '---:', '---:']);
  row([`Measured LCP (${w.measured.samples.length} pairs; budgeted)`, fmtMs(w.measured.ours.lcp), fmtMs(w.measured.limit.lcp), fmtRatio(w.measured.lcpRatio, 3)]);
  row(['Measured FCP', fmtMs(w.measured.ours.fcp), fmtMs(w.measured.limit.fcp), fmtRatio(w.measured.fcpRatio, 3)]);
  row(['Simulated LCP (Lighthouse; reported only)', '', '', fmtRatio(w.simulatedLcpRatio, 3)]);
  row(['Lighthouse performance score (median of every run; budgeted)', fmtInt(w.lighthouse.performance), '', '']);
  row(['Total Blocking Time (median of every run; budgeted)', fmtMs(w.lighthouse.tbt), '', '']);
  lines.push(
    '',
    `Time taken: ${Object.entries(report.partSeconds).map(([part, seconds]) => `${part} ${seconds} s`).join(', ')}; ${report.durationSeconds} s in all.`,
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
      fmtMs(r.firstTap.firstPaintMs), fmtMenuOpen(r.firstTap), fmtMs(r.firstTap.hydratedMs),
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
    row(['Largest Contentful Paint, measured (ratio: median of the pairs)', fmtMs(r.measured.ours.lcp), fmtMs(r.measured.limit.lcp), fmtRatio(r.measured.lcpRatio)]);
    row(['Measured LCP ratio of each pair', r.measured.samples.map((p) => fmtRatio(p.lcpRatio)).join(' '), '', '']);
    row(['Total Blocking Time', fmtMs(o.tbt), fmtMs(l.tbt), '']);
    row(['Cumulative Layout Shift', fmtCls(o.cls), fmtCls(l.cls), '']);
    row(['Speed Index', fmtMs(o.si), fmtMs(l.si), fmtRatio(ratio(o.si, l.si))]);
    row(['Transferred (first view)', fmtBytes(o.bytes), fmtBytes(l.bytes), fmtRatio(r.ratios.bytes)]);
    row(['of which wasm', fmtBytes(o.wasmBytes), fmtBytes(l.wasmBytes), '']);
    row(['Requests', fmtInt(o.requests), fmtInt(l.requests), '']);
    row(['Hydrated (unthrottled)', fmtMs(r.hydration.hydratedMs), '', '']);
    row(['First paint (throttled phone)', fmtMs(r.firstTap.firstPaintMs), '', '']);
    row(['Menu open after the first paint (after the tap)', fmtMenuOpen(r.firstTap), '', '']);
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
      row([a.site, `\`${a.route}\``, a.category, `\`${a.id}\``, a.score, `${a.runs}/${report.settings.lighthouseRuns}`, details]);
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
