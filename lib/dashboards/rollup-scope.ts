import "server-only";
import { and, eq, gte, inArray, lte, or, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { feedbackRollup as r, journeyMaps, mapTouchpoints } from "@/db/schema";
import { EMPTY_AGGREGATE, type FeedbackAggregate } from "@/lib/evidence/scores";
import type { DashboardScope } from "./filters";
import { rollupRanges } from "./rollup-ranges";

const total = (column: AnyPgColumn) => sql<number>`coalesce(sum(${column}), 0)::int`.mapWith(Number);

/** The counts lib/evidence/scores.ts turns into CSAT/NPS/CES, plus the CSAT sum for the mean. */
export const AGGREGATE_COLUMNS = {
  responses: total(r.responses),
  csatCount: total(r.csatCount),
  csatSatisfied: total(r.csatSatisfied),
  csatSum: total(r.csatSum),
  npsCount: total(r.npsCount),
  npsPromoters: total(r.npsPromoters),
  npsDetractors: total(r.npsDetractors),
  cesCount: total(r.cesCount),
  cesSum: total(r.cesSum),
};
export type RollupAggregate = FeedbackAggregate & { csatSum: number };
export const EMPTY_ROLLUP: RollupAggregate = { ...EMPTY_AGGREGATE, csatSum: 0 };

export function pickAggregate(row: RollupAggregate): RollupAggregate {
  const { responses, csatCount, csatSatisfied, csatSum, npsCount, npsPromoters, npsDetractors, cesCount, cesSum } = row;
  return { responses, csatCount, csatSatisfied, csatSum, npsCount, npsPromoters, npsDetractors, cesCount, cesSum };
}

export function addAggregates(a: RollupAggregate, b: RollupAggregate): RollupAggregate {
  const out = { ...a };
  for (const key of Object.keys(EMPTY_ROLLUP) as Array<keyof RollupAggregate>) out[key] += b[key];
  return out;
}

/** Joins a rollup row to its touchpoint, within the workspace. */
export function touchpointOfRollup(workspaceId: string): SQL {
  return and(eq(mapTouchpoints.id, r.touchpointId), eq(mapTouchpoints.workspaceId, workspaceId))!;
}

/**
 * The WHERE of every dashboard query on feedback_rollup: the caller's workspace, then
 * the scope, its period read from month rows plus day rows for ragged ends. The query
 * must have joined map_touchpoints (touchpointOfRollup) — the channel lives there. The
 * persona is matched through a subquery on the workspace's maps, so no query needs a
 * join it does not otherwise use.
 */
export function rollupScopeWhere(workspaceId: string, scope: DashboardScope): SQL {
  const conditions: SQL[] = [eq(r.workspaceId, workspaceId)];
  if (scope.mapId) conditions.push(eq(r.mapId, scope.mapId));
  if (scope.personaId) {
    const personaMaps = getDb()
      .select({ id: journeyMaps.id })
      .from(journeyMaps)
      .where(and(eq(journeyMaps.workspaceId, workspaceId), eq(journeyMaps.personaId, scope.personaId)));
    conditions.push(inArray(r.mapId, personaMaps));
  }
  if (scope.channel) conditions.push(eq(mapTouchpoints.channel, scope.channel));
  if (scope.phaseId) conditions.push(eq(mapTouchpoints.phaseId, scope.phaseId));
  const periods = rollupRanges(scope.from, scope.to).map((range) =>
    and(
      eq(r.grain, range.grain),
      range.from ? gte(r.periodStart, range.from) : undefined,
      range.to ? lte(r.periodStart, range.to) : undefined,
    ),
  );
  conditions.push(or(...periods)!);
  return and(...conditions)!;
}
