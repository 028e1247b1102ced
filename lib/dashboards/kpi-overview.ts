import "server-only";
import { and, desc, eq, gte, lte, or, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { journeyMaps, kpis, kpiValues, mapPhases, mapTouchpoints } from "@/db/schema";
import { kpiStatus, type KpiDirection, type KpiStatus } from "@/lib/evidence/kpi-status";
import type { PeriodKind } from "@/lib/evidence/periods";
import type { DashboardScope } from "./filters";

export type KpiFigure = {
  kpiId: string;
  name: string;
  unit: string;
  direction: KpiDirection;
  target: number;
  tolerance: number;
  periodKind: PeriodKind;
  mapId: string;
  mapName: string;
  /** What the KPI hangs on: a touchpoint (possibly removed from the map) or a phase. */
  subject: { kind: "touchpoint" | "phase"; id: string; name: string; removed: boolean };
  /** The latest value whose period starts inside the scope's period; null when none was measured. */
  latest: { periodStart: string; value: number } | null;
  status: KpiStatus | null;
};

const STATUS_ORDER: Record<KpiStatus, number> = { off: 0, near: 1, on: 2 };

/**
 * Every KPI in the scope with its latest value in the period against its target, off
 * target first, then near, then on, then never measured. A channel filter keeps the
 * KPIs of that channel's touchpoints only (a phase has no channel).
 */
export async function getKpiOverview(ctx: { workspaceId: string }, scope: DashboardScope): Promise<KpiFigure[]> {
  const db = getDb();
  const conditions: SQL[] = [eq(kpis.workspaceId, ctx.workspaceId)];
  if (scope.mapId) conditions.push(eq(kpis.mapId, scope.mapId));
  if (scope.personaId) conditions.push(eq(journeyMaps.personaId, scope.personaId));
  if (scope.channel) conditions.push(eq(mapTouchpoints.channel, scope.channel));
  // A phase's KPIs: the phase's own and those of its touchpoints.
  if (scope.phaseId) conditions.push(or(eq(kpis.phaseId, scope.phaseId), eq(mapTouchpoints.phaseId, scope.phaseId))!);
  const rows = await db
    .select({
      kpi: kpis,
      mapName: journeyMaps.name,
      touchpointName: mapTouchpoints.name,
      touchpointDeletedAt: mapTouchpoints.deletedAt,
      phaseName: mapPhases.name,
      phaseDeletedAt: mapPhases.deletedAt,
    })
    .from(kpis)
    .innerJoin(journeyMaps, and(eq(journeyMaps.id, kpis.mapId), eq(journeyMaps.workspaceId, ctx.workspaceId)))
    .leftJoin(mapTouchpoints, and(eq(mapTouchpoints.id, kpis.touchpointId), eq(mapTouchpoints.workspaceId, ctx.workspaceId)))
    .leftJoin(mapPhases, and(eq(mapPhases.id, kpis.phaseId), eq(mapPhases.workspaceId, ctx.workspaceId)))
    .where(and(...conditions));
  if (rows.length === 0) return [];

  const valueConditions: SQL[] = [eq(kpiValues.workspaceId, ctx.workspaceId)];
  if (scope.from) valueConditions.push(gte(kpiValues.periodStart, scope.from));
  if (scope.to) valueConditions.push(lte(kpiValues.periodStart, scope.to));
  // One row per KPI: the newest value in the period (DISTINCT ON walks kpi_values_kpi_period).
  const latest = await db
    .selectDistinctOn([kpiValues.kpiId], { kpiId: kpiValues.kpiId, periodStart: kpiValues.periodStart, value: kpiValues.value })
    .from(kpiValues)
    .innerJoin(kpis, and(eq(kpis.id, kpiValues.kpiId), eq(kpis.workspaceId, ctx.workspaceId)))
    .where(and(...valueConditions, ...(scope.mapId ? [eq(kpis.mapId, scope.mapId)] : [])))
    .orderBy(kpiValues.kpiId, desc(kpiValues.periodStart));
  const latestByKpi = new Map(latest.map((v) => [v.kpiId, { periodStart: v.periodStart, value: v.value }]));

  const figures: KpiFigure[] = rows.map(({ kpi, mapName, touchpointName, touchpointDeletedAt, phaseName, phaseDeletedAt }) => {
    const value = latestByKpi.get(kpi.id) ?? null;
    const subject = kpi.touchpointId
      ? { kind: "touchpoint" as const, id: kpi.touchpointId, name: touchpointName ?? "", removed: touchpointDeletedAt !== null }
      : { kind: "phase" as const, id: kpi.phaseId!, name: phaseName ?? "", removed: phaseDeletedAt !== null };
    return {
      kpiId: kpi.id,
      name: kpi.name,
      unit: kpi.unit,
      direction: kpi.direction,
      target: kpi.target,
      tolerance: kpi.tolerance,
      periodKind: kpi.periodKind,
      mapId: kpi.mapId,
      mapName,
      subject,
      latest: value,
      status: value ? kpiStatus(kpi, value.value) : null,
    };
  });
  const rank = (f: KpiFigure) => (f.status ? STATUS_ORDER[f.status] : 3);
  return figures.sort((a, b) => rank(a) - rank(b) || a.mapName.localeCompare(b.mapName) || a.name.localeCompare(b.name));
}
