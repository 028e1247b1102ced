import "server-only";
import { getByTouchpoint } from "./by-touchpoint";
import type { Channel } from "@/lib/journey/map-vocabulary";
import { getKpiOverview } from "./kpi-overview";
import { formatQuarter, type Quarter, quarterRange, shiftQuarter } from "./quarters";
import { findWorsening, type Worsening } from "./what-got-worse";

export type MapWorsening = Worsening & { quarter: string; previousQuarter: string };

/**
 * What got worse on one map in a quarter against the quarter before (the map dashboard;
 * the review has both dashboards already and calls findWorsening itself). The caller
 * found the map in the workspace.
 */
export async function getMapWorsening(ctx: { workspaceId: string }, args: { mapId: string; quarter: Quarter; channel?: Channel; phaseId?: string }): Promise<MapWorsening> {
  const before = shiftQuarter(args.quarter, -1);
  const scope = (q: Quarter) => ({ ...quarterRange(q), mapId: args.mapId, channel: args.channel, phaseId: args.phaseId });
  const [byTouchpoint, kpis, previousByTouchpoint, previousKpis] = await Promise.all([
    getByTouchpoint(ctx, scope(args.quarter)),
    getKpiOverview(ctx, scope(args.quarter)),
    getByTouchpoint(ctx, scope(before)),
    getKpiOverview(ctx, scope(before)),
  ]);
  return {
    ...findWorsening({ byTouchpoint, kpis }, { byTouchpoint: previousByTouchpoint, kpis: previousKpis }),
    quarter: formatQuarter(args.quarter),
    previousQuarter: formatQuarter(before),
  };
}
