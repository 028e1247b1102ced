import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { SaveTracker } from "@/lib/collab/client/save-tracker";
import { addCard, addLane, addPhase, addStep, getCards, updateCard } from "@/lib/journey/map-document";

/** Simulated editors: real WebsocketProviders in this process, each editing its own card. */

export type Client = { doc: Y.Doc; provider: WebsocketProvider };

// Each provider in Node listens for the process's exit; fifty of them are expected here.
process.setMaxListeners(0);

/** A WebsocketProvider as the browser's, in Node, without reconnecting on its own. */
export function connect(url: string, room: string, token: string | null, doc = new Y.Doc()): Client {
  const provider = new WebsocketProvider(url, room, doc, {
    params: token ? { token } : {},
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    shouldReconnect: () => false,
  });
  return { doc, provider };
}

const synced = (client: Client) =>
  new Promise<void>((resolve, reject) => {
    if (client.provider.synced) return resolve();
    client.provider.once("sync", () => resolve());
    client.provider.on("connection-close", (event) => event && reject(new Error(`closed ${event.code}`)));
  });

async function until(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error("bench: timed out waiting for clients");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export type LoadResult = {
  latencies: Float64Array;
  /** Per edit: time until the editor's status showed Saved (the server's held probe reply). */
  savedLatencies: Float64Array;
  sent: number;
  expected: number;
  clientCpuShare: number;
  seconds: number;
};

/**
 * `editors` clients join one room; each changes its own card's text `rate` times a second
 * for `seconds`, stamping the text with the send time. Every other client notes when the
 * change reaches it: propagation latency through the server, measured on one clock.
 */
export async function runEditors(args: {
  url: string;
  room: string;
  tokens: Array<string | null>;
  rate: number;
  seconds: number;
}): Promise<LoadResult> {
  const clients = args.tokens.map((token) => connect(args.url, args.room, token));
  await Promise.all(clients.map(synced));

  const first = clients[0]!.doc;
  const phase = addPhase(first, "Bench");
  const step = addStep(first, phase, "Step");
  const lane = addLane(first, "actions", "Actions");
  await until(() => clients.every((c) => c.doc.getMap("lanes").size === 1 && c.doc.getMap("steps").size === 1));
  const cards = clients.map((c, i) => addCard(c.doc, { laneId: lane, stepId: step, kind: "note", text: `editor ${i}` }));
  await until(() => clients.every((c) => getCards(c.doc).length === clients.length));

  const samples: number[] = [];
  // The editor's own save status, as the browser computes it: Saved once the probe is answered.
  const savedSamples: number[] = [];
  const trackers = clients.map((client) => {
    const unsaved: number[] = [];
    const tracker: SaveTracker = new SaveTracker(client.doc, client.provider, (origin) => origin === client.provider, () => {
      if (tracker.pending) return;
      const now = performance.now();
      for (const t of unsaved.splice(0)) savedSamples.push(now - t);
    });
    return { tracker, unsaved };
  });
  for (const client of clients) {
    client.doc.getMap("cards").observeDeep((events, transaction) => {
      if (transaction.local) return;
      const now = performance.now();
      for (const event of events) {
        if (!(event instanceof Y.YMapEvent) || !event.keysChanged.has("text")) continue;
        const sentAt = Number(String(event.target.get("text")).split("|")[1]);
        if (Number.isFinite(sentAt)) samples.push(now - sentAt);
      }
    });
  }

  const cpuBefore = process.cpuUsage();
  const startedAt = performance.now();
  let sent = 0;
  const intervalMs = 1000 / args.rate;
  const timers: NodeJS.Timeout[] = [];
  clients.forEach((client, i) => {
    // Spread the editors over the interval, as people do not type in lockstep.
    const start = setTimeout(() => {
      let seq = 0;
      timers.push(
        setInterval(() => {
          const now = performance.now();
          trackers[i]!.unsaved.push(now);
          updateCard(client.doc, cards[i]!, { text: `${seq++}|${now}` });
          sent++;
        }, intervalMs),
      );
    }, Math.random() * intervalMs);
    timers.push(start);
  });
  await new Promise((resolve) => setTimeout(resolve, args.seconds * 1000));
  for (const timer of timers) clearInterval(timer);
  const elapsed = (performance.now() - startedAt) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const expected = sent * (clients.length - 1);
  await until(() => samples.length >= expected, 5000).catch(() => {});

  await until(() => trackers.every((t) => !t.tracker.pending), 5000).catch(() => {});
  for (const { tracker } of trackers) tracker.destroy();
  for (const client of clients) {
    client.provider.destroy();
    client.doc.destroy();
  }
  return {
    latencies: Float64Array.from(samples).sort(),
    savedLatencies: Float64Array.from(savedSamples).sort(),
    sent,
    expected,
    clientCpuShare: (cpu.user + cpu.system) / 1e6 / elapsed,
    seconds: elapsed,
  };
}

/** Time from opening a provider to its first completed sync. */
export async function timeSync(url: string, room: string, token: string | null): Promise<{ ms: number; cards: number }> {
  const started = performance.now();
  const client = connect(url, room, token);
  await synced(client);
  const ms = performance.now() - started;
  const cards = getCards(client.doc).length;
  client.provider.destroy();
  client.doc.destroy();
  return { ms, cards };
}

/** Fills a room with `doc`'s content through a client (how the reference server gets content). */
export async function pushDocument(url: string, room: string, token: string | null, doc: Y.Doc): Promise<void> {
  const client = connect(url, room, token, doc);
  await synced(client);
  // Wait for the server to hold everything: a second client sees the full state.
  const check = connect(url, room, token);
  await synced(check);
  await until(() => getCards(check.doc).length === getCards(doc).length);
  check.provider.destroy();
  client.provider.destroy();
}

export const percentile = (sorted: Float64Array, p: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
