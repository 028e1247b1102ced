/**
 * A loader process of `npm run bench:scale`: opens real WebsocketProviders to the rooms it
 * is given, and on "go" has each change its own card `rate` times a second, stamped with
 * the time on a clock all processes share (performance.timeOrigin + now). Every client
 * notes when others' changes reach it; the loader reports the latencies and counts.
 */
import * as Y from "yjs";
import { addCard, addLane, addPhase, addStep, getCards, updateCard } from "@/lib/journey/map-document";
import { type Client as BenchClient, connect } from "./collab-editors";

type Room = { room: string; tokens: Array<string | null> };
type Start = { type: "start"; url: string; rooms: Room[] };
type Go = { type: "go"; rate: number; seconds: number };
type Client = BenchClient & { card?: string };

const clock = () => performance.timeOrigin + performance.now();
let clients: Client[] = [];
let received = 0;
const samples: number[] = [];

async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`loader: ${what} not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function openRoom(url: string, room: Room): Promise<Client[]> {
  const opened: Client[] = room.tokens.map((token) => connect(url, room.room, token));
  await until(() => opened.every((c) => c.provider.synced), 60_000, "sync");
  const first = opened[0]!.doc;
  const step = addStep(first, addPhase(first, "Bench"), "Step");
  const lane = addLane(first, "actions", "Actions");
  await until(() => opened.every((c) => c.doc.getMap("lanes").size === 1 && c.doc.getMap("steps").size === 1), 30_000, "layout");
  for (const [i, client] of opened.entries()) client.card = addCard(client.doc, { laneId: lane, stepId: step, kind: "note", text: `editor ${i}` });
  await until(() => opened.every((c) => getCards(c.doc).length === opened.length), 30_000, "cards");
  for (const client of opened) {
    client.doc.getMap("cards").observeDeep((events, transaction) => {
      if (transaction.local) return;
      const now = clock();
      for (const event of events) {
        if (!(event instanceof Y.YMapEvent) || !event.keysChanged.has("text")) continue;
        const sentAt = Number(String(event.target.get("text")).split("|")[1]);
        if (!Number.isFinite(sentAt)) continue;
        received++;
        samples.push(now - sentAt);
      }
    });
  }
  return opened;
}

process.on("message", async (message: Start | Go | { type: "stop" }) => {
  if (message.type === "start") {
    // A few rooms at a time, as people arrive over a morning rather than in one millisecond.
    for (let i = 0; i < message.rooms.length; i += 20) {
      const batch = await Promise.all(message.rooms.slice(i, i + 20).map((room) => openRoom(message.url, room)));
      clients.push(...batch.flat());
    }
    process.send!({ type: "started", connections: clients.filter((c) => c.provider.wsconnected).length });
  } else if (message.type === "go") {
    samples.length = 0;
    received = 0;
    let sent = 0;
    const intervalMs = 1000 / message.rate;
    const timers: NodeJS.Timeout[] = [];
    for (const client of clients) {
      let seq = 0;
      timers.push(
        setTimeout(() => {
          timers.push(
            setInterval(() => {
              updateCard(client.doc, client.card!, { text: `${seq++}|${clock()}` });
              sent++;
            }, intervalMs),
          );
        }, Math.random() * intervalMs),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, message.seconds * 1000));
    for (const timer of timers) clearInterval(timer);
    // Let what is in flight arrive.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const connected = clients.filter((c) => c.provider.wsconnected).length;
    process.send!({ type: "done", sent, received, connected, latencies: samples });
  } else if (message.type === "stop") {
    for (const client of clients) client.provider.destroy();
    clients = [];
    process.exit(0);
  }
});
process.send!({ type: "ready" });
