import "server-only";
import { getByPhase, type PhaseFigure } from "./by-phase";
import { getByTouchpoint, type TouchpointFigure } from "./by-touchpoint";
import type { DashboardScope, Granularity } from "./filters";
import { getKpiOverview, type KpiFigure } from "./kpi-overview";
import { getStepEmotions, type StepEmotions } from "./step-emotions";
import { getSummary, type Summary } from "./summary";
import { getTrend, type TrendPoint } from "./trend";

export type Dashboard = {
  summary: Summary;
  byPhase: PhaseFigure[];
  byTouchpoint: TouchpointFigure[];
  trend: TrendPoint[];
  kpis: KpiFigure[];
  /** Only with one map in scope: steps belong to one map. */
  emotions: StepEmotions | null;
};

/**
 * Every figure of a dashboard for the scope, queried side by side. The caller has
 * authorized the workspace (evidence.read) and, for a map dashboard, found the map in it.
 */
export async function loadDashboard(ctx: { workspaceId: string }, scope: DashboardScope, granularity: Granularity): Promise<Dashboard> {
  const mapId = scope.mapId;
  const [summary, byPhase, byTouchpoint, trend, kpis, emotions] = await Promise.all([
    getSummary(ctx, scope),
    getByPhase(ctx, scope),
    getByTouchpoint(ctx, scope),
    getTrend(ctx, scope, granularity),
    getKpiOverview(ctx, scope),
    mapId ? getStepEmotions(ctx, { ...scope, mapId }) : Promise.resolve(null),
  ]);
  return { summary, byPhase, byTouchpoint, trend, kpis, emotions };
}
