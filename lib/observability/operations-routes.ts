import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { timingSafeEqual } from "node:crypto";
import { Gauge } from "prom-client";
import { poolUse } from "@/db/client";
import { migrationsApplied } from "@/db/migrate";
import { logger } from "./logger";
import { metricsRegistry } from "./metrics";

type Operations = {
  /** Whether this process takes new work (false while it drains). */
  accepting(): boolean;
  /** Bearer token /metrics requires; without one, only loopback addresses may read it. */
  metricsToken: string | null;
};

const POOL_KEY = Symbol.for("journeyboard.pool-metrics");
type GlobalWithPool = typeof globalThis & { [POOL_KEY]?: boolean };

function registerPoolMetrics(): void {
  const g = globalThis as GlobalWithPool;
  if (g[POOL_KEY]) return;
  g[POOL_KEY] = true;
  new Gauge({
    name: "journeyboard_db_pool_connections",
    help: "This process's database connections: the pool's size, those open, those running a query",
    labelNames: ["state"] as const,
    registers: [metricsRegistry],
    async collect() {
      const use = await poolUse().catch(() => null);
      if (!use) return;
      this.set({ state: "max" }, use.max);
      this.set({ state: "open" }, use.open);
      this.set({ state: "active" }, use.active);
    },
  });
}

function isLoopback(address: string | undefined): boolean {
  return address === "127.0.0.1" || address === "::1" || address === "::ffff:127.0.0.1";
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.startsWith("Bearer ") ? header.slice(7) : "");
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

async function readiness(ops: Operations): Promise<{ ready: boolean; checks: Record<string, boolean> }> {
  const accepting = ops.accepting();
  const migrated = await Promise.race([
    migrationsApplied().catch(() => false),
    new Promise<false>((resolve) => setTimeout(() => resolve(false), 2_000).unref()),
  ]);
  // Reaching the migrations table is reaching the database.
  const checks = { database: migrated !== false, migrations: migrated === true, accepting };
  return { ready: checks.database && checks.migrations && checks.accepting, checks };
}

/**
 * The endpoints an operator's tools read, answered before the app sees the request:
 * `/healthz` (the process is alive), `/readyz` (database reachable, migrations applied,
 * taking connections; a load balancer stops sending work on 503) and `/metrics`
 * (Prometheus text). Returns whether the request was one of them.
 */
export function serveOperations(req: IncomingMessage, res: ServerResponse, ops: Operations): boolean {
  const path = (req.url ?? "").split("?")[0];
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  if (path === "/healthz") {
    json(res, 200, { status: "ok" });
    return true;
  }
  if (path === "/readyz") {
    void readiness(ops).then(({ ready, checks }) => json(res, ready ? 200 : 503, { status: ready ? "ready" : "not ready", checks }));
    return true;
  }
  if (path === "/metrics") {
    const allowed = ops.metricsToken ? tokenMatches(req.headers.authorization, ops.metricsToken) : isLoopback(req.socket.remoteAddress);
    if (!allowed) {
      json(res, 401, { error: "metrics need the bearer token in METRICS_TOKEN" });
      return true;
    }
    registerPoolMetrics();
    void metricsRegistry
      .metrics()
      .then((text) => {
        res.writeHead(200, { "content-type": metricsRegistry.contentType, "cache-control": "no-store" });
        res.end(text);
      })
      .catch((error) => {
        logger.error({ err: error }, "metrics failed");
        json(res, 500, { error: "metrics failed" });
      });
    return true;
  }
  return false;
}
