import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Redis } from "ioredis";
import * as Y from "yjs";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CLOSE_CODES } from "@/lib/collab/shared/protocol";
import { addPhase, getPhases, readMapContent, deletePhase } from "@/lib/journey/map-document";
import { buildMap, buildTenantFixture, type TenantFixture } from "@/lib/testing/factories";
import { ACCESS_CHANNEL } from "./invalidate";
import { RedisBus } from "./redis-bus";
import { RELAYED } from "./room";
import { SERVER_EDITS_CHANNEL } from "./server-edit-feed";
import { connectClient, startCollabServer, storedContent, waitFor, type RunningCollabServer, type TestClient } from "./test-harness";

const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

async function redisAvailable(): Promise<boolean> {
  const probe = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  probe.on("error", () => {});
  try {
    await probe.connect();
    return (await probe.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}
const hasRedis = await redisAvailable();

describe.skipIf(!hasRedis)("collaboration servers relaying through Redis", () => {
  let f: TenantFixture;
  let mapId: string;
  let one: RunningCollabServer;
  let two: RunningCollabServer;
  let bus: RedisBus;
  const clients: TestClient[] = [];
  const open = (server: RunningCollabServer, userId: string) => {
    const client = connectClient({ url: server.url, mapId, userId });
    clients.push(client);
    return client;
  };

  beforeAll(() => {
    bus = new RedisBus(REDIS_URL);
  });
  afterAll(() => bus.close());

  beforeEach(async () => {
    f = await buildTenantFixture();
    mapId = (await buildMap(f.workspace.id)).id;
    // The first server holds updates back from the database for a while, as a busy one might.
    one = await startCollabServer({ redisUrl: REDIS_URL, flushDelayMs: 1000 });
    two = await startCollabServer({ redisUrl: REDIS_URL });
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await Promise.all([one.close(), two.close()]);
  });

  it("clients on different servers converge, and a map loaded later catches up on what is not stored yet", async () => {
    const a = open(one, f.editor.id);
    await a.synced;
    addPhase(a.doc, "typed on server one");
    await waitFor(() => getPhases(one.collab.registry.get(mapId)!.doc).length === 1);

    const b = open(two, f.owner.id);
    await b.synced;
    await waitFor(() => getPhases(b.doc).length === 1);
    addPhase(b.doc, "typed on server two");
    await waitFor(() => getPhases(a.doc).length === 2);
    expect(readMapContent(a.doc)).toEqual(readMapContent(b.doc));

    await one.collab.registry.get(mapId)!.flush();
    await two.collab.registry.get(mapId)!.flush();
    expect(await storedContent(mapId)).toEqual(readMapContent(a.doc));
  });

  it("an access change published by another process closes the connection here", async () => {
    const editor = open(two, f.editor.id);
    await editor.synced;
    const { getDb } = await import("@/db/client");
    const { memberships } = await import("@/db/schema");
    const { and, eq } = await import("drizzle-orm");
    // Removed in "another process": the row goes, and only the Redis message tells this one.
    await getDb()
      .delete(memberships)
      .where(and(eq(memberships.workspaceId, f.workspace.id), eq(memberships.userId, f.editor.id)));
    bus.publish(ACCESS_CHANNEL, Buffer.from(JSON.stringify({ workspaceId: f.workspace.id, userId: f.editor.id })));
    expect(await editor.closed).toBe(CLOSE_CODES.authorizationChanged);
  });

  it("a change one server missed reaches it by reconciliation, deletions included", async () => {
    const a = open(one, f.editor.id);
    const b = open(two, f.owner.id);
    await Promise.all([a.synced, b.synced]);
    addPhase(a.doc, "seen by both");
    await waitFor(() => getPhases(b.doc).length === 1);

    // As if a relayed frame were lost: server one's copy changes without telling server two.
    const roomOne = one.collab.registry.get(mapId)!;
    const lost = new Y.Doc();
    Y.applyUpdate(lost, Y.encodeStateAsUpdate(roomOne.doc));
    addPhase(lost, "lost on the way");
    Y.applyUpdate(roomOne.doc, Y.encodeStateAsUpdate(lost, Y.encodeStateVector(roomOne.doc)), RELAYED);
    await waitFor(() => getPhases(b.doc).length === 2, 5000);

    // A deletion alone does not move the state vector; the digest of deletions finds it.
    const roomTwo = two.collab.registry.get(mapId)!;
    const removal = new Y.Doc();
    Y.applyUpdate(removal, Y.encodeStateAsUpdate(roomTwo.doc));
    const before = Y.encodeStateVector(removal);
    deletePhase(removal, getPhases(removal).find((p) => p.name === "seen by both")!.id);
    Y.applyUpdate(roomTwo.doc, Y.encodeStateAsUpdate(removal, before), RELAYED);
    await waitFor(() => getPhases(a.doc).length === 1, 5000);
    expect(readMapContent(a.doc)).toEqual(readMapContent(b.doc));
  });

  it("answers a server's announcement on that server's own channel, never on the map's", async () => {
    const a = open(one, f.editor.id);
    await a.synced;
    addPhase(a.doc, "only server one has this");
    await waitFor(() => getPhases(one.collab.registry.get(mapId)!.doc).length === 1);

    const heardOnMap: number[] = [];
    const listener = new Redis(REDIS_URL);
    await listener.subscribe(`journeyboard:collab:doc:${mapId}`);
    listener.on("messageBuffer", (_channel: Buffer, message: Buffer) => heardOnMap.push(message[36]!));

    const b = open(two, f.owner.id);
    await b.synced;
    await waitFor(() => getPhases(b.doc).length === 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    listener.disconnect();
    // Announcements (2) and presence (1) are shared; no document content (0) went to everyone.
    expect(heardOnMap).not.toContain(0);
    expect(heardOnMap).toContain(2);
  });

  it("re-syncs every map it holds once Redis is back after a lost connection", async () => {
    const a = open(one, f.editor.id);
    const b = open(two, f.owner.id);
    await Promise.all([a.synced, b.synced]);
    // Redis drops every listening connection; what is published meanwhile is gone for them.
    const admin = new Redis(REDIS_URL);
    await admin.call("CLIENT", "KILL", "TYPE", "pubsub");
    addPhase(a.doc, "typed while server two was not listening");
    admin.disconnect();
    await waitFor(() => getPhases(b.doc).length === 1, 5000);
    expect(readMapContent(a.doc)).toEqual(readMapContent(b.doc));
  });

  it("an edit the app stored in another process reaches the editors of the server holding the map, through Redis", async () => {
    const editor = open(two, f.editor.id);
    await editor.synced;
    const { getDb } = await import("@/db/client");
    const { editStoredDocument } = await import("./server-edits");
    const { update } = await getDb().transaction((tx) => editStoredDocument(tx, { workspaceId: f.workspace.id, mapId }, (doc) => addPhase(doc, "placed from the matrix")));
    expect(update).not.toBeNull();
    // What that process's ServerEditFeed publishes; nothing is emitted in this process.
    bus.publishJson(SERVER_EDITS_CHANNEL, { workspaceId: f.workspace.id, mapId, update: Buffer.from(update!).toString("base64") });
    await waitFor(() => getPhases(editor.doc).some((p) => p.name === "placed from the matrix"));
    // A message naming another workspace's map is not applied.
    const other = await getDb().transaction((tx) => editStoredDocument(tx, { workspaceId: f.workspace.id, mapId }, (doc) => addPhase(doc, "not for this workspace")));
    bus.publishJson(SERVER_EDITS_CHANNEL, { workspaceId: f.otherWorkspace.id, mapId, update: Buffer.from(other.update!).toString("base64") });
    await new Promise((r) => setTimeout(r, 300));
    expect(getPhases(two.collab.registry.get(mapId)!.doc).map((p) => p.name)).not.toContain("not for this workspace");
  });

  it("the server that is not the map's home hands its clients over", async () => {
    // The router: whatever it is asked, it sends to server one, as consistent hashing would.
    const router: Server = createServer((req, res) => {
      if (!one.collab.handleRequest(req, res)) res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => router.listen(0, "127.0.0.1", resolve));
    const routerUrl = `http://127.0.0.1:${(router.address() as AddressInfo).port}`;
    await two.close();
    two = await startCollabServer({ redisUrl: REDIS_URL, routerUrl });
    try {
      const home = open(one, f.editor.id);
      await home.synced;
      addPhase(home.doc, "at home");
      // Routing bypassed: a client reaches server two directly, and is sent on at once.
      const stray = open(two, f.owner.id);
      expect(await stray.closed).toBe(CLOSE_CODES.mapMoved);
      expect(home.provider.wsconnected).toBe(true);
      // Reconnecting as the router would send it, the client finds the map at home.
      const again = connectClient({ url: one.url, mapId, userId: f.owner.id, doc: new Y.Doc() });
      clients.push(again);
      await again.synced;
      expect(getPhases(again.doc).map((p) => p.name)).toEqual(["at home"]);
    } finally {
      router.close();
    }
  });
});
