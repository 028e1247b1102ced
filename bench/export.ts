/**
 * `npm run bench:export` — a benchmark, not a test: it prints figures and asserts nothing.
 *
 * Writes the whole-workspace archive (lib/workspaces/export-workspace.ts) of the
 * dashboard benchmark's workspace — 5 maps, KPIs, 1,000,000 feedback responses — twice:
 * streamed to a file, and as the background job makes it (into the database in 1 MB
 * chunks, with progress); prints the time, the archive's size and the process's peak
 * memory (RSS, sampled every 20 ms) against its memory before each run. Seeds through `bench:dashboard`
 * (with one run) when that workspace is not there yet.
 *
 * DATABASE_URL: used as given; unset, the `jb_bench` database on the local PostgreSQL.
 */
import { execFileSync } from "node:child_process";
import { createWriteStream, statSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import postgres from "postgres";

const SLUG = "bench-dashboard";
// bench:dashboard creates jb_bench itself when DATABASE_URL is unset, so the child gets the environment as it came.
const givenEnv = { ...process.env };
process.env.DATABASE_URL ??= "postgres://postgres@127.0.0.1:5432/jb_bench";

async function seededResponses(): Promise<number> {
  const sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ n: number }[]>`select count(*)::int as n from feedback_responses r join workspaces w on w.id = r.workspace_id where w.slug = ${SLUG}`;
    return row?.n ?? 0;
  } catch {
    return 0;
  } finally {
    await sql.end();
  }
}

if ((await seededResponses()) === 0) {
  console.log("Seeding through bench:dashboard (BENCH_RUNS=1) …");
  execFileSync("npm", ["run", "bench:dashboard"], { stdio: "inherit", env: { ...givenEnv, BENCH_RUNS: "1" } });
}
const responses = await seededResponses();

await (await import("@/db/migrate")).runMigrations();
const { closeDb, getDb } = await import("@/db/client");
const { workspaces, memberships, users } = await import("@/db/schema");
const { eq } = await import("drizzle-orm");
const { writeWorkspaceArchive } = await import("@/lib/workspaces/export-workspace");

const [ws] = await getDb().select().from(workspaces).where(eq(workspaces.slug, SLUG));
if (!ws) throw new Error("bench workspace missing");
const [owner] = await getDb().select({ id: users.id }).from(memberships).innerJoin(users, eq(users.id, memberships.userId)).where(eq(memberships.workspaceId, ws.id)).limit(1);
const ctx = {
  userId: owner?.id ?? "bench",
  workspaceId: ws.id,
  role: "owner" as const,
  workspace: { id: ws.id, name: ws.name, slug: ws.slug, locale: ws.locale, timeZone: ws.timeZone },
};

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

async function measure(label: string, work: () => Promise<number>) {
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  const bytes = await work();
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  console.log(`  ${label.padEnd(36)} ${seconds.toFixed(1).padStart(5)} s  ${Math.round(responses / seconds).toLocaleString("en").padStart(8)} responses/s  ${mb(bytes).padStart(9)}  RSS ${mb(rssBefore)} → peak ${mb(rssPeak)} (+${mb(rssPeak - rssBefore)})`);
}

console.log("");
console.log(`Workspace export of ${responses.toLocaleString("en")} responses (${ws.name})`);
const file = path.join(tmpdir(), `jb-bench-export-${process.pid}.zip`);
await measure("streamed to a file", async () => (await writeWorkspaceArchive(ctx, createWriteStream(file))).bytes);
statSync(file);
unlinkSync(file);
const { workspaceExports } = await import("@/db/schema");
const { runWorkspaceExport } = await import("@/lib/workspaces/workspace-exports");
await measure("background job (into the database)", async () => {
  const [row] = await getDb().insert(workspaceExports).values({ workspaceId: ws.id, responsesTotal: responses }).returning();
  await runWorkspaceExport(row!.id);
  const [done] = await getDb().select({ bytes: workspaceExports.bytes }).from(workspaceExports).where(eq(workspaceExports.id, row!.id));
  await getDb().delete(workspaceExports).where(eq(workspaceExports.id, row!.id));
  return done?.bytes ?? 0;
});
await closeDb();
