import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, journeyMaps, mapDocuments, mapUpdates } from "@/db/schema";
import { buildTenantFixture, type TenantFixture } from "@/lib/testing/factories";
import { createMapAs, createPersonaAs, workspaceSnapshot } from "@/lib/testing/map-fixtures";
import { archiveMap, restoreMap } from "./archive-map";
import { deleteMap } from "./delete-map";
import { renameMap } from "./rename-map";
import { setMapPersona } from "./set-map-persona";

const mapRow = async (id: string) => (await getDb().select().from(journeyMaps).where(eq(journeyMaps.id, id)))[0];

describe("changing a map", () => {
  let f: TenantFixture;
  let mapId: string;
  const ref = () => ({ slug: f.workspace.slug });
  beforeEach(async () => {
    f = await buildTenantFixture();
    mapId = await createMapAs(f.owner.id, f.workspace.slug, { name: "Original" });
  });

  describe("rename", () => {
    it("renames, records the editor and logs the old and new name", async () => {
      expect(await renameMap(f.editor.id, ref(), { mapId, name: " Renamed " })).toEqual({ ok: true, data: { mapId, name: "Renamed" } });
      expect(await mapRow(mapId)).toMatchObject({ name: "Renamed", lastEditedById: f.editor.id });
      const [event] = await getDb().select().from(auditEvents).where(and(eq(auditEvents.workspaceId, f.workspace.id), eq(auditEvents.action, "map.renamed")));
      expect(event).toMatchObject({ actorId: f.editor.id, details: { from: "Original", to: "Renamed" } });
    });

    it("refuses an empty or overlong name and changes nothing", async () => {
      const before = await workspaceSnapshot(f.workspace.id);
      expect(await renameMap(f.editor.id, ref(), { mapId, name: "" })).toMatchObject({ ok: false, fieldErrors: { name: ["REQUIRED"] } });
      expect(await renameMap(f.editor.id, ref(), { mapId, name: "y".repeat(200) })).toMatchObject({ ok: false, fieldErrors: { name: ["TOO_LONG"] } });
      expect(await renameMap(f.editor.id, ref(), { mapId: "nope", name: "Fine" })).toMatchObject({ ok: false, fieldErrors: { mapId: ["MAP_NOT_FOUND"] } });
      expect(await workspaceSnapshot(f.workspace.id)).toEqual(before);
    });

    it("does not find another workspace's map", async () => {
      const foreign = await createMapAs(f.foreignOwner.id, f.otherWorkspace.slug, { name: "Theirs" });
      expect(await renameMap(f.owner.id, ref(), { mapId: foreign, name: "Mine now" })).toEqual({ ok: false, error: "MAP_NOT_FOUND", fieldErrors: undefined });
      expect(await mapRow(foreign)).toMatchObject({ name: "Theirs" });
    });
  });

  describe("archive and restore", () => {
    it("archives and restores, each once, logging only real changes", async () => {
      expect(await archiveMap(f.editor.id, ref(), { mapId })).toMatchObject({ ok: true });
      const archivedAt = (await mapRow(mapId))!.archivedAt;
      expect(archivedAt).toBeInstanceOf(Date);
      expect(await archiveMap(f.editor.id, ref(), { mapId })).toMatchObject({ ok: true });
      expect((await mapRow(mapId))!.archivedAt).toEqual(archivedAt);
      expect(await restoreMap(f.editor.id, ref(), { mapId })).toMatchObject({ ok: true });
      expect((await mapRow(mapId))!.archivedAt).toBeNull();
      const events = await getDb().select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.workspaceId, f.workspace.id));
      expect(events.map((e) => e.action).filter((a) => a.startsWith("map.")).sort()).toEqual(["map.archived", "map.created", "map.restored"]);
    });

    it("does not touch another workspace's map", async () => {
      const foreign = await createMapAs(f.foreignOwner.id, f.otherWorkspace.slug);
      expect(await archiveMap(f.owner.id, ref(), { mapId: foreign })).toMatchObject({ ok: false, error: "MAP_NOT_FOUND" });
      expect((await mapRow(foreign))!.archivedAt).toBeNull();
    });
  });

  describe("delete", () => {
    it("deletes the map with its document and update log", async () => {
      await getDb().insert(mapUpdates).values({ mapId, update: new Uint8Array([0, 0]) });
      expect(await deleteMap(f.admin.id, ref(), { mapId })).toEqual({ ok: true, data: { mapId } });
      expect(await mapRow(mapId)).toBeUndefined();
      expect(await getDb().select().from(mapDocuments).where(eq(mapDocuments.mapId, mapId))).toEqual([]);
      expect(await getDb().select().from(mapUpdates).where(eq(mapUpdates.mapId, mapId))).toEqual([]);
    });

    it("is refused to editors and for another workspace's map, changing nothing", async () => {
      const foreign = await createMapAs(f.foreignOwner.id, f.otherWorkspace.slug);
      const before = await workspaceSnapshot(f.workspace.id);
      expect(await deleteMap(f.editor.id, ref(), { mapId })).toMatchObject({ ok: false, error: "FORBIDDEN" });
      expect(await deleteMap(f.owner.id, ref(), { mapId: foreign })).toMatchObject({ ok: false, error: "MAP_NOT_FOUND" });
      expect(await deleteMap(f.owner.id, ref(), {})).toMatchObject({ ok: false, error: "INVALID_INPUT" });
      expect(await workspaceSnapshot(f.workspace.id)).toEqual(before);
      expect(await mapRow(foreign)).toBeDefined();
    });
  });

  describe("persona", () => {
    it("sets and clears the persona", async () => {
      const personaId = await createPersonaAs(f.owner.id, f.workspace.slug);
      expect(await setMapPersona(f.editor.id, ref(), { mapId, personaId })).toMatchObject({ ok: true });
      expect((await mapRow(mapId))!.personaId).toBe(personaId);
      expect(await setMapPersona(f.editor.id, ref(), { mapId, personaId: "" })).toMatchObject({ ok: true });
      expect((await mapRow(mapId))!.personaId).toBeNull();
    });

    it("refuses a persona of another workspace and changes nothing", async () => {
      const foreignPersona = await createPersonaAs(f.foreignOwner.id, f.otherWorkspace.slug);
      const before = await workspaceSnapshot(f.workspace.id);
      expect(await setMapPersona(f.owner.id, ref(), { mapId, personaId: foreignPersona })).toEqual({
        ok: false,
        error: "PERSONA_NOT_FOUND",
        fieldErrors: { personaId: ["PERSONA_NOT_FOUND"] },
      });
      expect(await workspaceSnapshot(f.workspace.id)).toEqual(before);
    });
  });
});
