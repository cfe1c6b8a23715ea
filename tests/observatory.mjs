// The MDN HTTP Observatory's own tests and grading (@mdn/mdn-http-observatory,
// pinned in package.json) on a built site served here over HTTPS, each page
// kind against its budget. Usage: node tests/observatory.mjs [DIST]
//
// Its scan() takes a host name alone, and refuses a 404; its retriever takes
// ports and a path, so this runs the retriever, then every one of its tests,
// and grades as scan() does. The server is written by hand (a few lines of
// node:https) because the Observatory needs HTTPS with a certificate it
// trusts, and the Rust test server (tests/support/server.rs) speaks plain
// HTTP: this one applies the same `_headers` rules the same way.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import https from "node:https";
import os from "node:os";
import path from "node:path";

const dist = path.resolve(process.argv[2] ?? "dist");
const HOST = "127.0.0.1";

// The certificate must be trusted when node starts (NODE_EXTRA_CA_CERTS), or
// the Observatory scores HSTS and the redirection as an invalid certificate:
// this process makes one and runs itself again trusting it.
if (!process.env.OBSERVATORY_CERT_DIR) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "observatory-"));
  execFileSync("openssl", [
    "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", `/CN=${HOST}`,
    "-addext", `subjectAltName=IP:${HOST}`,
    "-keyout", path.join(dir, "key.pem"), "-out", path.join(dir, "cert.pem"),
  ], { stdio: "ignore" });
  const run = spawnSync(process.execPath, process.argv.slice(1), {
    stdio: "inherit",
    env: { ...process.env, OBSERVATORY_CERT_DIR: dir, NODE_EXTRA_CA_CERTS: path.join(dir, "cert.pem") },
  });
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(run.status ?? 1);
}

const { retrieve } = await import("@mdn/mdn-http-observatory/src/retriever/retriever.js");
const { ALL_TESTS } = await import("@mdn/mdn-http-observatory/src/constants.js");
const { MINIMUM_SCORE_FOR_EXTRA_CREDIT } = await import("@mdn/mdn-http-observatory/src/grader/charts.js");
const { getGradeForScore, getScoreModifier } = await import("@mdn/mdn-http-observatory/src/grader/grader.js");

/** The rules of a `_headers` file: [pattern, [[name, value]]]. */
function headerRules(text) {
  const rules = [];
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith("#")) continue;
    if (!/^\s/.test(line)) rules.push([trimmed, []]);
    else if (rules.length && trimmed.includes(": ")) {
      const at = trimmed.indexOf(": ");
      rules.at(-1)[1].push([trimmed.slice(0, at), trimmed.slice(at + 2)]);
    }
  }
  return rules;
}

/** Every header of every rule matching `address`, as Netlify and Cloudflare join them. */
function headersFor(rules, address) {
  return rules
    .filter(([pattern]) => (pattern.endsWith("*") ? address.startsWith(pattern.slice(0, -1)) : address === pattern))
    .flatMap(([, headers]) => headers);
}

const TYPES = { html: "text/html; charset=utf-8", css: "text/css", js: "text/javascript", wasm: "application/wasm",
  svg: "image/svg+xml", webp: "image/webp", jpg: "image/jpeg", xml: "application/xml", txt: "text/plain; charset=utf-8",
  json: "application/json", yml: "text/yaml" };

/** Serves `dist` like a static host, with `rules`, over HTTPS; plain HTTP only redirects to it. */
async function serve(rules) {
  const dir = process.env.OBSERVATORY_CERT_DIR;
  const tls = { key: fs.readFileSync(path.join(dir, "key.pem")), cert: fs.readFileSync(path.join(dir, "cert.pem")) };
  const secure = https.createServer(tls, (request, response) => {
    const address = decodeURIComponent(new URL(request.url, "https://x").pathname);
    const relative = path.normalize(address).replace(/^\/+/, "");
    const file = [path.join(dist, relative), path.join(dist, relative, "index.html")]
      .find((candidate) => candidate.startsWith(dist) && fs.statSync(candidate, { throwIfNoEntry: false })?.isFile());
    const served = file ?? path.join(dist, "404.html");
    const headers = { "Content-Type": TYPES[path.extname(served).slice(1)] ?? "application/octet-stream" };
    for (const [name, value] of headersFor(rules, address)) {
      headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
    }
    response.writeHead(file ? 200 : 404, headers);
    response.end(fs.readFileSync(served));
  });
  const plain = http.createServer((request, response) => {
    response.writeHead(301, { Location: `https://${HOST}:${secure.address().port}${request.url}` });
    response.end();
  });
  await Promise.all([secure, plain].map((server) => new Promise((done) => server.listen(0, HOST, done))));
  return {
    ports: { httpsPort: String(secure.address().port), httpPort: String(plain.address().port) },
    close: () => Promise.all([secure, plain].map((server) => new Promise((done) => server.close(done)))),
  };
}

/** The Observatory's grade of one address: its tests, then scan()'s scoring. */
async function grade(ports, address) {
  const requests = await retrieve(HOST, { ...ports, path: address });
  if (!requests.responses.auto) throw new Error(`${address}: no answer`);
  const tests = ALL_TESTS.map((test) => test(requests));
  let withExtraCredit = 100;
  let uncurved = 100;
  for (const test of tests) {
    test.scoreModifier = getScoreModifier(test.result);
    withExtraCredit += test.scoreModifier;
    if (test.scoreModifier < 0) uncurved += test.scoreModifier;
  }
  const { grade, score } = getGradeForScore(uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withExtraCredit : uncurved);
  return { grade, score, status: requests.responses.auto.status, tests };
}

const headersText = fs.readFileSync(path.join(dist, "_headers"), "utf8");
const weakened = headersText
  .split("\n")
  .filter((line) => !/^\s+(X-Frame-Options|Content-Security-Policy):/.test(line))
  .join("\n");
// Each page kind, how it is served, and the least it must score (a weakened
// set must score below the visitors' budget: the gate catches it).
const VISITOR = { score: 120, grade: "A+" };
const cases = [
  { kind: "visitor page", address: "/", rules: headerRules(headersText), least: VISITOR },
  { kind: "visitor page, Spanish", address: "/es/", rules: headerRules(headersText), least: VISITOR },
  { kind: "content editor", address: "/admin/", rules: headerRules(headersText), least: { score: 120, grade: "A+" } },
  { kind: "not-found page", address: "/no/such/page", rules: headerRules(headersText), least: { score: 115, grade: "A+" } },
  { kind: "GitHub Pages (no headers, <meta> only)", address: "/", rules: [], least: { score: 55, grade: "C" } },
  { kind: "weakened: no X-Frame-Options or CSP header", address: "/", rules: headerRules(weakened), below: VISITOR },
];

const GRADES = ["A+", "A", "A-", "B+", "B", "B-", "C+", "C", "C-", "D+", "D", "D-", "F"];
const rank = (letter) => GRADES.indexOf(letter);
let passed = 0;
let failed = 0;
for (const { kind, address, rules, least, below } of cases) {
  const server = await serve(rules);
  const { grade: letter, score, status, tests } = await grade(server.ports, address);
  await server.close();
  const ok = least ? score >= least.score && rank(letter) <= rank(least.grade) : score < below.score;
  ok ? passed++ : failed++;
  const budget = least ? `budget >= ${least.score} (${least.grade})` : `must score < ${below.score}`;
  console.log(`${ok ? "ok  " : "FAIL"} ${kind} ${address} [${status}]: ${letter}, ${score}; ${budget}`);
  for (const test of tests) {
    const sign = test.scoreModifier > 0 ? "+" : "";
    console.log(`       ${test.pass ? "pass" : "fail"} ${test.constructor.name}: ${test.result} (${sign}${test.scoreModifier})`);
  }
}
console.log(`\nobservatory: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
