// Compiles the custom server (server.ts and what it imports from lib/ and db/) to one
// JavaScript file, dist/server.mjs, which `npm start` runs with plain Node. Packages stay
// external: Node loads each from node_modules once, the same copy the Next.js bundle uses.
import { build } from "esbuild";

const emptyServerOnly = {
  name: "server-only",
  setup(b) {
    // Outside React's server bundle the marker would throw; here it marks nothing.
    b.onResolve({ filter: /^server-only$/ }, () => ({ path: "server-only", namespace: "empty" }));
    b.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "", loader: "js" }));
  },
};

await build({
  entryPoints: ["server.ts"],
  outfile: "dist/server.mjs",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: true,
  plugins: [emptyServerOnly],
  logLevel: "warning",
  // Some packages still call require(); an ES module needs it made.
  banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
});
console.log("Built dist/server.mjs");
