import { Redis } from "ioredis";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CLOSE_CODES } from "@/lib/collab/shared/protocol";
import { addPhase, getPhases, readMapContent } from "@/lib/journey/map-document";
import { buildMap, buildTenantFixture, type TenantFixture } from "@/lib/testing/factories";
import { ACCESS_CHANNEL } from "./invalidate";
import { RedisBus } from "./redis-bus";
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
});
