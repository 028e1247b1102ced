/**
 * The server side of `npm run bench:collab`, run as a child process so its memory and CPU
 * are its own: `ours` is the real collaboration server (authenticating, persisting to
 * DATABASE_URL, projecting), `reference` is y-websocket's own server, in memory, no auth.
 */
import { createServer } from "node:http";
import { monitorEventLoopDelay } from "node:perf_hooks";
import type { AddressInfo } from "node:net";
import { WebSocketServer } from "ws";

const mode = process.argv[2];
const http = createServer((_req, res) => res.writeHead(404).end());
let close: () => Promise<void> = async () => {};

if (mode === "ours") {
  const { attachCollabServer } = await import("@/lib/collab/server");
  const collab = await attachCollabServer(http, { redisUrl: null });
  close = () => collab.close();
} else if (mode === "reference") {
  const { setupWSConnection } = await import("@y/websocket-server/utils");
  const wss = new WebSocketServer({ noServer: true });
  http.on("upgrade", (req, socket, head) => wss.handleUpgrade(req, socket, head, (ws) => setupWSConnection(ws, req)));
} else {
  throw new Error(`unknown mode ${mode}`);
}

await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));

// Peak memory since the last "reset", sampled often enough to see a load's high-water mark.
let peak = { rss: 0, heapUsed: 0 };
const sample = () => {
  const m = process.memoryUsage();
  peak = { rss: Math.max(peak.rss, m.rss), heapUsed: Math.max(peak.heapUsed, m.heapUsed) };
};
setInterval(sample, 100).unref();
const cpuStart = { value: process.cpuUsage(), at: performance.now() };
const loopDelay = monitorEventLoopDelay({ resolution: 5 });
loopDelay.enable();

process.on("message", async (message: { type: string }) => {
  if (message.type === "reset") {
    peak = { rss: 0, heapUsed: 0 };
    sample();
    cpuStart.value = process.cpuUsage();
    cpuStart.at = performance.now();
    loopDelay.reset();
    process.send!({ type: "reset" });
  } else if (message.type === "stats") {
    sample();
    const cpu = process.cpuUsage(cpuStart.value);
    const cpuShare = (cpu.user + cpu.system) / 1000 / (performance.now() - cpuStart.at);
    const loopP99 = loopDelay.percentile(99) / 1e6;
    process.send!({ type: "stats", peak, now: process.memoryUsage(), cpuShare, loopP99 });
  } else if (message.type === "close") {
    await close();
    process.exit(0);
  }
});

process.send!({ type: "ready", port: (http.address() as AddressInfo).port });
