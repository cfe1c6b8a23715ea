// Netlify build plugin: restores the installed tools and the build cache
// before the build and saves them after it, with Netlify's own cache
// (utils.cache), so a deploy after a content edit compiles nothing again.
const os = require("os");
const path = require("path");

const cargoHome = process.env.CARGO_HOME || path.join(os.homedir(), ".cargo");
const paths = [
  path.join(cargoHome, "bin"),
  path.join(cargoHome, "registry"),
  "node_modules",
  "target",
];

module.exports = {
  async onPreBuild({ utils }) {
    for (const dir of paths) {
      if (await utils.cache.restore(dir)) console.log(`restored ${dir}`);
    }
  },
  async onPostBuild({ utils }) {
    for (const dir of paths) {
      if (await utils.cache.save(dir)) console.log(`saved ${dir}`);
    }
  },
};
