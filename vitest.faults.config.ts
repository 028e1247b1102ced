import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * `npm run test:faults`: the servers-under-faults suite (lib/collab/faults). It runs real
 * processes (compiled servers, HAProxy, Redis), so on its own, one file at a time, after
 * the server is compiled.
 */
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["lib/**/*.faults.ts"],
    environment: "node",
    globalSetup: ["lib/testing/global-setup.ts", "lib/collab/faults/build-server.ts"],
    setupFiles: ["lib/testing/setup-database.ts"],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
    pool: "forks",
    server: { deps: { inline: ["next-auth"] } },
  },
});
