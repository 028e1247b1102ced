import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { feedbackRollup, journeyMaps, mapPhases, mapTouchpoints } from "@/db/schema";
import { normalisedScore, scoresFromAggregate, type Scores } from "@/lib/evidence/scores";
import type { DashboardScope } from "./filters";
import { AGGREGATE_COLUMNS, pickAggregate, type RollupAggregate, rollupScopeWhere, touchpointOfRollup } from "./rollup-scope";

export type TouchpointFigure = {
  touchpointId: string;
  mapId: string;
  mapName: string;
  name: string;
  channel: string | null;
  phaseName: string | null;
  /** Removed from the map: its responses still count, and it is labelled so. */
  removed: boolean;
  aggregate: RollupAggregate;
  scores: Scores;
};

/**
 * Touchpoints with responses in the scope, worst first: ordered by the headline score
 * on one 0–1 scale (CSAT, else NPS, else CES — the same rule that tints the map), then
 * by fewer responses. Touchpoints with comments only have no score and come last.
 */
export async function getByTouchpoint(ctx: { workspaceId: string }, scope: DashboardScope): Promise<TouchpointFigure[]> {
  const rows = await getDb()
    .select({
      touchpointId: mapTouchpoints.id,
      mapId: mapTouchpoints.mapId,
      name: mapTouchpoints.name,
      channel: mapTouchpoints.channel,
      deletedAt: mapTouchpoints.deletedAt,
      phaseName: mapPhases.name,
      mapName: journeyMaps.name,
      ...AGGREGATE_COLUMNS,
    })
    .from(feedbackRollup)
    .innerJoin(mapTouchpoints, touchpointOfRollup(ctx.workspaceId))
    .innerJoin(journeyMaps, and(eq(journeyMaps.id, mapTouchpoints.mapId), eq(journeyMaps.workspaceId, ctx.workspaceId)))
    .leftJoin(mapPhases, and(eq(mapPhases.id, mapTouchpoints.phaseId), eq(mapPhases.workspaceId, ctx.workspaceId)))
    .where(rollupScopeWhere(ctx.workspaceId, scope))
    .groupBy(mapTouchpoints.id, journeyMaps.id, mapPhases.id);
  const figures = rows.map((row) => {
    const aggregate = pickAggregate(row);
    return {
      touchpointId: row.touchpointId,
      mapId: row.mapId,
      mapName: row.mapName,
      name: row.name,
      channel: row.channel,
      phaseName: row.phaseName,
      removed: row.deletedAt !== null,
      aggregate,
      scores: scoresFromAggregate(aggregate),
    };
  });
  const rank = (f: TouchpointFigure) => normalisedScore(f.scores) ?? Number.POSITIVE_INFINITY;
  return figures.sort((a, b) => rank(a) - rank(b) || a.aggregate.responses - b.aggregate.responses || a.name.localeCompare(b.name));
}
