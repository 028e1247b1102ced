import "server-only";
import { and, desc, eq, gte, isNotNull, isNull, lte, or, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { feedbackForms, feedbackResponses, feedbackRollup as rollup, mapTouchpoints } from "@/db/schema";
import { rollupRanges } from "@/lib/dashboards/rollup-ranges";
import { loadFormBranding } from "./forms/form-branding";
import { toFormSummary } from "./forms/form-summary";
import { listKpis } from "./kpis/list-kpis";
import { scoresFromAggregate, tintForScores, type FeedbackAggregate, type Scores, type Tint } from "./scores";
import { getTouchpointOrThrow } from "./subjects";

export type TouchpointScore = Pick<Scores, "csat" | "nps" | "ces" | "responses"> & { tint: Tint | null };

const r = feedbackResponses;
/** The counts scores.ts needs, as SQL aggregate expressions over feedback_responses. */
const AGGREGATE = {
  responses: sql<number>`count(${r.id})::int`,
  csatCount: sql<number>`count(${r.csat})::int`,
  csatSatisfied: sql<number>`count(*) filter (where ${r.csat} >= 4)::int`,
  npsCount: sql<number>`count(${r.nps})::int`,
  npsPromoters: sql<number>`count(*) filter (where ${r.nps} >= 9)::int`,
  npsDetractors: sql<number>`count(*) filter (where ${r.nps} <= 6)::int`,
  cesCount: sql<number>`count(${r.ces})::int`,
  cesSum: sql<number>`coalesce(sum(${r.ces}), 0)::int`,
};

const total = (column: AnyPgColumn) => sql<number>`coalesce(sum(${column}), 0)::int`.mapWith(Number);
/** The same counts, summed from feedback_rollup rows. */
const ROLLUP_AGGREGATE = {
  responses: total(rollup.responses),
  csatCount: total(rollup.csatCount),
  csatSatisfied: total(rollup.csatSatisfied),
  npsCount: total(rollup.npsCount),
  npsPromoters: total(rollup.npsPromoters),
  npsDetractors: total(rollup.npsDetractors),
  cesCount: total(rollup.cesCount),
  cesSum: total(rollup.cesSum),
};

const toScore = (a: FeedbackAggregate): TouchpointScore => {
  const s = scoresFromAggregate(a);
  return { csat: s.csat, nps: s.nps, ces: s.ces, responses: s.responses, tint: tintForScores(s) };
};

/**
 * Live scores of every touchpoint on a map, in one query: CSAT, NPS, CES, response
 * count and the red-to-green tint. Reads the counts from feedback_rollup (kept exact by
 * triggers in the same transaction as every write), so a map with a million responses
 * answers from a few thousand rows. Touchpoints without feedback are present with nulls
 * and zero responses. `from` (a day, YYYY-MM-DD in the workspace's time zone) limits
 * the window, e.g. to the last 90 days.
 */
export async function getTouchpointScores(args: { workspaceId: string; mapId: string; from?: string }): Promise<Record<string, TouchpointScore>> {
  const t = mapTouchpoints;
  const periods = rollupRanges(args.from).map((range) =>
    and(eq(rollup.grain, range.grain), range.from ? gte(rollup.periodStart, range.from) : undefined, range.to ? lte(rollup.periodStart, range.to) : undefined),
  );
  const rows = await getDb()
    .select({ id: t.id, ...ROLLUP_AGGREGATE })
    .from(t)
    .leftJoin(rollup, and(eq(rollup.touchpointId, t.id), eq(rollup.workspaceId, t.workspaceId), or(...periods)))
    .where(and(eq(t.workspaceId, args.workspaceId), eq(t.mapId, args.mapId), isNull(t.deletedAt)))
    .groupBy(t.id);
  return Object.fromEntries(rows.map(({ id, ...a }) => [id, toScore(a)]));
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * Everything the touchpoint side panel shows: overall scores, the distribution of
 * each scale, a monthly trend over the last `months` months (in the workspace's time
 * zone), the latest comments, the KPIs with their status, and the public form if any.
 */
export async function getTouchpointEvidence(args: { workspaceId: string; touchpointId: string; timeZone: string; months?: number; comments?: number }) {
  const db = getDb();
  const touchpoint = await getTouchpointOrThrow({ workspaceId: args.workspaceId, touchpointId: args.touchpointId });
  const own = and(eq(r.workspaceId, args.workspaceId), eq(r.touchpointId, touchpoint.id));
  const counts = Object.fromEntries([
    ...range(1, 5).map((v) => [`csat${v}`, sql<number>`count(*) filter (where ${r.csat} = ${v})::int`]),
    ...range(0, 10).map((v) => [`nps${v}`, sql<number>`count(*) filter (where ${r.nps} = ${v})::int`]),
    ...range(1, 7).map((v) => [`ces${v}`, sql<number>`count(*) filter (where ${r.ces} = ${v})::int`]),
  ]) as Record<string, ReturnType<typeof sql<number>>>;
  const timeZone = args.timeZone;
  const months = args.months ?? 12;
  const firstMonth = sql`(date_trunc('month', now() at time zone ${timeZone}) - make_interval(months => ${months - 1}))::date`;
  const [[overall], trendRows, comments, kpis, [form], branding] = await Promise.all([
    db.select({ ...AGGREGATE, ...counts }).from(r).where(own),
    // Month rows of the rollup are calendar months in the workspace's time zone.
    db
      .select({ periodStart: rollup.periodStart, ...ROLLUP_AGGREGATE })
      .from(rollup)
      .where(
        and(
          eq(rollup.workspaceId, args.workspaceId),
          eq(rollup.touchpointId, touchpoint.id),
          eq(rollup.grain, "month"),
          gte(rollup.periodStart, firstMonth),
        ),
      )
      .groupBy(rollup.periodStart)
      .orderBy(rollup.periodStart),
    db
      .select({ id: r.id, comment: r.comment, csat: r.csat, nps: r.nps, ces: r.ces, respondedAt: r.respondedAt, source: r.source })
      .from(r)
      .where(and(own, isNotNull(r.comment)))
      .orderBy(desc(r.respondedAt))
      .limit(args.comments ?? 10),
    listKpis({ workspaceId: args.workspaceId, touchpointId: touchpoint.id }),
    db
      .select()
      .from(feedbackForms)
      .where(and(eq(feedbackForms.workspaceId, args.workspaceId), eq(feedbackForms.touchpointId, touchpoint.id))),
    // What a form's default wording depends on besides its touchpoint.
    loadFormBranding(args.workspaceId),
  ]);
  const o = overall as unknown as FeedbackAggregate & Record<string, number>;
  return {
    touchpoint,
    scores: toScore(o),
    distribution: {
      csat: range(1, 5).map((value) => ({ value, count: o[`csat${value}`] ?? 0 })),
      nps: range(0, 10).map((value) => ({ value, count: o[`nps${value}`] ?? 0 })),
      ces: range(1, 7).map((value) => ({ value, count: o[`ces${value}`] ?? 0 })),
    },
    trend: trendRows.map(({ periodStart, ...a }) => ({ month: periodStart.slice(0, 7), ...toScore(a) })),
    comments,
    kpis,
    form: form ? toFormSummary(form, { locale: branding.locale, brandName: branding.brandName, touchpointName: touchpoint.name }) : null,
  };
}
export type TouchpointEvidence = Awaited<ReturnType<typeof getTouchpointEvidence>>;
