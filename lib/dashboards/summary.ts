import "server-only";
import { scoresFromAggregate, type Scores } from "@/lib/evidence/scores";
import type { DashboardScope } from "./filters";
import { getDb } from "@/db/client";
import { feedbackRollup, mapTouchpoints } from "@/db/schema";
import { AGGREGATE_COLUMNS, EMPTY_ROLLUP, type RollupAggregate, rollupScopeWhere, touchpointOfRollup } from "./rollup-scope";

export type Summary = { aggregate: RollupAggregate; scores: Scores };

/** Totals for the scope: response volume and CSAT/NPS/CES, removed touchpoints included. */
export async function getSummary(ctx: { workspaceId: string }, scope: DashboardScope): Promise<Summary> {
  const [row] = await getDb()
    .select(AGGREGATE_COLUMNS)
    .from(feedbackRollup)
    .innerJoin(mapTouchpoints, touchpointOfRollup(ctx.workspaceId))
    .where(rollupScopeWhere(ctx.workspaceId, scope));
  const aggregate = row ?? EMPTY_ROLLUP;
  return { aggregate, scores: scoresFromAggregate(aggregate) };
}
