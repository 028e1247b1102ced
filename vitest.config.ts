import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      "server-only": path.resolve(__dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "db/**/*.test.ts"],
    environment: "node",
    globalSetup: ["lib/testing/global-setup.ts"],
    setupFiles: ["lib/testing/setup-database.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Integration tests share one PostgreSQL database; each builds its own workspaces,
    // so files may run in parallel. PGlite (no DATABASE_URL) gets one database per file.
    pool: "forks",
    // next-auth imports "next/server" without the extension Node's resolver needs; vite resolves it when inlined.
    server: { deps: { inline: ["next-auth"] } },
  },
});
