import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";

process.env.AUTH_SECRET ??= "test-auth-secret-that-is-long-enough-000000";
process.env.FEEDBACK_HASH_SECRET ??= "test-feedback-secret-that-is-long-enough-00";

// Without DATABASE_URL every test file gets its own embedded database.
if (!process.env.DATABASE_URL) {
  process.env.JOURNEYBOARD_DATA_DIR = mkdtempSync(path.join(tmpdir(), "journeyboard-test-"));
}

beforeAll(async () => {
  if (process.env.DATABASE_URL) return;
  const { runMigrations } = await import("@/db/migrate");
  await runMigrations();
});

afterAll(async () => {
  const { closeDb } = await import("@/db/client");
  await closeDb();
});
