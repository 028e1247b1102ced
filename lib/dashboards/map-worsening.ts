import "server-only";
import { getByTouchpoint, type TouchpointFigure } from "./by-touchpoint";
import type { Channel } from "@/lib/journey/map-vocabulary";
import { getKpiOverview, type KpiFigure } from "./kpi-overview";
import { formatQuarter, type Quarter, quarterRange, shiftQuarter } from "./quarters";
import { findWorsening, type Worsening } from "./what-got-worse";

export type MapWorsening = Worsening & { quarter: string; previousQuarter: string };

type QuarterFigures = { byTouchpoint: TouchpointFigure[]; kpis: KpiFigure[] };

/**
 * What got worse on one map in a quarter against the quarter before (the map dashboard;
 * the review has both dashboards already and calls findWorsening itself). `current`: the
 * quarter's figures when the caller is loading them anyway (a dashboard filtered on that
 * very quarter, map, channel and phase), so they are not queried twice. The caller found
 * the map in the workspace.
 */
export async function getMapWorsening(
  ctx: { workspaceId: string },
  args: { mapId: string; quarter: Quarter; channel?: Channel; phaseId?: string },
  current?: Promise<QuarterFigures>,
): Promise<MapWorsening> {
  const before = shiftQuarter(args.quarter, -1);
  const figures = async (q: Quarter): Promise<QuarterFigures> => {
    const scope = { ...quarterRange(q), mapId: args.mapId, channel: args.channel, phaseId: args.phaseId };
    const [byTouchpoint, kpis] = await Promise.all([getByTouchpoint(ctx, scope), getKpiOverview(ctx, scope)]);
    return { byTouchpoint, kpis };
  };
  const [now, previous] = await Promise.all([current ?? figures(args.quarter), figures(before)]);
  return {
    ...findWorsening(now, previous),
    quarter: formatQuarter(args.quarter),
    previousQuarter: formatQuarter(before),
  };
}
