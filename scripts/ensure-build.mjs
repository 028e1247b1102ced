// `npm start` on a fresh checkout: make the production build first if there is none; the
// custom server is compiled every time (a quarter of a second), so it never runs stale.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

if (!existsSync(".next/BUILD_ID")) {
  console.log("No production build yet: running `next build` once (a minute or two)…");
  const res = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
  if (res.status !== 0) process.exit(res.status ?? 1);
}
const res = spawnSync("node", ["scripts/build-server.mjs"], { stdio: "inherit" });
process.exit(res.status ?? 1);
