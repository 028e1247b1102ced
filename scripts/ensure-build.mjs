// `npm start` on a fresh checkout: make the production build first if there is none.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

if (!existsSync(".next/BUILD_ID")) {
  console.log("No production build yet: running `next build` once (a minute or two)…");
  const res = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
  process.exit(res.status ?? 1);
}
