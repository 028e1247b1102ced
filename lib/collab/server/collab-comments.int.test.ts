import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { getDb } from "@/db/client";
import { journeyMaps, mapComments } from "@/db/schema";
import { addComment, deleteComment, resolveComment } from "@/lib/comments/comment-operations";
import { listMapComments } from "@/lib/comments/comment-rows";
import { buildMap, buildTenantFixture, type TenantFixture } from "@/lib/testing/factories";
import { barrier, connectClient, startCollabServer, waitFor, type RunningCollabServer, type TestClient } from "./test-harness";

let f: TenantFixture;
let server: RunningCollabServer;
const clients: TestClient[] = [];
const cardId = "0b8a4f6e-5d9c-4e2b-8f1a-2c3d4e5f6a7b";
const open = (mapId: string, userId: string) => {
  const client = connectClient({ url: server.url, mapId, userId });
  clients.push(client);
  return client;
};

beforeEach(async () => {
  f = await buildTenantFixture();
  server = await startCollabServer({ unloadGraceMs: 0 });
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.close();
});

/** A document as it was stored before comments became rows: with comments in it. */
function legacyDocument(comments: Array<Record<string, unknown> & { id: string }>): Uint8Array {
  const doc = new Y.Doc();
  const map = doc.getMap<Y.Map<unknown>>("comments");
  for (const { id, ...fields } of comments) {
    const entry = new Y.Map<unknown>();
    for (const [k, v] of Object.entries(fields)) entry.set(k, v);
    map.set(id, entry);
  }
  return Y.encodeStateAsUpdate(doc);
}

describe("collaboration server: comments", () => {
  it("sends every socket the map's comments, then each change as it is committed", async () => {
    const mapId = (await buildMap(f.workspace.id)).id;
    const first = await addComment(f.editor.id, { slug: f.workspace.slug }, { mapId, cardId, body: "Before anyone opened it" });
    if (!first.ok) throw new Error(first.error);
    const viewer = open(mapId, f.viewer.id);
    const editor = open(mapId, f.editor.id);
    await Promise.all([viewer.synced, editor.synced]);
    await waitFor(() => viewer.comments.loaded && editor.comments.loaded);
    expect(viewer.comments.getSnapshot().map((c) => c.body)).toEqual(["Before anyone opened it"]);

    const second = await addComment(f.admin.id, { slug: f.workspace.slug }, { mapId, cardId, body: "Live" });
    if (!second.ok) throw new Error(second.error);
    await waitFor(() => viewer.comments.getSnapshot().length === 2);
    expect(viewer.comments.getSnapshot()[1]).toMatchObject({ body: "Live", authorId: f.admin.id, authorName: f.admin.name });

    await resolveComment(f.editor.id, { slug: f.workspace.slug }, { mapId, commentId: second.data.id, resolved: true });
    await waitFor(() => viewer.comments.getSnapshot()[1]?.resolved === true);
    await deleteComment(f.editor.id, { slug: f.workspace.slug }, { mapId, commentId: first.data.id });
    await waitFor(() => editor.comments.getSnapshot().length === 1);
    expect(editor.comments.getSnapshot().map((c) => c.body)).toEqual(["Live"]);

    // Another map's comment never reaches these sockets.
    const otherMap = (await buildMap(f.workspace.id)).id;
    await addComment(f.editor.id, { slug: f.workspace.slug }, { mapId: otherMap, cardId, body: "Elsewhere" });
    await barrier(editor, viewer);
    expect(viewer.comments.getSnapshot().map((c) => c.body)).toEqual(["Live"]);
  });

  it("never takes a comment an editor writes into the document, with any author", async () => {
    const mapId = (await buildMap(f.workspace.id)).id;
    const editor = open(mapId, f.editor.id);
    const viewer = open(mapId, f.viewer.id);
    await Promise.all([editor.synced, viewer.synced]);
    const forged = new Y.Map<unknown>();
    for (const [k, v] of Object.entries({ cardId, authorId: f.owner.id, authorName: f.owner.name, body: "Posing as the owner", mentions: [], createdAt: new Date().toISOString(), resolved: false })) forged.set(k, v);
    editor.doc.getMap<Y.Map<unknown>>("comments").set("7d1e2a10-0b7e-4d2c-9a63-3f3f7d1e2a10", forged);
    await barrier(editor, viewer);
    expect(viewer.comments.getSnapshot()).toEqual([]);
    // Nor after the map is unloaded and opened again.
    for (const client of clients.splice(0)) client.destroy();
    await waitFor(() => server.collab.registry.get(mapId) === undefined);
    const again = open(mapId, f.viewer.id);
    await again.synced;
    await waitFor(() => again.comments.loaded);
    expect(again.comments.getSnapshot()).toEqual([]);
    expect(await listMapComments({ workspaceId: f.workspace.id, mapId })).toEqual([]);
  });

  it("moves the comments a stored document still holds into rows once, keeping authors, and empties the document's copy", async () => {
    const createdAt = "2026-03-04T05:06:07.000Z";
    const legacy = [
      { id: "11111111-1111-4111-8111-111111111111", cardId, authorId: f.editor.id, authorName: "Old name", body: "Checkout is slow @Admin", mentions: [f.admin.id, f.foreignOwner.id], createdAt, resolved: false },
      { id: "22222222-2222-4222-8222-222222222222", cardId, authorId: "gone-user", authorName: "Left", body: "Resolved point", mentions: [], createdAt, resolved: true },
      { id: "33333333-3333-4333-8333-333333333333", cardId: "not-a-card", authorId: f.editor.id, body: "Orphan", mentions: [], createdAt, resolved: false },
      { id: "44444444-4444-4444-8444-444444444444", cardId, authorId: f.editor.id, body: "   ", mentions: [], createdAt, resolved: false },
    ];
    const map = await buildMap(f.workspace.id, { state: legacyDocument(legacy) });
    await getDb().update(journeyMaps).set({ commentsMovedAt: null }).where(eq(journeyMaps.id, map.id));

    const viewer = open(map.id, f.viewer.id);
    await viewer.synced;
    await waitFor(() => viewer.comments.loaded);
    expect(viewer.comments.getSnapshot().map((c) => [c.id, c.authorId, c.authorName, c.body, c.mentions, c.resolved, c.createdAt])).toEqual([
      [legacy[0]!.id, f.editor.id, f.editor.name, "Checkout is slow @Admin", [f.admin.id], false, createdAt],
      [legacy[1]!.id, null, null, "Resolved point", [], true, createdAt],
    ]);
    await waitFor(() => viewer.doc.getMap("comments").size === 0);
    const [marked] = await getDb().select({ at: journeyMaps.commentsMovedAt }).from(journeyMaps).where(eq(journeyMaps.id, map.id));
    expect(marked!.at).not.toBeNull();

    // Opened again (the emptied document stored): nothing is moved twice.
    for (const client of clients.splice(0)) client.destroy();
    await waitFor(() => server.collab.registry.get(map.id) === undefined);
    await new Promise((r) => setTimeout(r, 100));
    const again = open(map.id, f.editor.id);
    await again.synced;
    await waitFor(() => again.comments.loaded);
    expect(again.doc.getMap("comments").size).toBe(0);
    expect(await getDb().select({ id: mapComments.id }).from(mapComments).where(eq(mapComments.mapId, map.id))).toHaveLength(2);
  });
});
