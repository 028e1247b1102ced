import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { serveOperations } from "./operations-routes";

let server: Server | null = null;

async function start(ops: Parameters<typeof serveOperations>[2]): Promise<string> {
  server = createServer((req, res) => {
    if (!serveOperations(req, res, ops)) res.writeHead(404).end("app");
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(() => {
  server?.close();
  server = null;
});

describe("operations endpoints", () => {
  it("/healthz answers while the process lives; /readyz checks the database and migrations and turns 503 while draining", async () => {
    let accepting = true;
    const url = await start({ accepting: () => accepting, metricsToken: null });
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready", checks: { database: true, migrations: true, accepting: true } });
    accepting = false;
    const draining = await fetch(`${url}/readyz`);
    expect(draining.status).toBe(503);
    expect((await draining.json()).checks.accepting).toBe(false);
    expect((await fetch(`${url}/somewhere-else`)).status).toBe(404);
  });

  it("/metrics speaks Prometheus text and asks for the token when one is set", async () => {
    const url = await start({ accepting: () => true, metricsToken: "a-long-enough-metrics-token" });
    expect((await fetch(`${url}/metrics`)).status).toBe(401);
    expect((await fetch(`${url}/metrics`, { headers: { authorization: "Bearer wrong-token-of-same-len" } })).status).toBe(401);
    const res = await fetch(`${url}/metrics`, { headers: { authorization: "Bearer a-long-enough-metrics-token" } });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain("journeyboard_nodejs_eventloop_lag_seconds");
    expect(text).toMatch(/journeyboard_db_pool_connections\{state="max"\} \d+/);
  });

  it("/metrics without a token answers loopback callers only", async () => {
    const url = await start({ accepting: () => true, metricsToken: null });
    expect((await fetch(`${url}/metrics`)).status).toBe(200);
  });
});
