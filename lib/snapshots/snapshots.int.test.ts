import { eq } from "drizzle-orm";
import * as Y from "yjs";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { journeyMaps, mapReviews, mapSnapshots, mapTouchpoints, mapUpdates } from "@/db/schema";
import { addCard, addPhase, addStep, getLanes, readMapContent } from "@/lib/journey/map-document";
import { exportMapFile } from "@/lib/map-files/export-map";
import { importMap } from "@/lib/map-files/import-map";
import { buildTenantFixture, type TenantFixture } from "@/lib/testing/factories";
import { createMapAs, storedContent } from "@/lib/testing/map-fixtures";
import { createSnapshot } from "./create-snapshot";
import { diffMapContent } from "./diff-map-content";
import { getSnapshotOrThrow, listSnapshots } from "./get-snapshots";
import { contentOfState, loadMapState } from "./map-state";
import { restoreSnapshot } from "./restore-snapshot";

let f: TenantFixture;
let mapId: string;
const ref = () => ({ slug: f.workspace.slug });

/** An edit as the collaboration server stores it: appended to the update log. */
async function appendEdit(edit: (doc: Y.Doc) => void) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, await loadMapState(mapId));
  const before = Y.encodeStateVector(doc);
  edit(doc);
  await getDb().insert(mapUpdates).values({ mapId, update: Y.encodeStateAsUpdate(doc, before) });
  doc.destroy();
}

beforeEach(async () => {
  f = await buildTenantFixture();
  mapId = await createMapAs(f.owner.id, f.workspace.slug, { name: "Journey", starter: "five-phase" });
});

describe("snapshots", () => {
  it("freeze the stored state including the update log, and compare with the current map", async () => {
    await appendEdit((doc) => addPhase(doc, "Aftercare"));
    const taken = await createSnapshot(f.editor.id, ref(), { mapId, name: "2026-Q2 review", quarter: "2026-Q2" });
    expect(taken.ok).toBe(true);
    const snapshotId = taken.ok ? taken.data.snapshotId : "";

    const snapshot = await getSnapshotOrThrow({ workspaceId: f.workspace.id }, mapId, snapshotId);
    expect(snapshot.content.phases.map((p) => p.name)).toContain("Aftercare");
    expect(snapshot.content).toEqual(contentOfState(await loadMapState(mapId)));
    // Taken at the quarter's review: the review exists and the snapshot is listed with it.
    expect((await listSnapshots({ workspaceId: f.workspace.id }, mapId)).map((s) => [s.name, s.quarter])).toEqual([["2026-Q2 review", "2026-Q2"]]);
    expect(await getDb().select({ q: mapReviews.quarter }).from(mapReviews).where(eq(mapReviews.mapId, mapId))).toEqual([{ q: "2026-Q2" }]);

    await appendEdit((doc) => {
      const phase = addPhase(doc, "Advocacy");
      const step = addStep(doc, phase, "Recommend");
      const lane = getLanes(doc).find((l) => l.kind === "touchpoints")!;
      addCard(doc, { laneId: lane.id, stepId: step, kind: "touchpoint", text: "Review site", channel: "review_site" });
    });
    const diff = diffMapContent(snapshot.content, contentOfState(await loadMapState(mapId)));
    expect(diff.phases.added.map((p) => p.name)).toEqual(["Advocacy"]);
    expect(diff.touchpoints.added.map((c) => c.text)).toEqual(["Review site"]);
    // The snapshot itself did not move with the map.
    expect((await getSnapshotOrThrow({ workspaceId: f.workspace.id }, mapId, snapshotId)).content).toEqual(snapshot.content);
  });

  it("restore as a new map with fresh ids, leaving the original alone", async () => {
    const taken = await createSnapshot(f.owner.id, ref(), { mapId, name: "Before the redesign" });
    const snapshotId = taken.ok ? taken.data.snapshotId : "";
    await appendEdit((doc) => addPhase(doc, "Later"));

    const restored = await restoreSnapshot(f.editor.id, ref(), { mapId, snapshotId, name: "Journey (restored)" });
    expect(restored.ok).toBe(true);
    const newMapId = restored.ok ? restored.data.mapId : "";
    const [row] = await getDb().select().from(journeyMaps).where(eq(journeyMaps.id, newMapId));
    expect(row).toMatchObject({ workspaceId: f.workspace.id, name: "Journey (restored)" });

    const snapshot = await getSnapshotOrThrow({ workspaceId: f.workspace.id }, mapId, snapshotId);
    const copy = await storedContent(newMapId);
    expect(copy.phases.map((p) => p.name)).toEqual(snapshot.content.phases.map((p) => p.name));
    // Cards are ordered within their cell; across cells the order keys are fresh, so compare as sets.
    expect(copy.cards.map((c) => c.text).sort()).toEqual(snapshot.content.cards.map((c) => c.text).sort());
    const oldIds = new Set([...snapshot.content.phases, ...snapshot.content.steps, ...snapshot.content.cards].map((x) => x.id));
    expect([...copy.phases, ...copy.steps, ...copy.cards].some((x) => oldIds.has(x.id))).toBe(false);
    // Its touchpoints are projected for evidence, under the new map only.
    const projected = await getDb().select({ mapId: mapTouchpoints.mapId }).from(mapTouchpoints).where(eq(mapTouchpoints.mapId, newMapId));
    expect(projected.length).toBe(copy.cards.filter((c) => c.kind === "touchpoint").length);
    expect((await storedContent(mapId)).phases.length).toBe(snapshot.content.phases.length);
  });

  it("are not reachable through another workspace", async () => {
    const taken = await createSnapshot(f.owner.id, ref(), { mapId, name: "Ours" });
    const snapshotId = taken.ok ? taken.data.snapshotId : "";
    const theirs = { slug: f.otherWorkspace.slug };
    expect(await createSnapshot(f.foreignOwner.id, theirs, { mapId, name: "Stolen" })).toMatchObject({ ok: false, error: "MAP_NOT_FOUND" });
    expect(await restoreSnapshot(f.foreignOwner.id, theirs, { mapId, snapshotId, name: "Stolen" })).toMatchObject({ ok: false, error: "MAP_NOT_FOUND" });
    await expect(getSnapshotOrThrow({ workspaceId: f.otherWorkspace.id }, mapId, snapshotId)).rejects.toMatchObject({ messageKey: "SNAPSHOT_NOT_FOUND" });
    // A snapshot id of one map does not open under another map of the same workspace.
    const other = await createMapAs(f.owner.id, f.workspace.slug, { name: "Other" });
    await expect(getSnapshotOrThrow({ workspaceId: f.workspace.id }, other, snapshotId)).rejects.toMatchObject({ messageKey: "SNAPSHOT_NOT_FOUND" });
    expect(await getDb().select({ id: mapSnapshots.id }).from(mapSnapshots).where(eq(mapSnapshots.mapId, mapId))).toHaveLength(1);
  });
});

describe("map files", () => {
  it("export and import round-trip with fresh ids", async () => {
    const file = await exportMapFile({ workspaceId: f.workspace.id }, mapId);
    const imported = await importMap(f.editor.id, { slug: f.otherWorkspace.slug }, { file: JSON.stringify(file) });
    expect(imported).toMatchObject({ ok: false, error: "NOT_FOUND" });
    const result = await importMap(f.editor.id, ref(), { file: JSON.stringify(file), name: "Imported" });
    expect(result.ok).toBe(true);
    const copy = await storedContent(result.ok ? result.data.mapId : "");
    const original = await storedContent(mapId);
    const shape = (c: ReturnType<typeof readMapContent>) => ({
      phases: c.phases.map((p) => p.name),
      steps: c.steps.map((s) => [s.name, s.emotion]),
      lanes: c.lanes.map((l) => [l.kind, l.name, l.hidden]),
      cards: c.cards.map((card) => [card.kind, card.text, card.channel ?? null].join("|")).sort(),
    });
    expect(shape(copy)).toEqual(shape(original));
    expect(copy.phases.some((p) => original.phases.some((o) => o.id === p.id))).toBe(false);
  });

  it("refuses what is not a map file, and viewers", async () => {
    expect(await importMap(f.editor.id, ref(), { file: "not json" })).toMatchObject({ ok: false, error: "INVALID_MAP_FILE" });
    const bad = { format: "journeyboard.map", version: 1, name: "X", content: { phases: [], steps: [], lanes: [{ id: "l", kind: "nonsense", name: "" }], cards: [] } };
    expect(await importMap(f.editor.id, ref(), { file: JSON.stringify(bad) })).toMatchObject({
      ok: false,
      error: "INVALID_MAP_FILE",
      fieldErrors: expect.objectContaining({ "file.content.lanes.0.kind": ["INVALID_MAP_FILE"] }),
    });
    const file = await exportMapFile({ workspaceId: f.workspace.id }, mapId);
    expect(await importMap(f.viewer.id, ref(), { file: JSON.stringify(file) })).toMatchObject({ ok: false, error: "FORBIDDEN" });
  });
});
