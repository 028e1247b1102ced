import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import WebSocket from "ws";
import * as Y from "yjs";
import { CollabSession } from "@/lib/collab/client/collab-session";
import { signCollabToken } from "@/lib/collab/server/collab-token";
import { readMapContent } from "@/lib/journey/map-document";
import { testSessionId } from "@/lib/testing/factories";

/**
 * Several collaboration servers (compiled, each its own process) behind the real HAProxy
 * with the configuration in deploy/haproxy.cfg, a Redis of their own, and editors that
 * are the browser's CollabSession: the parts a deployment has, to break on purpose.
 */
const ROOT = path.resolve(import.meta.dirname, "../../..");

export const hasCommand = (command: string) => spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;
export const faultSuiteMissing = (): string | null =>
  !process.env.DATABASE_URL
    ? "DATABASE_URL is not set (the servers are separate processes and need PostgreSQL)"
    : !hasCommand("haproxy")
      ? "haproxy is not installed (apt-get install haproxy)"
      : !hasCommand("redis-server")
        ? "redis-server is not installed"
        : null;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function waitForOutput(child: ChildProcess, pattern: RegExp, what: string, timeoutMs = 20_000): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = "";
    const timer = setTimeout(() => reject(new Error(`${what} did not start within ${timeoutMs} ms: ${seen.slice(-500)}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      if (pattern.test(seen)) {
        clearTimeout(timer);
        child.stdout?.off("data", onData);
        child.stderr?.off("data", onData);
        resolve();
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited (${code ?? signal}) before it was ready: ${seen.slice(-500)}`));
    });
  });
}

export async function sleep(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

export async function waitUntil(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<number> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(25);
  }
  return Date.now() - started;
}

export class RedisProcess {
  private child: ChildProcess | null = null;
  constructor(readonly port: number) {}
  get url() {
    return `redis://127.0.0.1:${this.port}`;
  }
  async start(): Promise<void> {
    this.child = spawn("redis-server", ["--port", String(this.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    await waitForOutput(this.child, /Ready to accept connections/, "redis-server");
  }
  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
  }
  get pid(): number | undefined {
    return this.child?.pid;
  }
  pause(): void {
    this.child?.kill("SIGSTOP");
  }
  resume(): void {
    this.child?.kill("SIGCONT");
  }
}

export class ServerProcess {
  child: ChildProcess | null = null;
  constructor(
    readonly name: string,
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}
  get address() {
    return `127.0.0.1:${this.port}`;
  }
  get url() {
    return `ws://127.0.0.1:${this.port}/collab`;
  }
  async start(): Promise<void> {
    // SERVER_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") is for profiling a bench's servers.
    const nodeArgs = this.env.SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
    this.child = spawn(process.execPath, [...nodeArgs, "dist/server.mjs", "--collab-only"], {
      cwd: ROOT,
      env: { ...process.env, ...this.env, PORT: String(this.port), HOST: "127.0.0.1", NODE_ENV: "production", LOG_LEVEL: "warn" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.child.stderr!.on("data", (chunk: Buffer) => {
      if (process.env.FAULTS_VERBOSE) process.stderr.write(`[${this.name}] ${chunk}`);
    });
    const child = this.child;
    await waitUntil(
      async () => {
        if (child.exitCode !== null) throw new Error(`${this.name} exited with ${child.exitCode} before it was ready`);
        return (await fetch(`http://${this.address}/readyz`).catch(() => null))?.ok === true;
      },
      20_000,
      `${this.name} ready`,
    );
  }
  get pid(): number | undefined {
    return this.child?.pid;
  }
  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }
  async kill(signal: NodeJS.Signals = "SIGKILL"): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill(signal);
    await exited;
  }
}

export class ProxyProcess {
  private child: ChildProcess | null = null;
  constructor(
    readonly port: number,
    private readonly servers: ServerProcess[],
  ) {}
  get wsUrl() {
    return `ws://127.0.0.1:${this.port}/collab`;
  }
  get httpUrl() {
    return `http://127.0.0.1:${this.port}`;
  }
  async start(): Promise<void> {
    const env: Record<string, string> = { PROXY_BIND: `127.0.0.1:${this.port}` };
    this.servers.forEach((server, i) => (env[`APP${i + 1}_ADDR`] = server.address));
    this.child = spawn("haproxy", ["-db", "-f", path.join(ROOT, "deploy/haproxy.cfg")], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.child.stderr!.on("data", (chunk: Buffer) => {
      if (process.env.FAULTS_VERBOSE) process.stderr.write(`[haproxy] ${chunk}`);
    });
    this.child.once("exit", (code) => {
      if (code && code !== 0) process.stderr.write(`haproxy exited with ${code}\n`);
    });
    await waitUntil(async () => (await fetch(`${this.httpUrl}/readyz`).catch(() => null))?.ok === true, 10_000, "haproxy routes");
  }
  get pid(): number | undefined {
    return this.child?.pid;
  }
  /** Which server the proxy sends a map to now (the servers answer the plain GET with their id). */
  async homeOf(mapId: string): Promise<string | null> {
    const res = await fetch(`${this.httpUrl}/collab/${mapId}`).catch(() => null);
    return res?.ok ? ((await res.json()) as { server: string }).server : null;
  }
  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
  }
}

export type Cluster = { redis: RedisProcess; servers: ServerProcess[]; proxy: ProxyProcess; stop(): Promise<void> };

export async function startCluster(size = 3, extraEnv: Record<string, string> = {}): Promise<Cluster> {
  const redis = new RedisProcess(await freePort());
  await redis.start();
  const proxyPort = await freePort();
  const env = {
    REDIS_URL: redis.url,
    COLLAB_ROUTER_URL: `http://127.0.0.1:${proxyPort}`,
    // HAProxy checks /readyz every second; this is time for it to notice a drain.
    DRAIN_DELAY_MS: "1200",
    DATABASE_POOL_SIZE: "4",
    ...extraEnv,
  };
  const servers: ServerProcess[] = [];
  for (let i = 0; i < size; i++) servers.push(new ServerProcess(`server${i + 1}`, await freePort(), env));
  await Promise.all(servers.map((s) => s.start()));
  const proxy = new ProxyProcess(proxyPort, servers);
  await proxy.start();
  return {
    redis,
    servers,
    proxy,
    async stop() {
      await proxy.stop();
      await Promise.all(servers.map((s) => s.kill("SIGKILL")));
      await redis.stop();
    },
  };
}

/** An editor as the browser runs it: CollabSession, with a fresh signed ticket on every (re)connect. */
export type Editor = {
  userId: string;
  mapId: string;
  session: CollabSession;
  /** Values this editor typed, and those its status had shown as saved. */
  written: string[];
  shownSaved: Set<string>;
  destroy(): void;
};

export function openEditor(args: { url: string; mapId: string; userId: string; name: string }): Editor {
  const session = new CollabSession({
    mapId: args.mapId,
    serverUrl: args.url,
    WebSocketImpl: WebSocket as unknown as typeof globalThis.WebSocket,
    maxRetryMs: 1000,
    fetchTicket: async () => ({
      ok: true,
      ticket: {
        token: signCollabToken({ userId: args.userId, mapId: args.mapId, sessionId: testSessionId(args.userId) }),
        readOnly: false,
        user: { id: args.userId, name: args.name, color: "#336699" },
      },
    }),
  });
  const editor: Editor = {
    userId: args.userId,
    mapId: args.mapId,
    session,
    written: [],
    shownSaved: new Set(),
    destroy: () => session.destroy(),
  };
  // What the status shows: once "Saved", everything typed before is promised to be stored.
  session.subscribe(() => {
    if (session.getSnapshot().state === "saved") for (const value of editor.written) editor.shownSaved.add(value);
  });
  session.start();
  return editor;
}

export const isSaved = (editor: Editor) => editor.session.getSnapshot().state === "saved";
export const isConnected = (editor: Editor) => editor.session.provider.wsconnected && editor.session.provider.synced;

/** Two copies agree: the same changes (state vectors) and the same content. */
export function sameDocument(a: Y.Doc, b: Y.Doc): boolean {
  return (
    Buffer.compare(Y.encodeStateVector(a), Y.encodeStateVector(b)) === 0 &&
    JSON.stringify(readMapContent(a)) === JSON.stringify(readMapContent(b))
  );
}
