/**
 * `npm run bench:scale` — a benchmark, not a test: it prints figures and asserts nothing.
 *
 * The same load — real WebsocketProvider clients in loader processes, each editing its own
 * card every five seconds (2 updates/s per map of 10 editors) — against, in one run:
 *   one     our compiled server alone (authenticating, storing, projecting);
 *   three   three of them behind HAProxy (deploy/haproxy.cfg) with Redis, as deployed;
 *   ref     y-websocket's reference server (in memory, no auth, no storage).
 * Prints connections, p50/p95/p99 propagation and server CPU per delivered update: the
 * servers' CPU time (from /proc, over the measured window) divided by updates × receivers.
 *
 * BENCH_SIZES (default "2000x200,4000x400": connections x maps), BENCH_SECONDS (default 10),
 * BENCH_RATE (updates per editor per second, default 0.2; 2 saturates this 2-core machine
 * with the loaders alone), BENCH_LOADERS (default 2),
 * BENCH_TARGETS (default "one,three,ref").
 * DATABASE_URL: used as given; unset, a `journeyboard_bench` database on the local PostgreSQL.
 */
import { fork, spawnSync, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { useBenchDatabase } from "./bench-database";

const SIZES = (process.env.BENCH_SIZES ?? "2000x200,4000x400").split(",").map((s) => s.split("x").map(Number) as [number, number]);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const RATE = Number(process.env.BENCH_RATE ?? 0.2);
const LOADERS = Number(process.env.BENCH_LOADERS ?? 2);
const TARGETS = (process.env.BENCH_TARGETS ?? "one,three,ref").split(",") as Target[];
type Target = "one" | "three" | "ref";

await useBenchDatabase("journeyboard_bench");

const { runMigrations } = await import("@/db/migrate");
const { closeDb } = await import("@/db/client");
const { buildMap, buildMember, buildWorkspace, testSessionId } = await import("@/lib/testing/factories");
const { signCollabToken } = await import("@/lib/collab/server/collab-token");
const { ServerProcess, startCluster, freePort } = await import("@/lib/collab/faults/cluster");

await runMigrations();
if (spawnSync(process.execPath, ["scripts/build-server.mjs"], { stdio: "inherit" }).status !== 0) throw new Error("server build failed");

/** CPU time a process has used so far, in microseconds (user + system, from /proc). */
function cpuMicros(pid: number | undefined): number {
  if (!pid) return 0;
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks / 100) * 1e6; // USER_HZ is 100 on Linux
}

const serverNodeOptions: Record<string, string> = process.env.BENCH_SERVER_NODE_ARGS ? { SERVER_NODE_ARGS: process.env.BENCH_SERVER_NODE_ARGS } : {};

type Running = { url: string; pids: () => Array<number | undefined>; proxyPid?: () => number | undefined; stop(): Promise<void> };

async function startTarget(target: Target): Promise<Running> {
  if (target === "one") {
    // BENCH_SERVER_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") profiles the servers.
    const server = new ServerProcess("one", await freePort(), { DATABASE_POOL_SIZE: "10", ...serverNodeOptions });
    await server.start();
    return { url: server.url, pids: () => [server.pid], stop: () => server.kill("SIGTERM") };
  }
  if (target === "three") {
    const cluster = await startCluster(3, { DATABASE_POOL_SIZE: "6", ...serverNodeOptions });
    return {
      url: cluster.proxy.wsUrl,
      pids: () => [...cluster.servers.map((s) => s.pid), cluster.redis.pid],
      proxyPid: () => cluster.proxy.pid,
      stop: () => cluster.stop(),
    };
  }
  const child = fork(new URL("./collab-server.ts", import.meta.url).pathname, ["reference"], {
    execArgv: ["--import", "tsx", "--import", "./scripts/register-server-only.mjs"],
    env: process.env,
  });
  const { port } = await new Promise<{ port: number }>((resolve) =>
    child.on("message", (m: { type: string; port: number }) => m.type === "ready" && resolve(m)),
  );
  return {
    url: `ws://127.0.0.1:${port}/collab`,
    pids: () => [child.pid],
    async stop() {
      child.kill("SIGKILL");
    },
  };
}

type Loader = { child: ChildProcess; next<T>(type: string): Promise<T> };
async function startLoader(): Promise<Loader> {
  const child = fork(new URL("./scale-loader.ts", import.meta.url).pathname, [], {
    execArgv: ["--import", "tsx", "--import", "./scripts/register-server-only.mjs", "--max-old-space-size=4096"],
    env: process.env,
  });
  const next = <T>(type: string) =>
    new Promise<T>((resolve) => {
      const on = (m: { type: string }) => {
        if (m.type !== type) return;
        child.off("message", on);
        resolve(m as T);
      };
      child.on("message", on);
    });
  await next("ready");
  return { child, next };
}

const percentile = (sorted: Float64Array, p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN);

type Row = { target: Target; connections: number; maps: number; opened: number; kept: number; p50: number; p95: number; p99: number; delivered: number; expected: number; cpuPerDelivered: number; proxyPerDelivered?: number; serverCpuShare: number };
const rows: Row[] = [];

const workspace = await buildWorkspace({ name: "Scale bench" });
const members = await Promise.all(Array.from({ length: 50 }, () => buildMember(workspace.id, "editor")));

for (const [connections, mapCount] of SIZES) {
  const perMap = Math.round(connections / mapCount);
  for (const target of TARGETS) {
    const maps = await Promise.all(Array.from({ length: mapCount }, () => buildMap(workspace.id)));
    const running = await startTarget(target);
    const loaders = await Promise.all(Array.from({ length: LOADERS }, startLoader));
    try {
      const rooms = maps.map((map, m) => ({
        room: map.id,
        tokens: Array.from({ length: perMap }, (_, i) => {
          if (target === "ref") return null;
          const member = members[(m * perMap + i) % members.length]!;
          return signCollabToken({ userId: member.id, mapId: map.id, sessionId: testSessionId(member.id) });
        }),
      }));
      const started = loaders.map((l) => l.next<{ connections: number }>("started"));
      loaders.forEach((loader, i) => loader.child.send({ type: "start", url: running.url, rooms: rooms.filter((_, r) => r % LOADERS === i) }));
      const opened = (await Promise.all(started)).reduce((n, s) => n + s.connections, 0);
      await new Promise((resolve) => setTimeout(resolve, 1000));

      const cpuBefore = running.pids().map(cpuMicros);
      const proxyBefore = cpuMicros(running.proxyPid?.());
      const at = performance.now();
      const done = loaders.map((l) => l.next<{ sent: number; received: number; connected: number; latencies: number[] }>("done"));
      for (const loader of loaders) loader.child.send({ type: "go", rate: RATE, seconds: SECONDS });
      const results = await Promise.all(done);
      const elapsedMs = performance.now() - at;
      const cpu = running.pids().map(cpuMicros).reduce((n, v, i) => n + v - cpuBefore[i]!, 0);
      const proxyCpu = cpuMicros(running.proxyPid?.()) - proxyBefore;

      const latencies = Float64Array.from(results.flatMap((r) => r.latencies)).sort();
      const delivered = results.reduce((n, r) => n + r.received, 0);
      const sent = results.reduce((n, r) => n + r.sent, 0);
      rows.push({
        target,
        connections,
        maps: mapCount,
        opened,
        kept: results.reduce((n, r) => n + r.connected, 0),
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        p99: percentile(latencies, 99),
        delivered,
        expected: sent * (perMap - 1),
        cpuPerDelivered: cpu / Math.max(1, delivered),
        proxyPerDelivered: running.proxyPid ? proxyCpu / Math.max(1, delivered) : undefined,
        serverCpuShare: cpu / 1000 / elapsedMs,
      });
      const row = rows.at(-1)!;
      console.log(
        `${target.padEnd(5)} ${connections} conns / ${mapCount} maps: opened ${row.opened}, kept ${row.kept}; ` +
          `p50 ${row.p50.toFixed(1)} ms, p95 ${row.p95.toFixed(1)} ms, p99 ${row.p99.toFixed(1)} ms; ` +
          `delivered ${row.delivered}/${row.expected}; server CPU ${row.cpuPerDelivered.toFixed(1)} µs per delivered update` +
          (row.proxyPerDelivered !== undefined ? ` (+ HAProxy ${row.proxyPerDelivered.toFixed(1)} µs)` : ""),
      );
    } finally {
      for (const loader of loaders) {
        loader.child.send({ type: "stop" });
      }
      await Promise.all(loaders.map((l) => new Promise((resolve) => l.child.once("exit", resolve))));
      await running.stop();
    }
  }
}

console.log(`\nbench:scale — ${RATE} updates/s per editor for ${SECONDS} s, ${LOADERS} loader processes, on this machine`);
console.log("target  conns  maps   p50 ms   p95 ms   p99 ms   delivered        CPU µs/delivered update");
for (const r of rows) {
  console.log(
    `${r.target.padEnd(6)}  ${String(r.connections).padStart(5)}  ${String(r.maps).padStart(4)}  ${r.p50.toFixed(1).padStart(7)}  ${r.p95.toFixed(1).padStart(7)}  ${r.p99
      .toFixed(1)
      .padStart(7)}   ${`${r.delivered}/${r.expected}`.padEnd(15)}  ${r.cpuPerDelivered.toFixed(1)}${r.proxyPerDelivered !== undefined ? ` (+ HAProxy ${r.proxyPerDelivered.toFixed(1)})` : ""}`,
  );
}
await closeDb();
process.exit(0);
