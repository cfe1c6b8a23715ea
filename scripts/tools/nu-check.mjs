// The W3C Nu HTML checker (npm's vnu-jar, run with the machine's Java) on
// every .html file under the given directories, and any files given, in one
// run, errors only. One message is let pass, and only for one element: the
// checker does not yet know `<link rel="expect" blocking="render">` (in the
// HTML standard, and in every page's head), and says a link with
// `blocking` must be a stylesheet. Anything else fails, printed with its
// file and line.
// The gate proves itself in the same run first: tests/fixtures/invalid.html
// must have errors, and tests/fixtures/nu-invalid.html must have exactly its
// rel=expect message let pass and its two others (the same message for
// another link, and an icon address with raw spaces) reported.
// Usage: node scripts/tools/nu-check.mjs DIR_OR_FILE...
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const JAR = join(ROOT, "node_modules/vnu-jar/build/dist/vnu.jar");
const ALLOWED = "A “link” element with a “blocking” attribute must have a “rel” attribute whose value is “stylesheet”.";
const FIXTURE = relative(".", join(ROOT, "tests/fixtures/invalid.html"));
const NU_FIXTURE = relative(".", join(ROOT, "tests/fixtures/nu-invalid.html"));

const args = process.argv.slice(2);
if (args.length === 0) {
  console.error("usage: node scripts/tools/nu-check.mjs DIR_OR_FILE...");
  process.exit(2);
}

/** Every .html file under `path` (or `path` itself), sorted. */
function pages(path) {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => {
      const child = join(path, name);
      return statSync(child).isDirectory() ? pages(child) : name.endsWith(".html") ? [child] : [];
    });
}

/** The one message let pass, on the one element it is let pass for. */
function allowed(message) {
  const element = (message.extract ?? "").substr(message.hiliteStart, message.hiliteLength);
  return (
    message.message === ALLOWED &&
    /^<link\b[^>]*\srel="expect"[^>]*\sblocking="render"[^>]*>$/.test(element)
  );
}

const files = args.flatMap(pages);
if (files.length === 0) {
  console.error(`nu-check: no .html files in ${args.join(" ")}`);
  process.exit(1);
}

const started = Date.now();
const run = spawnSync(
  "java",
  ["-jar", JAR, "--errors-only", "--format", "json", "--stdout", FIXTURE, NU_FIXTURE, ...files],
  { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 },
);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (run.error) {
  console.error(`nu-check: could not run java (${run.error.message}); scripts/setup --browser installs it`);
  process.exit(1);
}
let messages;
try {
  ({ messages } = JSON.parse(run.stdout));
} catch {
  console.error(`nu-check: the checker's output is not its JSON report (exit ${run.status}):\n${run.stdout}${run.stderr}`);
  process.exit(1);
}

/** Each file's messages, by its path relative to here. */
const byFile = new Map();
for (const message of messages) {
  if (message.type === "info") continue;
  const file = message.url ? relative(".", fileURLToPath(message.url)) : "(no file)";
  if (!byFile.has(file)) byFile.set(file, []);
  byFile.get(file).push(message);
}
const describe = (file, m) => `${file}:${m.lastLine ?? "?"}:${m.firstColumn ?? m.lastColumn ?? "?"}: ${m.message}`;

// The proof: the fixtures' errors are reported, and the filter hides only
// the rel=expect element's message.
const fixtureErrors = (byFile.get(FIXTURE) ?? []).filter((m) => !allowed(m));
const nuFixture = byFile.get(NU_FIXTURE) ?? [];
const nuLetPass = nuFixture.filter(allowed);
const nuReported = nuFixture.filter((m) => !allowed(m));
const proven =
  fixtureErrors.length > 0 &&
  nuLetPass.length === 1 &&
  nuReported.length === 2 &&
  nuReported.some((m) => m.message === ALLOWED) &&
  nuReported.some((m) => m.message.includes("Space is not allowed"));
if (!proven) {
  console.error(`nu-check: the gate did not prove itself on its fixtures; their messages:`);
  for (const file of [FIXTURE, NU_FIXTURE])
    for (const m of byFile.get(file) ?? []) console.error(`  ${allowed(m) ? "(let pass) " : ""}${describe(file, m)}`);
  process.exit(1);
}
console.log(
  `nu-check: ${FIXTURE} fails (${fixtureErrors.length} errors); ${NU_FIXTURE} fails ` +
    `(${nuReported.length} errors reported, its rel=expect message let pass)`,
);

let errors = 0;
let letPass = 0;
for (const file of files) {
  for (const m of byFile.get(relative(".", file)) ?? []) {
    if (allowed(m)) {
      letPass += 1;
    } else {
      errors += 1;
      console.error(describe(relative(".", file), m));
    }
  }
}
// Anything reported for a file not asked about (the checker's own troubles).
const asked = new Set([FIXTURE, NU_FIXTURE, ...files.map((file) => relative(".", file))]);
for (const [file, list] of byFile) {
  if (asked.has(file)) continue;
  for (const m of list) {
    errors += 1;
    console.error(describe(file, m));
  }
}

const failed = [...byFile].filter(
  ([file, list]) => file !== FIXTURE && file !== NU_FIXTURE && list.some((m) => !allowed(m)),
).length;
console.log(
  `nu-check: ${files.length - failed} passed, ${failed} failed, ${errors} errors ` +
    `(${letPass} rel=expect messages let pass) in ${seconds} s`,
);
process.exit(errors === 0 ? 0 : 1);
