import { eq, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import WebSocket from "ws";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { issueCollabTicket } from "@/lib/collab/server/collab-ticket";
import { type RunningCollabServer, startCollabServer, storedContent, waitFor } from "@/lib/collab/server/test-harness";
import { isAppError } from "@/lib/errors/app-error";
import { addPhase } from "@/lib/journey/map-document";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { removeMember } from "@/lib/members/remove-member";
import { buildMap, buildTenantFixture, testSessionId, type TenantFixture } from "@/lib/testing/factories";
import { CollabSession } from "./collab-session";
import { fetchCollabTicket } from "./fetch-ticket";

/**
 * The browser's session logic against the real collaboration server and database. The
 * ticket comes from the same function the ticket route answers with, passed through the
 * browser's fetch-and-parse code as an HTTP response.
 */
let f: TenantFixture;
let mapId: string;
let server: RunningCollabServer;
const sessions: CollabSession[] = [];

beforeEach(async () => {
  f = await buildTenantFixture();
  mapId = (await buildMap(f.workspace.id)).id;
  server = await startCollabServer();
});

afterEach(async () => {
  for (const s of sessions.splice(0)) s.destroy();
  await server.close();
});

function ticketRoute(userId: string): typeof fetch {
  return async () => {
    const [user] = await getDb().select().from(users).where(eq(users.id, userId));
    try {
      return Response.json(await issueCollabTicket(user ? { ...user, sessionId: testSessionId(user.id) } : null, mapId));
    } catch (error) {
      if (isAppError(error)) return Response.json({ error: error.code }, { status: error.status });
      throw error;
    }
  };
}

function open(userId: string) {
  const session = new CollabSession({
    mapId,
    serverUrl: server.url,
    WebSocketImpl: WebSocket as unknown as typeof globalThis.WebSocket,
    fetchTicket: () => fetchCollabTicket(mapId, ticketRoute(userId)),
    maxRetryMs: 200,
    ticketRefreshMs: 200,
  });
  sessions.push(session);
  session.start();
  return session;
}

describe("collab session against the collaboration server", () => {
  it("reports saved only once the server has an edit, and the edit is stored", async () => {
    const session = open(f.editor.id);
    await waitFor(() => session.getSnapshot().state === "saved");
    expect(session.getSnapshot()).toMatchObject({ readOnly: false, user: { id: f.editor.id } });
    addPhase(session.doc, "Awareness");
    expect(session.getSnapshot().state).toBe("saving");
    await waitFor(() => session.getSnapshot().state === "saved");
    // Saved means stored: at that moment, the edit is already in PostgreSQL.
    expect((await storedContent(mapId)).phases.some((p) => p.name === "Awareness")).toBe(true);
  });

  it("says 'Not saved — retrying' while the database refuses the edit, then Saved once it is stored", async () => {
    const session = open(f.editor.id);
    await waitFor(() => session.getSnapshot().state === "saved");
    // The database refuses this map's updates, as when it is down or full.
    const fn = `refuse_${mapId.replaceAll("-", "")}`;
    await getDb().execute(
      sql.raw(`CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.map_id = '${mapId}' THEN RAISE EXCEPTION 'refused by test'; END IF; RETURN NEW; END $$`),
    );
    await getDb().execute(sql.raw(`CREATE TRIGGER ${fn} BEFORE INSERT ON map_updates FOR EACH ROW EXECUTE FUNCTION ${fn}()`));
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      addPhase(session.doc, "Refused for now");
      await waitFor(() => session.getSnapshot().state === "retrying");
      expect((await storedContent(mapId)).phases.some((p) => p.name === "Refused for now")).toBe(false);
    } finally {
      await getDb().execute(sql.raw(`DROP TRIGGER ${fn} ON map_updates`));
      await getDb().execute(sql.raw(`DROP FUNCTION ${fn}()`));
    }
    await waitFor(() => session.getSnapshot().state === "saved", 10_000);
    expect((await storedContent(mapId)).phases.some((p) => p.name === "Refused for now")).toBe(true);
    error.mockRestore();
  });

  it("opens read-only for a viewer", async () => {
    const session = open(f.viewer.id);
    await waitFor(() => session.getSnapshot().state === "saved");
    expect(session.getSnapshot().readOnly).toBe(true);
  });

  it("learns that its user became a viewer while connected", async () => {
    const session = open(f.editor.id);
    await waitFor(() => session.getSnapshot().state === "saved");
    expect(await changeMemberRole(f.owner.id, { slug: f.workspace.slug }, { userId: f.editor.id, role: "viewer" })).toMatchObject({ ok: true });
    await waitFor(() => session.getSnapshot().readOnly);
    expect(session.getSnapshot().failure).toBeNull();
  });

  it("reconnects as an editor after a viewer is promoted", async () => {
    const session = open(f.viewer.id);
    await waitFor(() => session.getSnapshot().state === "saved");
    await changeMemberRole(f.owner.id, { slug: f.workspace.slug }, { userId: f.viewer.id, role: "editor" });
    await waitFor(() => !session.getSnapshot().readOnly && session.getSnapshot().state === "saved");
    addPhase(session.doc, "Now allowed");
    await waitFor(async () => (await storedContent(mapId)).phases.some((p) => p.name === "Now allowed"));
  });

  it("stops, saying why, when its user is removed from the workspace", async () => {
    const session = open(f.editor.id);
    await waitFor(() => session.getSnapshot().state === "saved");
    expect(await removeMember(f.owner.id, { slug: f.workspace.slug }, { userId: f.editor.id })).toMatchObject({ ok: true });
    await waitFor(() => session.getSnapshot().failure !== null);
    expect(session.getSnapshot()).toMatchObject({ failure: "notFound", state: "offline" });
  });
});
