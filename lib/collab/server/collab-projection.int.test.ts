import { randomUUID } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { journeyMaps, mapPhases, mapSteps, mapTouchpoints } from "@/db/schema";
import { addCard, addLane, addPhase, addStep, deleteCard, setEmotion, updateCard } from "@/lib/journey/map-document";
import { buildMap, buildTenantFixture, type TenantFixture } from "@/lib/testing/factories";
import { barrier, connectClient, startCollabServer, type RunningCollabServer, type TestClient } from "./test-harness";

let f: TenantFixture;
let mapId: string;
let server: RunningCollabServer;
let editor: TestClient;
let watcher: TestClient;

const db = () => getDb();
const touchpoints = () =>
  db().select().from(mapTouchpoints).where(eq(mapTouchpoints.mapId, mapId)).orderBy(asc(mapTouchpoints.position));
/** Waits until the server handled the editor's edits, then writes the projection. */
const settle = async () => {
  await barrier(editor, watcher);
  await server.collab.registry.get(mapId)!.flush();
};

beforeEach(async () => {
  f = await buildTenantFixture();
  mapId = (await buildMap(f.workspace.id)).id;
  server = await startCollabServer({ projectionDebounceMs: 10_000, projectionMaxWaitMs: 10_000 });
  editor = connectClient({ url: server.url, mapId, userId: f.editor.id });
  watcher = connectClient({ url: server.url, mapId, userId: f.viewer.id });
  await Promise.all([editor.synced, watcher.synced]);
});

afterEach(async () => {
  editor.destroy();
  watcher.destroy();
  await server.close();
});

function buildJourney(client: TestClient) {
  const doc = client.doc;
  const orient = addPhase(doc, "Orientation");
  const buy = addPhase(doc, "Purchase");
  const search = addStep(doc, orient, "Search");
  const visit = addStep(doc, buy, "Visit store");
  const lane = addLane(doc, "touchpoints", "Touchpoints");
  const notes = addLane(doc, "thoughts", "Thoughts");
  const site = addCard(doc, { laneId: lane, stepId: search, kind: "touchpoint", text: "Website", channel: "web" });
  const shop = addCard(doc, { laneId: lane, stepId: visit, kind: "touchpoint", text: "Shop floor", channel: "store" });
  addCard(doc, { laneId: notes, stepId: visit, kind: "note", text: "not a touchpoint" });
  setEmotion(doc, visit, -2);
  return { orient, buy, search, visit, lane, site, shop };
}

describe("collaboration server: projection", () => {
  it("keeps phases, steps and touchpoints in step with the document and records the last editor", async () => {
    const before = (await db().select().from(journeyMaps).where(eq(journeyMaps.id, mapId)))[0]!;
    const j = buildJourney(editor);
    await settle();

    const phases = await db().select().from(mapPhases).where(eq(mapPhases.mapId, mapId)).orderBy(asc(mapPhases.position));
    expect(phases.map((p) => [p.id, p.name, p.position, p.workspaceId, p.deletedAt])).toEqual([
      [j.orient, "Orientation", 0, f.workspace.id, null],
      [j.buy, "Purchase", 1, f.workspace.id, null],
    ]);
    const steps = await db().select().from(mapSteps).where(eq(mapSteps.mapId, mapId)).orderBy(asc(mapSteps.position));
    expect(steps.map((s) => [s.id, s.phaseId, s.name, s.emotion])).toEqual([
      [j.search, j.orient, "Search", null],
      [j.visit, j.buy, "Visit store", -2],
    ]);
    expect((await touchpoints()).map((t) => [t.id, t.phaseId, t.stepId, t.name, t.channel, t.deletedAt])).toEqual([
      [j.site, j.orient, j.search, "Website", "web", null],
      [j.shop, j.buy, j.visit, "Shop floor", "store", null],
    ]);
    const after = (await db().select().from(journeyMaps).where(eq(journeyMaps.id, mapId)))[0]!;
    expect(after.lastEditedById).toBe(f.editor.id);
    expect(after.updatedAt.getTime()).toBeGreaterThanOrEqual(before.updatedAt.getTime());

    updateCard(editor.doc, j.site, { text: "Web shop", channel: "app" });
    await settle();
    expect((await touchpoints()).map((t) => [t.name, t.channel])).toEqual([
      ["Web shop", "app"],
      ["Shop floor", "store"],
    ]);
  });

  it("marks a deleted touchpoint deleted instead of dropping it, and revives it when it returns", async () => {
    const j = buildJourney(editor);
    await settle();
    deleteCard(editor.doc, j.site);
    await settle();
    const rows = await touchpoints();
    expect(rows).toHaveLength(2);
    expect(rows.find((t) => t.id === j.site)!.deletedAt).toBeInstanceOf(Date);
    expect(rows.find((t) => t.id === j.shop)!.deletedAt).toBeNull();

    addCard(editor.doc, { id: j.site, laneId: j.lane, stepId: j.search, kind: "touchpoint", text: "Website", channel: "web" });
    await settle();
    expect((await touchpoints()).find((t) => t.id === j.site)!.deletedAt).toBeNull();
  });

  it("never touches another map's row whose id a client reuses", async () => {
    const otherMap = await buildMap(f.otherWorkspace.id);
    const foreignId = randomUUID();
    await db().insert(mapTouchpoints).values({ id: foreignId, mapId: otherMap.id, workspaceId: f.otherWorkspace.id, name: "theirs", position: 0 });
    const j = buildJourney(editor);
    addCard(editor.doc, { id: foreignId, laneId: j.lane, stepId: j.search, kind: "touchpoint", text: "hijack", channel: "web" });
    await settle();
    const [foreign] = await db().select().from(mapTouchpoints).where(eq(mapTouchpoints.id, foreignId));
    expect(foreign).toMatchObject({ mapId: otherMap.id, workspaceId: f.otherWorkspace.id, name: "theirs", deletedAt: null });
  });

  it("on load, marks rows of this map that the stored document no longer has", async () => {
    const stale = randomUUID();
    await db().insert(mapPhases).values({ id: stale, mapId, workspaceId: f.workspace.id, name: "gone", position: 0 });
    buildJourney(editor);
    await settle();
    const [row] = await db().select().from(mapPhases).where(eq(mapPhases.id, stale));
    expect(row!.deletedAt).toBeInstanceOf(Date);
  });
});
