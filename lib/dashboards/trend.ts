import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { feedbackRollup, mapTouchpoints } from "@/db/schema";
import { periodLabel } from "@/lib/evidence/periods";
import { scoresFromAggregate, type Scores } from "@/lib/evidence/scores";
import type { DashboardScope, Granularity } from "./filters";
import { AGGREGATE_COLUMNS, EMPTY_ROLLUP, pickAggregate, type RollupAggregate, rollupScopeWhere, touchpointOfRollup } from "./rollup-scope";

export type TrendPoint = { periodStart: string; label: string; aggregate: RollupAggregate; scores: Scores };

/** "YYYY-MM-01" of the month or quarter that `day` falls in. */
export function periodStartOf(day: string, granularity: Granularity): string {
  const [year, month] = day.split("-").map(Number) as [number, number];
  const first = granularity === "quarter" ? Math.floor((month - 1) / 3) * 3 + 1 : month;
  return `${year}-${String(first).padStart(2, "0")}-01`;
}

function nextPeriod(periodStart: string, granularity: Granularity): string {
  const [year, month] = periodStart.split("-").map(Number) as [number, number];
  const index = year * 12 + (month - 1) + (granularity === "quarter" ? 3 : 1);
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}-01`;
}

/**
 * Every period from `first` to `last` (period starts), with the measured ones filled in
 * and the rest empty, so a quiet month shows as a gap in the line rather than vanishing.
 */
export function fillPeriods(
  measured: Array<{ periodStart: string; aggregate: RollupAggregate }>,
  granularity: Granularity,
  range: { first?: string; last?: string },
): TrendPoint[] {
  const byStart = new Map(measured.map((m) => [m.periodStart, m.aggregate]));
  const starts = [...byStart.keys()].sort();
  const first = range.first ? periodStartOf(range.first, granularity) : starts[0];
  const last = range.last ? periodStartOf(range.last, granularity) : starts.at(-1);
  if (!first || !last) return [];
  const points: TrendPoint[] = [];
  for (let p = first; p <= last; p = nextPeriod(p, granularity)) {
    const aggregate = byStart.get(p) ?? EMPTY_ROLLUP;
    points.push({ periodStart: p, label: periodLabel(p, granularity), aggregate, scores: scoresFromAggregate(aggregate) });
  }
  return points;
}

/**
 * CSAT/NPS/CES and response volume per month or quarter. The rollup's periods are
 * already calendar days and months in the workspace's time zone, so truncating them
 * gives that zone's months and quarters (a response at 2026-03-31T23:30Z counts in Amsterdam's Q2).
 */
export async function getTrend(ctx: { workspaceId: string }, scope: DashboardScope, granularity: Granularity): Promise<TrendPoint[]> {
  const unit = granularity === "quarter" ? sql.raw("'quarter'") : sql.raw("'month'");
  const period = sql<string>`to_char(date_trunc(${unit}, ${feedbackRollup.periodStart}::timestamp), 'YYYY-MM-DD')`;
  const rows = await getDb()
    .select({ periodStart: period, ...AGGREGATE_COLUMNS })
    .from(feedbackRollup)
    .innerJoin(mapTouchpoints, touchpointOfRollup(ctx.workspaceId))
    .where(rollupScopeWhere(ctx.workspaceId, scope))
    .groupBy(sql`1`)
    .orderBy(sql`1`);
  // Periods are bounded by the filter when it has bounds; an open end stops at the data.
  return fillPeriods(
    rows.map((row) => ({ periodStart: row.periodStart, aggregate: pickAggregate(row) })),
    granularity,
    { first: scope.from, last: scope.to },
  );
}
