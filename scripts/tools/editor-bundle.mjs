// Prepares the content editor (Sveltia CMS) from its npm package, to be
// served from the site's own files with nothing asked of any other origin:
// the addresses its published script has for its fonts, its translations,
// its update check and GitHub's status page are each rewritten to a file
// beside it (each address must be found exactly once, or nothing is
// written), and those files are taken from the same package. The result's
// digests are pinned in scripts/editor-bundle.sha256, which the build
// checks on every run.
// Usage: node scripts/tools/editor-bundle.mjs PACKAGE_DIR OUT_DIR
//        node scripts/tools/editor-bundle.mjs --digests OUT_DIR
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const [first, second, third] = process.argv.slice(2);

/** Every file under `dir`, relative to it, sorted. */
function files(dir, base = dir) {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path, base) : [relative(base, path)];
    })
    .sort();
}

/** `sha256sum` lines for every file under `dir`. */
function digests(dir) {
  return files(dir)
    .map((file) => `${createHash("sha256").update(readFileSync(join(dir, file))).digest("hex")}  ${file}\n`)
    .join("");
}

if (first === "--digests") {
  process.stdout.write(digests(second));
  process.exit(0);
}

const [pkg, out] = [first, second];
if (!pkg || !out || third) {
  console.error("usage: node scripts/tools/editor-bundle.mjs PACKAGE_DIR OUT_DIR");
  process.exit(2);
}
const { version } = JSON.parse(readFileSync(join(pkg, "package.json"), "utf8"));
const assets = join(pkg, "npm/assets");
/** The self-hosted font that stands for each font the script fetches from jsDelivr. */
const font = (name) => {
  const file = readdirSync(assets).find((f) => f.startsWith(name) && f.endsWith(".woff2"));
  if (!file) throw new Error(`the package has no ${name} font`);
  return file;
};
const fonts = {
  "https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2": font("source-sans-3-latin-wght-normal"),
  "https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2": font("noto-mono-latin-400-normal"),
  "https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2": font("material-symbols-outlined-latin-wght-normal"),
};
// Relative addresses: the editor's page is /admin/ (or under the site's
// sub-path), and its files sit beside it.
const rewrites = {
  // The package's own base, for its update check (`/package.json`) and its
  // translations (`@<version>/locales/<locale>.json`).
  "https://unpkg.com/@sveltia/cms`": "./sveltia`",
  // GitHub's status page, asked every five minutes.
  "https://www.githubstatus.com/api/v2/status.json": "./github-status.json",
  ...Object.fromEntries(Object.entries(fonts).map(([url, file]) => [url, `./fonts/${file}`])),
};
let script = readFileSync(join(pkg, "dist/sveltia-cms.js"), "utf8");
for (const [from, to] of Object.entries(rewrites)) {
  const found = script.split(from).length - 1;
  if (found !== 1) {
    console.error(`editor-bundle: ${from} is in the script ${found} times, not once: this version differs from the one the rewrite was written for`);
    process.exit(1);
  }
  script = script.replace(from, to);
}
mkdirSync(join(out, "fonts"), { recursive: true });
mkdirSync(join(out, `sveltia@${version}/locales`), { recursive: true });
mkdirSync(join(out, "sveltia"), { recursive: true });
writeFileSync(join(out, "sveltia-cms.js"), script);
copyFileSync(join(pkg, "LICENSE.txt"), join(out, "LICENSE.txt"));
for (const file of Object.values(fonts)) copyFileSync(join(assets, file), join(out, "fonts", file));
for (const file of readdirSync(assets).filter((f) => f.endsWith(".LICENSE.txt"))) {
  copyFileSync(join(assets, file), join(out, "fonts", file));
}
for (const file of readdirSync(join(pkg, "locales"))) {
  copyFileSync(join(pkg, "locales", file), join(out, `sveltia@${version}/locales`, file));
}
// What the update check reads: this same version, so it never offers one.
writeFileSync(join(out, "sveltia/package.json"), JSON.stringify({ name: "@sveltia/cms", version }) + "\n");
// What the status check reads: nothing known, so it shows nothing.
writeFileSync(join(out, "github-status.json"), JSON.stringify({ status: { indicator: "unknown" } }) + "\n");
writeFileSync(join(out, "VERSION"), `${version}\n`);
