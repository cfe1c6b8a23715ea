// How the benchmark writes a figure, in its log and in report.md alike. A
// figure that is missing (a page without the mark, say) prints as `–`.
const missing = (v) => v === null || v === undefined;

export const fmtMs = (v) => (missing(v) ? '–' : `${Math.round(v)} ms`);
export const fmtInt = (v) => (missing(v) ? '–' : Math.round(v).toLocaleString('en-US'));
export const fmtBytes = (v) => (missing(v) ? '–' : `${Math.round(v).toLocaleString('en-US')} B`);
export const fmtRatio = (v, digits = 2) => (missing(v) ? '–' : `${v.toFixed(digits)}×`);
export const fmtCls = (v) => (missing(v) ? '–' : v.toFixed(3));

/// The first tap's Menu: open so long after the first paint (after the tap), or lost.
export const fmtMenuOpen = (tap) =>
  missing(tap.menuOpenMs) ? 'lost' : `${fmtMs(tap.menuOpenMs)} (${fmtMs(tap.tapToOpenMs)})`;
