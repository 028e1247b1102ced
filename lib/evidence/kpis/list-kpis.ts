import "server-only";
import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { kpis, kpiValues } from "@/db/schema";
import { latestKpiStatus } from "../kpi-status";

export type KpiWithValues = Awaited<ReturnType<typeof listKpis>>[number];

/**
 * The workspace's KPIs on one map (or on one touchpoint/phase), each with its values in
 * period order and the status of the latest one.
 */
export async function listKpis(args: { workspaceId: string; mapId?: string; touchpointId?: string; phaseId?: string }) {
  const conditions: SQL[] = [eq(kpis.workspaceId, args.workspaceId)];
  if (args.mapId) conditions.push(eq(kpis.mapId, args.mapId));
  if (args.touchpointId) conditions.push(eq(kpis.touchpointId, args.touchpointId));
  if (args.phaseId) conditions.push(eq(kpis.phaseId, args.phaseId));
  const db = getDb();
  const rows = await db
    .select()
    .from(kpis)
    .where(and(...conditions))
    .orderBy(asc(kpis.createdAt));
  if (rows.length === 0) return [];
  const values = await db
    .select({ kpiId: kpiValues.kpiId, periodStart: kpiValues.periodStart, value: kpiValues.value, source: kpiValues.source })
    .from(kpiValues)
    .where(and(eq(kpiValues.workspaceId, args.workspaceId), inArray(kpiValues.kpiId, rows.map((r) => r.id))))
    .orderBy(asc(kpiValues.periodStart));
  return rows.map((kpi) => {
    const own = values.filter((v) => v.kpiId === kpi.id).map(({ periodStart, value, source }) => ({ periodStart, value, source }));
    return { ...kpi, values: own, latest: latestKpiStatus(kpi, own) };
  });
}
