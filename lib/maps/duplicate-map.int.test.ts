import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { getDb } from "@/db/client";
import { journeyMaps, mapDocuments, mapTouchpoints, mapUpdates } from "@/db/schema";
import { addCard, getLanes, getPhases, getSteps, renamePhase } from "@/lib/journey/map-document";
import { buildTenantFixture, type TenantFixture } from "@/lib/testing/factories";
import { createMapAs, createPersonaAs, storedContent, workspaceSnapshot } from "@/lib/testing/map-fixtures";
import { duplicateMap } from "./duplicate-map";

/** Appends an edit to the map's update log, as the collaboration server does before compaction. */
async function appendEdit(mapId: string, edit: (doc: Y.Doc) => void) {
  const [row] = await getDb().select({ state: mapDocuments.state }).from(mapDocuments).where(eq(mapDocuments.mapId, mapId));
  const doc = new Y.Doc();
  Y.applyUpdate(doc, row!.state);
  const updates: Uint8Array[] = [];
  doc.on("update", (u: Uint8Array) => updates.push(u));
  edit(doc);
  for (const update of updates) await getDb().insert(mapUpdates).values({ mapId, update });
}

describe("duplicateMap", () => {
  let f: TenantFixture;
  const ref = () => ({ slug: f.workspace.slug });
  beforeEach(async () => {
    f = await buildTenantFixture();
  });

  it("copies the stored state and the logged updates into a new map with new ids and the same persona", async () => {
    const personaId = await createPersonaAs(f.owner.id, f.workspace.slug);
    const source = await createMapAs(f.owner.id, f.workspace.slug, { name: "Funnel", starter: "five-phase", language: "en", personaId });
    await appendEdit(source, (doc) => {
      renamePhase(doc, getPhases(doc)[0]!.id, "Renamed in the log");
      const lane = getLanes(doc).find((l) => l.kind === "pain_points")!.id;
      addCard(doc, { laneId: lane, stepId: getSteps(doc)[0]!.id, kind: "note", text: "Logged, not compacted" });
    });

    const result = await duplicateMap(f.editor.id, ref(), { mapId: source, name: "Funnel (copy)" });
    expect(result.ok).toBe(true);
    const copyId = result.ok ? result.data.mapId : "";
    const [copy] = await getDb().select().from(journeyMaps).where(eq(journeyMaps.id, copyId));
    expect(copy).toMatchObject({ workspaceId: f.workspace.id, name: "Funnel (copy)", personaId, templateId: "five-phase", createdById: f.editor.id, archivedAt: null });

    const original = await storedContent(source);
    const duplicated = await storedContent(copyId);
    expect(duplicated.cards.map((c) => c.text)).toContain("Logged, not compacted");
    expect(duplicated.phases.map((p) => p.name)).toEqual(["Renamed in the log", "Consideration", "Decision / purchase", "Delivery, use and retention", "Loyalty and advocacy"]);
    expect(duplicated.cards).toHaveLength(original.cards.length + 1);
    expect(duplicated.steps.map((s) => s.name)).toEqual(original.steps.map((s) => s.name));
    const originalIds = new Set([...original.phases, ...original.steps, ...original.cards].map((x) => x.id));
    for (const x of [...duplicated.phases, ...duplicated.steps, ...duplicated.cards]) expect(originalIds.has(x.id)).toBe(false);

    // Both maps keep their own projection rows: the copy's touchpoints are new rows.
    const projected = async (id: string) => (await getDb().select().from(mapTouchpoints).where(eq(mapTouchpoints.mapId, id))).map((t) => t.id).sort();
    const copyRows = await projected(copyId);
    const touchpoints = original.cards.filter((c) => c.kind === "touchpoint").length;
    expect(touchpoints).toBeGreaterThan(0);
    expect(copyRows).toHaveLength(touchpoints);
    expect(copyRows).toEqual(duplicated.cards.filter((c) => c.kind === "touchpoint").map((c) => c.id).sort());
    expect(await projected(source)).toHaveLength(touchpoints);
  });

  it("cuts an overlong copy name to fit", async () => {
    const source = await createMapAs(f.owner.id, f.workspace.slug, { name: "n".repeat(120) });
    const result = await duplicateMap(f.owner.id, ref(), { mapId: source, name: `${"n".repeat(120)} (copy)` });
    const copyId = result.ok ? result.data.mapId : "";
    expect((await getDb().select().from(journeyMaps).where(eq(journeyMaps.id, copyId)))[0]!.name).toHaveLength(120);
  });

  it("refuses bad input and another workspace's map, creating nothing", async () => {
    const foreign = await createMapAs(f.foreignOwner.id, f.otherWorkspace.slug, { name: "Theirs" });
    const before = await workspaceSnapshot(f.workspace.id);
    const foreignBefore = await workspaceSnapshot(f.otherWorkspace.id);
    expect(await duplicateMap(f.owner.id, ref(), { mapId: foreign, name: "Copy" })).toMatchObject({ ok: false, error: "MAP_NOT_FOUND" });
    expect(await duplicateMap(f.owner.id, ref(), { mapId: foreign, name: " " })).toMatchObject({ ok: false, fieldErrors: { name: ["REQUIRED"] } });
    expect(await workspaceSnapshot(f.workspace.id)).toEqual(before);
    expect(await workspaceSnapshot(f.otherWorkspace.id)).toEqual(foreignBefore);
  });
});
