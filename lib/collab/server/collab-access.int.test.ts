import * as Y from "yjs";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import WebSocket from "ws";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { mapUpdates } from "@/db/schema";
import { CLOSE_CODES } from "@/lib/collab/shared/protocol";
import { addPhase, getPhases } from "@/lib/journey/map-document";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { removeMember } from "@/lib/members/remove-member";
import { endAllUserSessions } from "@/lib/auth/user-sessions";
import { actorsOf, buildMap, buildTenantFixture, testSessionId, type ActorName, type TenantFixture } from "@/lib/testing/factories";
import { COLLAB_TOKEN_TTL_MS, signCollabToken } from "./collab-token";
import { barrier, connectClient, startCollabServer, waitFor, type RunningCollabServer, type TestClient } from "./test-harness";

let f: TenantFixture;
let mapId: string;
let server: RunningCollabServer;
const clients: TestClient[] = [];
const open = (args: { userId?: string; token?: string; map?: string }) => {
  const client = connectClient({ url: server.url, mapId: args.map ?? mapId, userId: args.userId, token: args.token });
  clients.push(client);
  return client;
};
const storedRows = async () => (await getDb().select().from(mapUpdates).where(eq(mapUpdates.mapId, mapId))).length;

beforeEach(async () => {
  f = await buildTenantFixture();
  mapId = (await buildMap(f.workspace.id)).id;
  server = await startCollabServer();
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.close();
});

/** The socket matrix: who gets in, and whether their edits count. */
const EXPECTED: Record<ActorName, "write" | "read" | number> = {
  owner: "write",
  admin: "write",
  editor: "write",
  viewer: "read",
  outsider: CLOSE_CODES.notFound,
  foreignOwner: CLOSE_CODES.notFound,
  anonymous: CLOSE_CODES.unauthorized,
};

describe("collaboration server: who may connect", () => {
  for (const [actor, expected] of Object.entries(EXPECTED) as Array<[ActorName, (typeof EXPECTED)[ActorName]]>) {
    it(`${actor} → ${typeof expected === "number" ? `closed ${expected}` : expected}`, async () => {
      const userId = actorsOf(f)[actor];
      const client = open(userId ? { userId } : { token: "" });
      addPhase(client.doc, `by ${actor}`);
      if (typeof expected === "number") {
        expect(await client.closed).toBe(expected);
        expect(server.collab.registry.get(mapId)?.conns.size ?? 0).toBe(0);
      } else {
        await client.synced;
        const watcher = open({ userId: f.owner.id });
        await watcher.synced;
        await barrier(client, watcher);
        await server.collab.registry.get(mapId)!.flush();
        expect(getPhases(watcher.doc).map((p) => p.name)).toEqual(expected === "write" ? [`by ${actor}`] : []);
      }
      expect(await storedRows()).toBe(expected === "write" ? 1 : 0);
    });
  }

  it("refuses an unknown map and a malformed map id", async () => {
    const unknown = randomUUID();
    expect(await open({ userId: f.owner.id, map: unknown }).closed).toBe(CLOSE_CODES.notFound);
    expect(await open({ userId: f.owner.id, map: "not-a-uuid", token: "x" }).closed).toBe(CLOSE_CODES.notFound);
  });

  it("refuses a forged, expired or other map's token", async () => {
    const forged = signCollabToken({ userId: f.owner.id, mapId, sessionId: testSessionId(f.owner.id) }).replace(/\.(.)/, (_, c) => `.${c === "A" ? "B" : "A"}`);
    const expired = signCollabToken({ userId: f.owner.id, mapId, sessionId: testSessionId(f.owner.id) }, Date.now() - COLLAB_TOKEN_TTL_MS - 1);
    const otherMap = signCollabToken({ userId: f.owner.id, mapId: (await buildMap(f.workspace.id)).id, sessionId: testSessionId(f.owner.id) });
    for (const token of [forged, expired, otherMap, "garbage"]) {
      expect(await open({ token }).closed).toBe(CLOSE_CODES.unauthorized);
    }
    expect(await storedRows()).toBe(0);
  });

  it("opens one socket per token: a used token is refused", async () => {
    const token = signCollabToken({ userId: f.owner.id, mapId, sessionId: testSessionId(f.owner.id) });
    await open({ token }).synced;
    expect(await open({ token }).closed).toBe(CLOSE_CODES.unauthorized);
  });

  it("refuses a token whose session has ended, and closes the open sockets of an ended session", async () => {
    const editor = open({ userId: f.editor.id });
    await editor.synced;
    const minted = signCollabToken({ userId: f.editor.id, mapId, sessionId: testSessionId(f.editor.id) });
    await endAllUserSessions(f.editor.id);
    expect(await editor.closed).toBe(CLOSE_CODES.unauthorized);
    expect(await open({ token: minted }).closed).toBe(CLOSE_CODES.unauthorized);
    // Another user's sockets stay open.
    const owner = open({ userId: f.owner.id });
    await owner.synced;
    expect(owner.provider.wsconnected).toBe(true);
  });

  it("refuses a page from another origin, and accepts the app's own", async () => {
    const closeCode = (origin: string) =>
      new Promise<number>((resolve) => {
        const token = signCollabToken({ userId: f.owner.id, mapId, sessionId: testSessionId(f.owner.id) });
        const ws = new WebSocket(`${server.url}/${mapId}?token=${token}`, { origin });
        ws.on("close", (code) => resolve(code));
        ws.on("message", () => ws.close(1000));
      });
    expect(await closeCode("https://evil.example")).toBe(CLOSE_CODES.forbidden);
    expect(await closeCode(server.url.replace("ws://", "http://").replace(/\/collab$/, ""))).toBe(1000);
  });
});

describe("collaboration server: access changes reach open connections", () => {
  it("removing a member closes their connection within seconds", async () => {
    const editor = open({ userId: f.editor.id });
    await editor.synced;
    const started = Date.now();
    expect(await removeMember(f.owner.id, { slug: f.workspace.slug }, { userId: f.editor.id })).toMatchObject({ ok: true });
    // Removed from their only workspace, their sessions end too: whichever closes it first.
    expect([CLOSE_CODES.authorizationChanged, CLOSE_CODES.unauthorized]).toContain(await editor.closed);
    expect(Date.now() - started).toBeLessThan(3000);
    // And their session no longer opens it.
    expect(await open({ userId: f.editor.id }).closed).toBe(CLOSE_CODES.unauthorized);
  });

  it("demoting an editor closes their connection; reconnected as a viewer, their edits are dropped", async () => {
    const editor = open({ userId: f.editor.id });
    const watcher = open({ userId: f.owner.id });
    await Promise.all([editor.synced, watcher.synced]);
    addPhase(editor.doc, "before");
    await barrier(editor, watcher);
    expect(await changeMemberRole(f.owner.id, { slug: f.workspace.slug }, { userId: f.editor.id, role: "viewer" })).toMatchObject({ ok: true });
    expect(await editor.closed).toBe(CLOSE_CODES.authorizationChanged);
    // An edit made meanwhile travels with the reconnect, which the server now treats as read-only.
    addPhase(editor.doc, "after");
    // A new client (as after the browser's reconnect) holding the editor's unsent edit.
    const offlineCopy = new Y.Doc();
    Y.applyUpdate(offlineCopy, Y.encodeStateAsUpdate(editor.doc));
    const again = connectClient({ url: server.url, mapId, userId: f.editor.id, doc: offlineCopy });
    clients.push(again);
    await again.synced;
    await barrier(again, watcher);
    await server.collab.registry.get(mapId)!.flush();
    expect(getPhases(watcher.doc).map((p) => p.name)).toEqual(["before"]);
    expect(await storedRows()).toBe(1);
  });

  it("promoting a viewer closes the read-only connection so the client reconnects with a writable ticket", async () => {
    const viewer = open({ userId: f.viewer.id });
    await viewer.synced;
    await changeMemberRole(f.owner.id, { slug: f.workspace.slug }, { userId: f.viewer.id, role: "editor" });
    expect(await viewer.closed).toBe(CLOSE_CODES.authorizationChanged);
  });

  it("a change in another workspace leaves the connection alone", async () => {
    const editor = open({ userId: f.editor.id });
    await editor.synced;
    const other = await buildMap(f.otherWorkspace.id);
    await server.collab.access.reconsider({ workspaceId: other.workspaceId, userId: f.editor.id });
    expect(server.collab.registry.connectionsOf(f.workspace.id, f.editor.id)).toHaveLength(1);
    expect(editor.provider.wsconnected).toBe(true);
  });
});

describe("collaboration server: limits", () => {
  it("closes a connection that sends a message over the size limit, storing nothing", async () => {
    const { MAX_MESSAGE_BYTES } = await import("@/lib/collab/shared/protocol");
    const token = signCollabToken({ userId: f.editor.id, mapId, sessionId: testSessionId(f.editor.id) });
    const code = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`${server.url}/${mapId}?token=${token}`);
      ws.on("close", (closeCode) => resolve(closeCode));
      ws.once("message", () => ws.send(new Uint8Array(MAX_MESSAGE_BYTES + 1)));
    });
    expect(code).toBe(CLOSE_CODES.messageTooLarge);
    expect(await storedRows()).toBe(0);
  });

  it("closes a connection that sends a malformed message", async () => {
    const token = signCollabToken({ userId: f.editor.id, mapId, sessionId: testSessionId(f.editor.id) });
    const code = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`${server.url}/${mapId}?token=${token}`);
      ws.on("close", (closeCode) => resolve(closeCode));
      ws.once("message", () => ws.send(new Uint8Array([0, 2, 200])));
    });
    expect(code).toBe(1007);
  });
});
