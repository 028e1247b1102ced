import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { journeyMaps, kpis, mapPhases, mapSteps, mapTouchpoints, workspaces } from "@/db/schema";
import { readMapContent } from "@/lib/journey/map-document";
import { buildMapDocument } from "@/lib/journey/templates/new-map-state";
import { DEFAULT_LANES } from "@/lib/journey/map-vocabulary";
import { buildTenantFixture, type TenantFixture } from "@/lib/testing/factories";
import { createMap } from "./create-map";
import { createPersonaAs, storedContent, workspaceSnapshot } from "@/lib/testing/map-fixtures";

describe("createMap", () => {
  let f: TenantFixture;
  const ref = () => ({ slug: f.workspace.slug });
  beforeEach(async () => {
    f = await buildTenantFixture();
  });

  it("creates a blank map with its document, in the workspace's language", async () => {
    await getDb().update(workspaces).set({ locale: "nl" }).where(eq(workspaces.id, f.workspace.id));
    const result = await createMap(f.editor.id, ref(), { name: "  Onboarding  " });
    expect(result).toMatchObject({ ok: true });
    const mapId = result.ok ? result.data.mapId : "";
    const [map] = await getDb().select().from(journeyMaps).where(eq(journeyMaps.id, mapId));
    expect(map).toMatchObject({ workspaceId: f.workspace.id, name: "Onboarding", templateId: null, createdById: f.editor.id, lastEditedById: f.editor.id, archivedAt: null, personaId: null });
    const content = await storedContent(mapId);
    expect(content.lanes.map((l) => l.kind)).toEqual(DEFAULT_LANES);
    expect(content.lanes[0]!.name).toBe("Behoefte / doel van de klant");
    expect(content.phases.map((p) => p.name)).toEqual(["Fase 1"]);
    expect(content.steps.map((s) => s.name)).toEqual(["Stap 1"]);
  });

  it("creates a map from a template in the language asked for, with a persona of the workspace", async () => {
    const personaId = await createPersonaAs(f.owner.id, f.workspace.slug);
    const result = await createMap(f.admin.id, ref(), { name: "Funnel", starter: "five-phase", language: "en", personaId });
    expect(result.ok).toBe(true);
    const mapId = result.ok ? result.data.mapId : "";
    const [map] = await getDb().select().from(journeyMaps).where(eq(journeyMaps.id, mapId));
    expect(map).toMatchObject({ templateId: "five-phase", personaId });
    const content = await storedContent(mapId);
    expect(content.phases.map((p) => p.name)[0]).toBe("Awareness");
    const expected = readMapContent(buildMapDocument("five-phase", "en").doc);
    // Cards of different cells share order keys, so compare them as a set.
    expect(content.cards.map((c) => c.text).sort()).toEqual(expected.cards.map((c) => c.text).sort());
  });

  it("creates the template's phase KPIs with their targets, in the new map only", async () => {
    const result = await createMap(f.editor.id, ref(), { name: "With KPIs", starter: "ecommerce-order", language: "nl" });
    const mapId = result.ok ? result.data.mapId : "";
    const expected = buildMapDocument("ecommerce-order", "nl").kpis;
    const rows = await getDb().select().from(kpis).where(eq(kpis.mapId, mapId));
    expect(rows).toHaveLength(expected.length);
    const phaseIds = new Set((await storedContent(mapId)).phases.map((p) => p.id));
    expect(rows.every((r) => r.workspaceId === f.workspace.id && r.phaseId !== null && phaseIds.has(r.phaseId) && r.touchpointId === null)).toBe(true);
    expect(rows.map((r) => [r.name, r.target, r.direction]).sort()).toEqual(expected.map((k) => [k.name, k.target, k.direction]).sort());
  });

  it("projects the new map's phases, steps and touchpoints at once, so evidence can attach before anyone opens it", async () => {
    const result = await createMap(f.editor.id, ref(), { name: "Projected", starter: "five-phase", language: "nl" });
    const mapId = result.ok ? result.data.mapId : "";
    const content = await storedContent(mapId);
    const phases = await getDb().select().from(mapPhases).where(eq(mapPhases.mapId, mapId)).orderBy(mapPhases.position);
    expect(phases.map((p) => [p.id, p.name, p.workspaceId])).toEqual(content.phases.map((p) => [p.id, p.name, f.workspace.id]));
    // Each phase remembers its template phase, which the workspace dashboard pools by.
    expect(phases.map((p) => p.templateKey)).toEqual(["awareness", "consideration", "decision", "retention", "advocacy"]);
    expect(await getDb().select().from(mapSteps).where(eq(mapSteps.mapId, mapId))).toHaveLength(content.steps.length);
    const touchpoints = await getDb().select().from(mapTouchpoints).where(eq(mapTouchpoints.mapId, mapId));
    const documentTouchpoints = content.cards.filter((c) => c.kind === "touchpoint");
    expect(touchpoints.map((t) => [t.id, t.name, t.channel]).sort()).toEqual(documentTouchpoints.map((c) => [c.id, c.text, c.channel]).sort());
  });

  it("accepts form data, where no persona is an empty string", async () => {
    const form = new FormData();
    form.set("name", "From a form");
    form.set("starter", "diy-store-visit");
    form.set("personaId", "");
    const result = await createMap(f.editor.id, ref(), form);
    expect(result).toMatchObject({ ok: true });
  });

  it("refuses bad input with field errors and changes nothing", async () => {
    const before = await workspaceSnapshot(f.workspace.id);
    expect(await createMap(f.editor.id, ref(), { name: "   ", starter: "poster" })).toEqual({
      ok: false,
      error: "INVALID_INPUT",
      fieldErrors: { name: ["REQUIRED"], starter: ["INVALID_TEMPLATE"] },
    });
    expect(await createMap(f.editor.id, ref(), { name: "x".repeat(121) })).toMatchObject({ fieldErrors: { name: ["TOO_LONG"] } });
    expect(await createMap(f.editor.id, ref(), { name: "Map", personaId: "not-a-uuid" })).toMatchObject({
      fieldErrors: { personaId: ["PERSONA_NOT_FOUND"] },
    });
    expect(await workspaceSnapshot(f.workspace.id)).toEqual(before);
  });

  it("refuses a persona of another workspace and creates nothing", async () => {
    const foreignPersona = await createPersonaAs(f.foreignOwner.id, f.otherWorkspace.slug);
    const before = await workspaceSnapshot(f.workspace.id);
    expect(await createMap(f.owner.id, ref(), { name: "Sneaky", personaId: foreignPersona })).toEqual({
      ok: false,
      error: "PERSONA_NOT_FOUND",
      fieldErrors: { personaId: ["PERSONA_NOT_FOUND"] },
    });
    expect(await workspaceSnapshot(f.workspace.id)).toEqual(before);
  });
});
