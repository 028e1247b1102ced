import { randomUUID } from "node:crypto";
import { getDb } from "@/db/client";
import { feedbackResponses, journeyMaps, kpis, kpiValues, mapPhases, mapSteps, mapTouchpoints, type NewFeedbackResponse } from "@/db/schema";

/**
 * Projection rows, KPIs and responses inserted directly, so dashboard tests control
 * every figure and can compute the expected scores by hand.
 */
export function dashboardBuilder(workspaceId: string) {
  const db = getDb();
  return {
    async map(name: string, personaId: string | null = null) {
      const [map] = await db.insert(journeyMaps).values({ workspaceId, name, personaId }).returning();
      return map!;
    },
    async phase(mapId: string, name: string, position: number, deleted = false, templateKey: string | null = null) {
      const id = randomUUID();
      await db.insert(mapPhases).values({ id, workspaceId, mapId, name, position, templateKey, deletedAt: deleted ? new Date() : null });
      return id;
    },
    async step(mapId: string, phaseId: string, name: string, position: number, emotion: number | null) {
      const id = randomUUID();
      await db.insert(mapSteps).values({ id, workspaceId, mapId, phaseId, name, position, emotion });
      return id;
    },
    async touchpoint(
      mapId: string,
      at: { phaseId: string; stepId: string | null },
      name: string,
      channel: string,
      options: { position?: number; deleted?: boolean } = {},
    ) {
      const id = randomUUID();
      await db.insert(mapTouchpoints).values({
        id,
        workspaceId,
        mapId,
        phaseId: at.phaseId,
        stepId: at.stepId,
        name,
        channel,
        position: options.position ?? 0,
        deletedAt: options.deleted ? new Date() : null,
      });
      return id;
    },
    async responses(
      mapId: string,
      touchpointId: string,
      rows: Array<Partial<Omit<NewFeedbackResponse, "workspaceId" | "mapId" | "touchpointId" | "respondedAt">> & { at: string }>,
    ) {
      await db.insert(feedbackResponses).values(
        rows.map(({ at, ...answers }) => ({ source: "api" as const, ...answers, workspaceId, mapId, touchpointId, respondedAt: new Date(at) })),
      );
    },
    async kpi(
      mapId: string,
      subject: { touchpointId: string } | { phaseId: string },
      rule: { name: string; direction: "higher" | "lower"; target: number; tolerance: number },
      values: Array<[periodStart: string, value: number]>,
    ) {
      const [kpi] = await db
        .insert(kpis)
        .values({ workspaceId, mapId, ...subject, ...rule, periodKind: "month" })
        .returning({ id: kpis.id });
      if (values.length) {
        await db.insert(kpiValues).values(values.map(([periodStart, value]) => ({ workspaceId, kpiId: kpi!.id, periodStart, value })));
      }
      return kpi!.id;
    },
  };
}
