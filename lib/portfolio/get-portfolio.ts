import "server-only";
import { and, eq, isNull, max, ne, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { feedbackRollup, journeyMaps, mapPhases, mapReviews, mapTouchpoints, reviewActions } from "@/db/schema";
import { getKpiOverview } from "@/lib/dashboards/kpi-overview";
import { formatQuarter, type Quarter, quarterRange, shiftQuarter } from "@/lib/dashboards/quarters";
import { addAggregates, AGGREGATE_COLUMNS, EMPTY_ROLLUP, pickAggregate, type RollupAggregate, rollupScopeWhere, touchpointOfRollup } from "@/lib/dashboards/rollup-scope";
import { csatChange, isWorsened } from "@/lib/dashboards/what-got-worse";
import { scoresFromAggregate, type Scores } from "@/lib/evidence/scores";
import { quarterBefore } from "@/lib/reviews/review-reminder";

export { WORSENED_CSAT_POINTS } from "@/lib/dashboards/what-got-worse";

export type PortfolioCell = {
  phaseId: string;
  name: string;
  current: Scores;
  previous: Scores;
  /** CSAT now minus CSAT the quarter before, in points; null unless both quarters have CSAT answers. */
  change: number | null;
  worsened: boolean;
};

export type PortfolioRow = {
  mapId: string;
  name: string;
  cells: PortfolioCell[];
  /** Responses in the quarter, across the map's touchpoints (removed ones included). */
  responses: number;
  csat: number | null;
  previousCsat: number | null;
  change: number | null;
  kpis: { on: number; near: number; off: number; unmeasured: number };
  openActions: number;
  lastReview: { at: Date; quarter: string } | null;
  /** More than a quarter since the last review (or, never reviewed, since the map was made). */
  overdue: boolean;
  /** A phase got worse, or a KPI is off target. */
  attention: boolean;
};

export type Portfolio = { quarter: string; previousQuarter: string; rows: PortfolioRow[] };


/**
 * Every live map of the workspace as a row for the quarter: its phases (in map order)
 * with CSAT and the change against the quarter before, responses, KPI status counts,
 * open review actions and the last review. Eight queries, each grouped in PostgreSQL,
 * whatever the number of maps.
 */
export async function getPortfolio(ctx: { workspaceId: string }, quarter: Quarter, now = new Date()): Promise<Portfolio> {
  const db = getDb();
  const previous = shiftQuarter(quarter, -1);
  const range = quarterRange(quarter);
  const before = quarterRange(previous);
  const byMapPhase = (scope: { from: string; to: string }) =>
    db
      .select({ mapId: feedbackRollup.mapId, phaseId: mapTouchpoints.phaseId, ...AGGREGATE_COLUMNS })
      .from(feedbackRollup)
      .innerJoin(mapTouchpoints, touchpointOfRollup(ctx.workspaceId))
      .where(rollupScopeWhere(ctx.workspaceId, scope))
      .groupBy(feedbackRollup.mapId, mapTouchpoints.phaseId);

  const [maps, phases, nowRows, beforeRows, kpis, actions, reviews] = await Promise.all([
    db
      .select({ id: journeyMaps.id, name: journeyMaps.name, createdAt: journeyMaps.createdAt })
      .from(journeyMaps)
      .where(and(eq(journeyMaps.workspaceId, ctx.workspaceId), isNull(journeyMaps.archivedAt)))
      .orderBy(journeyMaps.name),
    db
      .select({ id: mapPhases.id, mapId: mapPhases.mapId, name: mapPhases.name })
      .from(mapPhases)
      .where(and(eq(mapPhases.workspaceId, ctx.workspaceId), isNull(mapPhases.deletedAt)))
      .orderBy(mapPhases.mapId, mapPhases.position),
    byMapPhase(range),
    byMapPhase(before),
    getKpiOverview(ctx, range),
    db
      .select({ mapId: reviewActions.mapId, open: sql<number>`count(*)::int`.mapWith(Number) })
      .from(reviewActions)
      .where(and(eq(reviewActions.workspaceId, ctx.workspaceId), ne(reviewActions.status, "done")))
      .groupBy(reviewActions.mapId),
    db
      .select({ mapId: mapReviews.mapId, at: max(mapReviews.createdAt), quarter: max(mapReviews.quarter) })
      .from(mapReviews)
      .where(eq(mapReviews.workspaceId, ctx.workspaceId))
      .groupBy(mapReviews.mapId),
  ]);

  const key = (mapId: string, phaseId: string | null) => `${mapId}:${phaseId ?? ""}`;
  const index = (rows: Array<RollupAggregate & { mapId: string; phaseId: string | null }>) =>
    new Map(rows.map((r) => [key(r.mapId, r.phaseId), pickAggregate(r)]));
  const nowBy = index(nowRows);
  const beforeBy = index(beforeRows);
  const scoresOf = (by: Map<string, RollupAggregate>, mapId: string, phaseId: string | null) => scoresFromAggregate(by.get(key(mapId, phaseId)) ?? EMPTY_ROLLUP);
  // Each map's totals (its phases' rows and those of touchpoints without a phase), summed once.
  const totalsBy = (rows: Array<RollupAggregate & { mapId: string }>) => {
    const totals = new Map<string, RollupAggregate>();
    for (const r of rows) totals.set(r.mapId, addAggregates(totals.get(r.mapId) ?? EMPTY_ROLLUP, pickAggregate(r)));
    return totals;
  };
  const nowTotals = totalsBy(nowRows);
  const beforeTotals = totalsBy(beforeRows);
  const phasesBy = groupByMap(phases);
  const kpisBy = groupByMap(kpis);
  const openBy = new Map(actions.map((a) => [a.mapId, a.open]));
  const reviewBy = new Map(reviews.map((r) => [r.mapId, r]));
  const cutoff = quarterBefore(now);

  const rows = maps.map((map): PortfolioRow => {
    const cells = (phasesBy.get(map.id) ?? []).map((p): PortfolioCell => {
      const current = scoresOf(nowBy, map.id, p.id);
      const earlier = scoresOf(beforeBy, map.id, p.id);
      const delta = csatChange(current, earlier);
      return { phaseId: p.id, name: p.name, current, previous: earlier, change: delta, worsened: isWorsened(delta) };
    });
    const total = scoresFromAggregate(nowTotals.get(map.id) ?? EMPTY_ROLLUP);
    const totalBefore = scoresFromAggregate(beforeTotals.get(map.id) ?? EMPTY_ROLLUP);
    const mapKpis = kpisBy.get(map.id) ?? [];
    const counts = {
      on: mapKpis.filter((k) => k.status === "on").length,
      near: mapKpis.filter((k) => k.status === "near").length,
      off: mapKpis.filter((k) => k.status === "off").length,
      unmeasured: mapKpis.filter((k) => k.status === null).length,
    };
    const review = reviewBy.get(map.id);
    const lastReview = review?.at ? { at: review.at, quarter: review.quarter! } : null;
    return {
      mapId: map.id,
      name: map.name,
      cells,
      responses: total.responses,
      csat: total.csat,
      previousCsat: totalBefore.csat,
      change: csatChange(total, totalBefore),
      kpis: counts,
      openActions: openBy.get(map.id) ?? 0,
      lastReview,
      overdue: (lastReview?.at ?? map.createdAt) < cutoff,
      attention: cells.some((c) => c.worsened) || counts.off > 0,
    };
  });
  return { quarter: formatQuarter(quarter), previousQuarter: formatQuarter(previous), rows };
}

/** Rows by their map, in their order (Map.groupBy is not in Node 20). */
function groupByMap<T extends { mapId: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.mapId);
    if (group) group.push(row);
    else groups.set(row.mapId, [row]);
  }
  return groups;
}

export const PORTFOLIO_SORTS = ["attention", "name", "responses", "csat", "change", "kpisOff", "openActions", "lastReview"] as const;
export type PortfolioSort = (typeof PORTFOLIO_SORTS)[number];

/** Orders the rows; "attention" (the default) puts what got worse first, then what is overdue. */
export function sortPortfolio(rows: PortfolioRow[], by: PortfolioSort, descending: boolean): PortfolioRow[] {
  const value = (r: PortfolioRow): number | string | null => {
    switch (by) {
      case "name":
        return r.name.toLocaleLowerCase();
      case "responses":
        return r.responses;
      case "csat":
        return r.csat;
      case "change":
        return r.change;
      case "kpisOff":
        return r.kpis.off;
      case "openActions":
        return r.openActions;
      case "lastReview":
        return r.lastReview?.at.getTime() ?? null;
      case "attention":
        return (r.attention ? 2 : 0) + (r.overdue ? 1 : 0);
    }
  };
  const direction = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    // Rows without a figure go last whichever way the column is sorted.
    if (x === null && y === null) return a.name.localeCompare(b.name);
    if (x === null) return 1;
    if (y === null) return -1;
    const order = x < y ? -1 : x > y ? 1 : 0;
    return order * direction || a.name.localeCompare(b.name);
  });
}
