import { spawnSync } from "node:child_process";

/** The fault suite runs the compiled server, as `npm start` does: compile it first. */
export default function buildServer() {
  const res = spawnSync(process.execPath, ["scripts/build-server.mjs"], { stdio: "inherit" });
  if (res.status !== 0) throw new Error("could not compile the server (scripts/build-server.mjs)");
}
