import * as Y from "yjs";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { mapDocuments, mapUpdates } from "@/db/schema";
import { addCard, addLane, addPhase, addStep, getCards, readMapContent, renamePhase } from "@/lib/journey/map-document";
import { buildMap, buildTenantFixture, type TenantFixture } from "@/lib/testing/factories";
import { barrier, connectClient, startCollabServer, storedContent, waitFor, type RunningCollabServer, type TestClient } from "./test-harness";

let f: TenantFixture;
let mapId: string;
let server: RunningCollabServer;
const clients: TestClient[] = [];
const open = (userId: string, url = server.url) => {
  const client = connectClient({ url, mapId, userId });
  clients.push(client);
  return client;
};

beforeEach(async () => {
  f = await buildTenantFixture();
  mapId = (await buildMap(f.workspace.id)).id;
  server = await startCollabServer({ projectionDebounceMs: 20 });
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.close();
});

function seed(client: TestClient) {
  const phase = addPhase(client.doc, "Orientation");
  const step = addStep(client.doc, phase, "Search online");
  const lane = addLane(client.doc, "actions", "Actions");
  addCard(client.doc, { laneId: lane, stepId: step, kind: "note", text: "Compares prices" });
  return { phase, step, lane };
}

describe("collaboration server: sync and storage", () => {
  it("two editors converge on the same document", async () => {
    const a = open(f.editor.id);
    const b = open(f.owner.id);
    await Promise.all([a.synced, b.synced]);
    // Concurrent edits on both sides, then an edit of the other's content.
    const { phase, step, lane } = seed(a);
    addPhase(b.doc, "Purchase");
    await waitFor(() => getCards(b.doc).length === 1);
    addCard(b.doc, { laneId: lane, stepId: step, kind: "note", text: "from b" });
    renamePhase(b.doc, phase, "Orient");
    const same = () => JSON.stringify(readMapContent(a.doc)) === JSON.stringify(readMapContent(b.doc));
    await waitFor(() => same() && getCards(a.doc).length === 2 && readMapContent(a.doc).phases.length === 2);
    expect(readMapContent(a.doc).phases.map((p) => p.name).sort()).toEqual(["Orient", "Purchase"]);
    await server.collab.registry.get(mapId)!.flush();
    expect(await storedContent(mapId)).toEqual(readMapContent(a.doc));
  });

  it("a viewer receives edits but its own edits reach neither the others nor the database", async () => {
    const editor = open(f.editor.id);
    const viewer = open(f.viewer.id);
    await Promise.all([editor.synced, viewer.synced]);
    const { step, lane } = seed(editor);
    await waitFor(() => getCards(viewer.doc).length === 1);

    addCard(viewer.doc, { laneId: lane, stepId: step, kind: "note", text: "viewer's card" });
    addPhase(viewer.doc, "viewer's phase");
    await barrier(viewer, editor);
    await server.collab.registry.get(mapId)!.flush();

    expect(getCards(editor.doc).map((c) => c.text)).toEqual(["Compares prices"]);
    expect(readMapContent(editor.doc).phases).toHaveLength(1);
    const stored = await storedContent(mapId);
    expect(stored.cards.map((c) => c.text)).toEqual(["Compares prices"]);
    expect(JSON.stringify(stored)).not.toContain("viewer's");
    // A newcomer syncs from the server and never sees the viewer's edit either.
    const late = open(f.admin.id);
    await late.synced;
    expect(JSON.stringify(readMapContent(late.doc))).not.toContain("viewer's");
  });

  it("a server restart loses nothing: after a clean shutdown the log is compacted into the state", async () => {
    const a = open(f.editor.id);
    await a.synced;
    seed(a);
    const expected = readMapContent(a.doc);
    const observer = open(f.viewer.id);
    await observer.synced;
    await barrier(a, observer);
    for (const client of clients.splice(0)) client.destroy();
    await server.close();

    const [doc] = await getDb().select().from(mapDocuments).where(eq(mapDocuments.mapId, mapId));
    expect(doc?.state.length).toBeGreaterThan(2);
    expect(await getDb().select().from(mapUpdates).where(eq(mapUpdates.mapId, mapId))).toHaveLength(0);

    server = await startCollabServer();
    const fresh = open(f.owner.id);
    await fresh.synced;
    expect(readMapContent(fresh.doc)).toEqual(expected);
  });

  it("a crash after an update was stored loses nothing either: the log is replayed on load", async () => {
    const a = open(f.editor.id);
    const observer = open(f.viewer.id);
    await Promise.all([a.synced, observer.synced]);
    seed(a);
    await barrier(a, observer);
    const expected = readMapContent(a.doc);
    // Within the promised 100 ms (plus slack for a busy machine) the update is in the log.
    await waitFor(async () => (await getDb().select().from(mapUpdates).where(eq(mapUpdates.mapId, mapId))).length > 0, 2000);
    for (const client of clients.splice(0)) client.destroy();
    await server.close({ store: false });

    server = await startCollabServer();
    const fresh = open(f.owner.id);
    await fresh.synced;
    expect(readMapContent(fresh.doc)).toEqual(expected);
  });

  it("unloads a map nobody has open after the grace period, storing it compacted", async () => {
    await server.close();
    server = await startCollabServer({ unloadGraceMs: 50 });
    const a = open(f.editor.id);
    await a.synced;
    seed(a);
    const expected = readMapContent(a.doc);
    await barrier(a, a);
    a.destroy();
    await waitFor(() => server.collab.registry.get(mapId) === undefined);
    await waitFor(async () => (await getDb().select().from(mapUpdates).where(eq(mapUpdates.mapId, mapId))).length === 0);
    expect(await storedContent(mapId)).toEqual(expected);
    const again = open(f.owner.id);
    await again.synced;
    expect(readMapContent(again.doc)).toEqual(expected);
  });

  it("folds the log into the stored state every few rows while the map is open", async () => {
    await server.close();
    server = await startCollabServer({ compactEveryRows: 3, flushDelayMs: 1 });
    const a = open(f.editor.id);
    const observer = open(f.viewer.id);
    await Promise.all([a.synced, observer.synced]);
    for (let i = 0; i < 7; i++) {
      addPhase(a.doc, `phase ${i}`);
      await barrier(a, observer);
      await server.collab.registry.get(mapId)!.flush();
    }
    await waitFor(async () => (await getDb().select().from(mapUpdates).where(eq(mapUpdates.mapId, mapId))).length < 3);
    const [doc] = await getDb().select().from(mapDocuments).where(eq(mapDocuments.mapId, mapId));
    expect(doc).toBeDefined();
    expect(await storedContent(mapId)).toEqual(readMapContent(a.doc));
  });
});

describe("collaboration server: a large deletion keeps a snapshot from just before", () => {
  it("when one update deletes most of what others made, the state before it is listed under Snapshots", async () => {
    const { mapSnapshots } = await import("@/db/schema");
    const { getCards, deleteCard } = await import("@/lib/journey/map-document");
    const author = open(f.editor.id);
    const deleter = open(f.owner.id);
    await Promise.all([author.synced, deleter.synced]);
    const { step, lane } = seed(author);
    for (let i = 0; i < 30; i++) addCard(author.doc, { laneId: lane, stepId: step, kind: "note", text: `card ${i}` });
    await waitFor(() => getCards(deleter.doc).length === 31);
    const snapshots = () => getDb().select().from(mapSnapshots).where(eq(mapSnapshots.mapId, mapId));
    // Deleting a few is editing: no snapshot.
    deleteCard(deleter.doc, getCards(deleter.doc)[0]!.id);
    await barrier(deleter, author);
    expect(await snapshots()).toHaveLength(0);
    deleter.doc.transact(() => {
      for (const card of getCards(deleter.doc)) deleteCard(deleter.doc, card.id);
    });
    await waitFor(async () => (await snapshots()).length === 1);
    const [snapshot] = await snapshots();
    expect(snapshot!.name).toMatch(/^Before a large deletion by /);
    expect(snapshot!.createdById).toBe(f.owner.id);
    const before = new Y.Doc();
    Y.applyUpdate(before, snapshot!.state);
    expect(getCards(before)).toHaveLength(30);
    // The deletion itself was applied, as a CRDT must.
    await waitFor(() => getCards(author.doc).length === 0);
  });
});
