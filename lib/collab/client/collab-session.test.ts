import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { setupWSConnection } from "@y/websocket-server/utils";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import WebSocket, { WebSocketServer } from "ws";
import { addCard, addLane, addPhase, addStep, getCards } from "@/lib/journey/map-document";
import { CLOSE_CODES, COLLAB_PATH } from "@/lib/collab/shared/protocol";
import { CollabSession, type Network, type SessionSnapshot } from "./collab-session";
import type { TicketResult } from "./fetch-ticket";

/**
 * Real WebsocketProvider clients against y-websocket's reference server, wrapped to record
 * the tokens clients connect with and to close sockets with our close codes.
 */
let server: Server;
let wss: WebSocketServer;
let baseUrl: string;
let sockets: Array<{ token: string; ws: WebSocket }>;
const sessions: CollabSession[] = [];

beforeEach(async () => {
  sockets = [];
  wss = new WebSocketServer({ noServer: true });
  server = createServer();
  server.on("upgrade", (req, socket, head) => {
    const url = new URL(req.url ?? "", "http://x");
    const room = url.pathname.slice(COLLAB_PATH.length + 1);
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.push({ token: url.searchParams.get("token") ?? "", ws });
      setupWSConnection(ws, req, { docName: room });
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  baseUrl = `ws://127.0.0.1:${(server.address() as AddressInfo).port}${COLLAB_PATH}`;
});

afterEach(async () => {
  for (const s of sessions.splice(0)) s.destroy();
  for (const { ws } of sockets) ws.terminate();
  wss.close();
  await new Promise((r) => server.close(r));
});

function switchableNetwork(): Network & { set(online: boolean): void } {
  let online = true;
  const listeners = new Set<() => void>();
  return {
    isOnline: () => online,
    subscribe: (l) => (listeners.add(l), () => listeners.delete(l)),
    set(value) {
      online = value;
      for (const l of listeners) l();
    },
  };
}

function open(room: string, opts: { tickets?: () => TicketResult; network?: Network } = {}) {
  let minted = 0;
  const fetched: string[] = [];
  const session = new CollabSession({
    mapId: room,
    serverUrl: baseUrl,
    WebSocketImpl: WebSocket as unknown as typeof globalThis.WebSocket,
    network: opts.network,
    maxRetryMs: 200,
    fetchTicket: async () => {
      const result = opts.tickets?.() ?? {
        ok: true as const,
        ticket: { token: `t${++minted}-${room}`, readOnly: false, user: { id: `u-${room}`, name: "Ann", color: "#15803d" } },
      };
      if (result.ok) fetched.push(result.ticket.token);
      return result;
    },
  });
  sessions.push(session);
  session.start();
  return { session, fetched };
}

async function until(check: () => boolean, what: string, timeout = 5000) {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

const stateOf = (s: CollabSession): SessionSnapshot["state"] => s.getSnapshot().state;

function seed(session: CollabSession) {
  const step = addStep(session.doc, addPhase(session.doc, "P"), "S");
  const lane = addLane(session.doc, "thoughts", "Thoughts");
  return { step, lane };
}

describe("collab session", () => {
  it("goes from connecting to saved, and through saving when the user edits", async () => {
    const { session } = open(`room-${crypto.randomUUID()}`);
    expect(stateOf(session)).toBe("connecting");
    await until(() => stateOf(session) === "saved", "saved");
    expect(session.getSnapshot()).toMatchObject({ readOnly: false, loaded: true, failure: null });
    seed(session);
    expect(stateOf(session)).toBe("saving");
    await until(() => stateOf(session) === "saved", "saved after edit");
  });

  it("makes two clients converge", async () => {
    const room = `room-${crypto.randomUUID()}`;
    const a = open(room).session;
    const b = open(room).session;
    await until(() => stateOf(a) === "saved" && stateOf(b) === "saved", "both saved");
    const { step, lane } = seed(a);
    addCard(a.doc, { laneId: lane, stepId: step, kind: "note", text: "from a" });
    await until(() => getCards(b.doc).length === 1, "card reaches b");
    expect(getCards(b.doc)[0]!.text).toBe("from a");
  });

  it("reconnects with a fresh ticket when the server says access changed", async () => {
    const { session, fetched } = open(`room-${crypto.randomUUID()}`);
    await until(() => stateOf(session) === "saved", "saved");
    sockets[0]!.ws.close(CLOSE_CODES.authorizationChanged, "role changed");
    await until(() => sockets.length === 2 && stateOf(session) === "saved", "reconnected");
    expect(fetched).toHaveLength(2);
    expect(sockets.map((s) => s.token)).toEqual(fetched);
    expect(new Set(fetched).size).toBe(2);
  });

  it("fetches a fresh ticket after a dropped connection too", async () => {
    const { session, fetched } = open(`room-${crypto.randomUUID()}`);
    await until(() => stateOf(session) === "saved", "saved");
    sockets[0]!.ws.terminate();
    await until(() => sockets.length === 2 && stateOf(session) === "saved", "reconnected");
    expect(sockets[1]!.token).toBe(fetched[1]);
  });

  it("stops for good when the server refuses access, and says why", async () => {
    const { session, fetched } = open(`room-${crypto.randomUUID()}`);
    await until(() => stateOf(session) === "saved", "saved");
    sockets[0]!.ws.close(CLOSE_CODES.forbidden, "no access");
    await until(() => session.getSnapshot().failure === "forbidden", "failure");
    expect(stateOf(session)).toBe("offline");
    await new Promise((r) => setTimeout(r, 500));
    expect(sockets).toHaveLength(1);
    expect(fetched).toHaveLength(1);
  });

  it("does not connect when the ticket route refuses", async () => {
    const { session } = open(`room-${crypto.randomUUID()}`, { tickets: () => ({ ok: false, reason: "notFound" }) });
    await until(() => session.getSnapshot().failure === "notFound", "failure");
    expect(sockets).toHaveLength(0);
  });

  it("keeps edits made offline and merges them with others' on reconnect", async () => {
    const room = `room-${crypto.randomUUID()}`;
    const network = switchableNetwork();
    const a = open(room, { network }).session;
    const b = open(room).session;
    await until(() => stateOf(a) === "saved" && stateOf(b) === "saved", "both saved");
    const { step, lane } = seed(a);
    await until(() => getCards(b.doc).length === 0 && stateOf(a) === "saved", "seeded");
    await until(() => b.doc.getMap("lanes").size === 1, "lane reaches b");

    network.set(false);
    expect(stateOf(a)).toBe("offline");
    addCard(a.doc, { laneId: lane, stepId: step, kind: "note", text: "offline" });
    addCard(b.doc, { laneId: lane, stepId: step, kind: "note", text: "online" });
    await new Promise((r) => setTimeout(r, 200));
    expect(getCards(b.doc).map((c) => c.text)).toEqual(["online"]);
    expect(stateOf(a)).toBe("offline");

    network.set(true);
    await until(() => getCards(a.doc).length === 2 && getCards(b.doc).length === 2, "merged");
    await until(() => stateOf(a) === "saved", "a saved");
    expect(getCards(a.doc).map((c) => c.text).sort()).toEqual(["offline", "online"]);
  });

  it("undoes only the user's own changes", async () => {
    const room = `room-${crypto.randomUUID()}`;
    const a = open(room).session;
    const b = open(room).session;
    await until(() => stateOf(a) === "saved" && stateOf(b) === "saved", "both saved");
    const { step, lane } = seed(a);
    await until(() => b.doc.getMap("lanes").size === 1, "lane reaches b");
    a.undoManager.stopCapturing();
    addCard(a.doc, { laneId: lane, stepId: step, kind: "note", text: "mine" });
    await until(() => getCards(b.doc).length === 1, "card reaches b");
    addCard(b.doc, { laneId: lane, stepId: step, kind: "note", text: "theirs" });
    await until(() => getCards(a.doc).length === 2, "card reaches a");
    a.undoManager.undo();
    expect(getCards(a.doc).map((c) => c.text)).toEqual(["theirs"]);
    await until(() => getCards(b.doc).length === 1, "undo reaches b");
  });
});
