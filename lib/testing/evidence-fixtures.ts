import { randomUUID } from "node:crypto";
import { getDb } from "@/db/client";
import { feedbackResponses, mapPhases, mapTouchpoints, type NewFeedbackResponse } from "@/db/schema";
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
