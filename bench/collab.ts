/**
 * `npm run bench:collab` — a benchmark, not a test: it prints figures and asserts nothing.
 *
 * Simulated editors (real y-websocket clients in this process) edit one map at 10 updates/s
 * each, against our collaboration server (authenticating, storing every update in PostgreSQL,
 * projecting) and against y-websocket's reference server (in memory, no auth), each in its
 * own child process. Prints p50/p95/p99 propagation latency and server memory for 2, 10 and
 * 50 editors, our p99 as a ratio of the reference's, and how long a 1,000-card map takes to
 * sync into an empty client.
 *
 * BENCH_SECONDS (default 10), BENCH_ROUNDS (default 2) and BENCH_EDITORS (default "2,10,50")
 * change the load.
 * DATABASE_URL: used as given; unset, a `journeyboard_bench` database is created on the local
 * PostgreSQL (postgres://postgres@127.0.0.1:5432).
 */
import { fork, type ChildProcess } from "node:child_process";
import * as Y from "yjs";
import { useBenchDatabase } from "./bench-database";

const EDITOR_COUNTS = (process.env.BENCH_EDITORS ?? "2,10,50").split(",").map(Number);
const RATE = 10;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CARDS = 1000;

await useBenchDatabase("journeyboard_bench");

const { runMigrations } = await import("@/db/migrate");
const { closeDb } = await import("@/db/client");
const { buildMap, buildMember, buildWorkspace, testSessionId } = await import("@/lib/testing/factories");
const { signCollabToken } = await import("@/lib/collab/server/collab-token");
const { addCard, addLane, addPhase, addStep } = await import("@/lib/journey/map-document");
const { percentile, pushDocument, runEditors, timeSync } = await import("./collab-editors");
const { LANE_KINDS } = await import("@/lib/journey/map-vocabulary");

await runMigrations();
const workspace = await buildWorkspace({ name: "Bench" });
const editors = await Promise.all(Array.from({ length: Math.max(...EDITOR_COUNTS) }, () => buildMember(workspace.id, "editor")));

type Stats = { peak: { rss: number; heapUsed: number }; now: { rss: number; heapUsed: number }; cpuShare: number; loopP99: number };
type Server = { child: ChildProcess; url: string; ask<T>(type: string): Promise<T> };

async function startServer(mode: "ours" | "reference"): Promise<Server> {
  const child = fork(new URL("./collab-server.ts", import.meta.url).pathname, [mode], {
    // BENCH_CPU_PROF=<dir> writes a V8 CPU profile of each server, for finding what costs.
    execArgv: [
      "--import",
      "tsx",
      "--import",
      "./scripts/register-server-only.mjs",
      ...(process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
      ...(process.env.BENCH_TRACE_GC ? ["--trace-gc"] : []),
    ],
    env: process.env,
  });
  const waitFor = <T>(type: string) =>
    new Promise<T>((resolve) => {
      const onMessage = (message: { type: string }) => {
        if (message.type !== type) return;
        child.off("message", onMessage);
        resolve(message as T);
      };
      child.on("message", onMessage);
    });
  const { port } = await waitFor<{ port: number }>("ready");
  return {
    child,
    url: `ws://127.0.0.1:${port}/collab`,
    ask<T>(type: string) {
      const reply = waitFor<T>(type);
      child.send({ type });
      return reply;
    },
  };
}

/** A map of `cards` cards over 5 phases × 4 steps and every lane kind, as a Yjs document. */
function bigMap(cards: number): Y.Doc {
  const doc = new Y.Doc();
  const steps: string[] = [];
  for (let p = 0; p < 5; p++) {
    const phase = addPhase(doc, `Phase ${p + 1}`);
    for (let s = 0; s < 4; s++) steps.push(addStep(doc, phase, `Step ${p + 1}.${s + 1}`));
  }
  const lanes = LANE_KINDS.map((kind) => addLane(doc, kind, kind));
  for (let i = 0; i < cards; i++) {
    addCard(doc, {
      laneId: lanes[i % lanes.length]!,
      stepId: steps[Math.floor(i / lanes.length) % steps.length]!,
      kind: i % 5 === 0 ? "touchpoint" : "note",
      channel: i % 5 === 0 ? "web" : undefined,
      text: `Card ${i}: the customer compares opening hours and prices online`,
    });
  }
  return doc;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;
type Mode = "ours" | "reference";
type Row = { mode: Mode; editors: number; samples: number[]; saved: number[]; sent: number; expected: number; perEditorRate: number[]; stats: Stats[]; clientCpu: number[] };
const rows: Row[] = [];
const loads: Record<string, { cold?: number; warm: number; cards: number }> = {};
const servers: Record<Mode, Server> = { ours: await startServer("ours"), reference: await startServer("reference") };

// Rounds alternate which server goes first, so drift in the machine's load (other work on
// this machine) falls on both alike; each row pools its rounds' samples.
for (const count of EDITOR_COUNTS) {
  const row = (mode: Mode) => {
    let found = rows.find((r) => r.mode === mode && r.editors === count);
    if (!found) rows.push((found = { mode, editors: count, samples: [], saved: [], sent: 0, expected: 0, perEditorRate: [], stats: [], clientCpu: [] }));
    return found;
  };
  for (let round = 0; round < ROUNDS; round++) {
    for (const mode of (round % 2 === 0 ? ["ours", "reference"] : ["reference", "ours"]) as Mode[]) {
      const server = servers[mode];
      const map = await buildMap(workspace.id);
      const tokens = editors.slice(0, count).map((u) => (mode === "ours" ? signCollabToken({ userId: u.id, mapId: map.id, sessionId: testSessionId(u.id) }) : null));
      await server.ask("reset");
      const result = await runEditors({ url: server.url, room: map.id, tokens, rate: RATE, seconds: SECONDS });
      const r = row(mode);
      for (const value of result.latencies) r.samples.push(value);
      for (const value of result.savedLatencies) r.saved.push(value);
      r.sent += result.sent;
      r.expected += result.expected;
      r.perEditorRate.push(result.sent / count / result.seconds);
      r.stats.push(await server.ask<Stats>("stats"));
      r.clientCpu.push(result.clientCpuShare);
      console.log(`${mode.padEnd(9)} ${String(count).padStart(2)} editors, round ${round + 1}: p99 ${ms(percentile(result.latencies, 99))}`);
    }
  }
}

// A 1,000-card map into an empty client: ours loads it from PostgreSQL on first open
// (cold) and serves it from memory after (warm); the reference only has memory.
const { mapDocuments } = await import("@/db/schema");
const { getDb } = await import("@/db/client");
for (const mode of ["ours", "reference"] as const) {
  const server = servers[mode];
  const doc = bigMap(CARDS);
  const map = await buildMap(workspace.id);
  const token = () => (mode === "ours" ? signCollabToken({ userId: editors[0]!.id, mapId: map.id, sessionId: testSessionId(editors[0]!.id) }) : null);
  let cold: number | undefined;
  if (mode === "ours") {
    await getDb().insert(mapDocuments).values({ mapId: map.id, workspaceId: workspace.id, state: Y.encodeStateAsUpdate(doc) });
    cold = (await timeSync(server.url, map.id, token())).ms;
  } else {
    await pushDocument(server.url, map.id, token(), doc);
  }
  const warmRuns = [];
  for (let i = 0; i < 5; i++) warmRuns.push(await timeSync(server.url, map.id, token()));
  loads[mode] = { cold, warm: Math.min(...warmRuns.map((r) => r.ms)), cards: warmRuns[0]!.cards };
}

// Ours stores and compacts what is open before it exits.
for (const server of Object.values(servers)) {
  const exited = new Promise((resolve) => server.child.once("exit", resolve));
  server.child.send({ type: "close" });
  await exited;
}

const p = (r: Row, q: number) => percentile(Float64Array.from(r.samples).sort(), q);
const max = (values: number[]) => Math.max(...values);
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

console.log(
  `\nCollaboration benchmark — ${RATE} updates/s per editor, ${ROUNDS} rounds of ${SECONDS} s per row, one map; clients and servers on this machine\n`,
);
console.log("server     editors  sent/s/ed  delivered    p50        p95        p99     server RSS peak  heap peak  server CPU  loop delay p99  client CPU");
for (const r of rows) {
  console.log(
    [
      r.mode.padEnd(10),
      String(r.editors).padStart(7),
      mean(r.perEditorRate).toFixed(1).padStart(10),
      `${((r.samples.length / Math.max(1, r.expected)) * 100).toFixed(1)}%`.padStart(10),
      ms(p(r, 50)).padStart(9),
      ms(p(r, 95)).padStart(10),
      ms(p(r, 99)).padStart(10),
      mb(max(r.stats.map((s) => s.peak.rss))).padStart(16),
      mb(max(r.stats.map((s) => s.peak.heapUsed))).padStart(10),
      `${(mean(r.stats.map((s) => s.cpuShare)) * 100).toFixed(0)}%`.padStart(11),
      ms(max(r.stats.map((s) => s.loopP99))).padStart(15),
      `${(mean(r.clientCpu) * 100).toFixed(0)}%`.padStart(11),
    ].join(" "),
  );
}
console.log("\nEdit → Saved, per edit (ours: held until the updates are committed to PostgreSQL; reference: answered from memory). Target p99 < 100 ms:");
for (const r of rows) {
  const saved = Float64Array.from(r.saved).sort();
  console.log(
    `  ${r.mode.padEnd(9)} ${String(r.editors).padStart(2)} editors: p50 ${ms(percentile(saved, 50))}  p95 ${ms(percentile(saved, 95))}  p99 ${ms(percentile(saved, 99))}  (${saved.length} edits)`,
  );
}
console.log("\np99 ratio, ours / reference (target ≤ 1.5 at 50 editors):");
for (const count of EDITOR_COUNTS) {
  const ours = rows.find((r) => r.mode === "ours" && r.editors === count)!;
  const ref = rows.find((r) => r.mode === "reference" && r.editors === count)!;
  console.log(`  ${String(count).padStart(2)} editors: ${(p(ours, 99) / p(ref, 99)).toFixed(2)}×`);
}
console.log(`\nSync of a ${CARDS}-card map into an empty client (target < 100 ms):`);
console.log(`  ours, first open (loaded from PostgreSQL): ${ms(loads.ours!.cold!)}`);
console.log(`  ours, already in memory (best of 5):       ${ms(loads.ours!.warm)}  (${loads.ours!.cards} cards)`);
console.log(`  reference, in memory (best of 5):          ${ms(loads.reference!.warm)}  (${loads.reference!.cards} cards)`);

await closeDb();
process.exit(0);
