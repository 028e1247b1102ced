import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  apiKeys,
  feedbackForms,
  feedbackImports,
  feedbackResponses,
  kpis,
  kpiValues,
  mapPhases,
  mapTouchpoints,
  type NewFeedbackResponse,
} from "@/db/schema";
import { buildMap } from "./factories";

/**
 * Projection rows as the collaboration server writes them, inserted directly: evidence
 * tests need touchpoints to exist, not a running document.
 */
export async function buildPhase(workspaceId: string, mapId: string, overrides: { name?: string; position?: number } = {}) {
  const [phase] = await getDb()
    .insert(mapPhases)
    .values({ id: randomUUID(), workspaceId, mapId, name: overrides.name ?? "Awareness", position: overrides.position ?? 0 })
    .returning();
  return phase!;
}

export async function buildTouchpoint(
  workspaceId: string,
  mapId: string,
  overrides: { name?: string; phaseId?: string | null; channel?: string | null; position?: number; deletedAt?: Date | null } = {},
) {
  const [touchpoint] = await getDb()
    .insert(mapTouchpoints)
    .values({
      id: randomUUID(),
      workspaceId,
      mapId,
      phaseId: overrides.phaseId ?? null,
      name: overrides.name ?? `Touchpoint ${randomUUID().slice(0, 6)}`,
      channel: overrides.channel ?? "web",
      position: overrides.position ?? 0,
      deletedAt: overrides.deletedAt ?? null,
    })
    .returning();
  return touchpoint!;
}

/** A map with one phase and two live touchpoints in it, plus one removed from the map. */
export async function buildEvidenceMap(workspaceId: string) {
  const map = await buildMap(workspaceId);
  const phase = await buildPhase(workspaceId, map.id);
  const touchpoint = await buildTouchpoint(workspaceId, map.id, { phaseId: phase.id, name: "Website", position: 0 });
  const second = await buildTouchpoint(workspaceId, map.id, { phaseId: phase.id, name: "Store visit", channel: "store", position: 1 });
  const removed = await buildTouchpoint(workspaceId, map.id, { phaseId: phase.id, name: "Old flyer", deletedAt: new Date() });
  return { map, phase, touchpoint, second, removed };
}

/** Responses inserted as stored rows (source "api" unless told), in chunks. */
export async function buildResponses(
  base: { workspaceId: string; mapId: string; touchpointId: string },
  answers: Array<Partial<Omit<NewFeedbackResponse, "workspaceId" | "mapId" | "touchpointId">>>,
) {
  const rows = answers.map((a) => ({ source: "api" as const, respondedAt: new Date(), ...base, ...a }));
  for (let i = 0; i < rows.length; i += 1000) await getDb().insert(feedbackResponses).values(rows.slice(i, i + 1000));
}

/** Everything an evidence operation could change in a workspace, for "nothing changed" assertions. */
export async function evidenceSnapshot(workspaceId: string) {
  const db = getDb();
  const byId = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => a.id.localeCompare(b.id));
  return {
    kpis: byId(await db.select().from(kpis).where(eq(kpis.workspaceId, workspaceId))),
    kpiValues: byId(await db.select().from(kpiValues).where(eq(kpiValues.workspaceId, workspaceId))),
    forms: byId(await db.select().from(feedbackForms).where(eq(feedbackForms.workspaceId, workspaceId))),
    apiKeys: byId(await db.select().from(apiKeys).where(eq(apiKeys.workspaceId, workspaceId))),
    imports: byId(await db.select().from(feedbackImports).where(eq(feedbackImports.workspaceId, workspaceId))),
    responses: (await db.select({ id: feedbackResponses.id }).from(feedbackResponses).where(eq(feedbackResponses.workspaceId, workspaceId))).length,
  };
}

/**
 * A map with projection rows plus, created by the workspace's owner through the real
 * operations, a KPI with a value, a feedback form, an API key and an open import.
 */
export async function buildEvidenceSet(workspaceId: string, slug: string, ownerId: string) {
  const [{ createKpi }, { setKpiValue }, { createFeedbackForm }, { createApiKey }, { startFeedbackImport }] = await Promise.all([
    import("@/lib/evidence/kpis/create-kpi"),
    import("@/lib/evidence/kpis/kpi-values"),
    import("@/lib/evidence/forms/manage-feedback-form"),
    import("@/lib/api/keys/manage-api-keys"),
    import("@/lib/evidence/import/feedback-import"),
  ]);
  const m = await buildEvidenceMap(workspaceId);
  const must = <T>(r: { ok: true; data: T } | { ok: false; error: string }): T => {
    if (!r.ok) throw new Error(`evidence fixture: ${r.error}`);
    return r.data;
  };
  const { kpiId } = must(await createKpi(ownerId, { slug }, { touchpointId: m.touchpoint.id, name: "Wait", direction: "lower", target: "5" }));
  must(await setKpiValue(ownerId, { slug }, { kpiId, period: "2026-05", value: "4" }));
  const { formId } = must(await createFeedbackForm(ownerId, { slug }, { touchpointId: m.touchpoint.id, asksCsat: true }));
  const { keyId } = must(await createApiKey(ownerId, { slug }, { name: "Fixture key" }));
  const { importId } = await startFeedbackImport({ userId: ownerId, input: { mapId: m.map.id } });
  return { ...m, kpiId, formId, keyId, importId };
}
export type EvidenceSet = Awaited<ReturnType<typeof buildEvidenceSet>>;
