import "server-only";
import { and, desc, eq, gte, isNotNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { feedbackForms, feedbackResponses, mapTouchpoints } from "@/db/schema";
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

const toScore = (a: FeedbackAggregate): TouchpointScore => {
  const s = scoresFromAggregate(a);
  return { csat: s.csat, nps: s.nps, ces: s.ces, responses: s.responses, tint: tintForScores(s) };
};

/**
 * Live scores of every touchpoint on a map, in one query: CSAT, NPS, CES, response
 * count and the red-to-green tint. Touchpoints without feedback are present with nulls
 * and zero responses. `since` limits the window (e.g. the last 90 days).
 */
export async function getTouchpointScores(args: { workspaceId: string; mapId: string; since?: Date }): Promise<Record<string, TouchpointScore>> {
  const t = mapTouchpoints;
  const join = [eq(r.touchpointId, t.id), eq(r.workspaceId, t.workspaceId)];
  if (args.since) join.push(gte(r.respondedAt, args.since));
  const rows = await getDb()
    .select({ id: t.id, ...AGGREGATE })
    .from(t)
    .leftJoin(r, and(...join))
    .where(and(eq(t.workspaceId, args.workspaceId), eq(t.mapId, args.mapId), sql`${t.deletedAt} is null`))
    .groupBy(t.id);
  return Object.fromEntries(rows.map(({ id, ...a }) => [id, toScore(a)]));
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * Everything the touchpoint side panel shows: overall scores, the distribution of
 * each scale, a monthly trend over the last `months` months (in the workspace's time
 * zone), the latest comments, the KPIs with their status, and the public form if any.
 */
export async function getTouchpointEvidence(args: { workspaceId: string; touchpointId: string; timeZone?: string; months?: number; comments?: number }) {
  const db = getDb();
  const touchpoint = await getTouchpointOrThrow({ workspaceId: args.workspaceId, touchpointId: args.touchpointId });
  const own = and(eq(r.workspaceId, args.workspaceId), eq(r.touchpointId, touchpoint.id));
  const counts = Object.fromEntries([
    ...range(1, 5).map((v) => [`csat${v}`, sql<number>`count(*) filter (where ${r.csat} = ${v})::int`]),
    ...range(0, 10).map((v) => [`nps${v}`, sql<number>`count(*) filter (where ${r.nps} = ${v})::int`]),
    ...range(1, 7).map((v) => [`ces${v}`, sql<number>`count(*) filter (where ${r.ces} = ${v})::int`]),
  ]) as Record<string, ReturnType<typeof sql<number>>>;
  const timeZone = args.timeZone ?? "Europe/Amsterdam";
  const months = args.months ?? 12;
  const month = sql<string>`to_char(date_trunc('month', ${r.respondedAt} at time zone ${timeZone}), 'YYYY-MM')`;
  const [[overall], trendRows, comments, kpis, [form]] = await Promise.all([
    db.select({ ...AGGREGATE, ...counts }).from(r).where(own),
    db
      .select({ month, ...AGGREGATE })
      .from(r)
      .where(and(own, sql`${r.respondedAt} >= (date_trunc('month', now() at time zone ${timeZone}) - make_interval(months => ${months - 1})) at time zone ${timeZone}`))
      // By position: the month expression carries bind parameters, which PostgreSQL cannot match between SELECT and GROUP BY.
      .groupBy(sql`1`)
      .orderBy(sql`1`),
    db
      .select({ id: r.id, comment: r.comment, csat: r.csat, nps: r.nps, ces: r.ces, respondedAt: r.respondedAt, source: r.source })
      .from(r)
      .where(and(own, isNotNull(r.comment)))
      .orderBy(desc(r.respondedAt))
      .limit(args.comments ?? 10),
    listKpis({ workspaceId: args.workspaceId, touchpointId: touchpoint.id }),
    db
      .select({ id: feedbackForms.id, publicToken: feedbackForms.publicToken, pausedAt: feedbackForms.pausedAt })
      .from(feedbackForms)
      .where(and(eq(feedbackForms.workspaceId, args.workspaceId), eq(feedbackForms.touchpointId, touchpoint.id))),
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
    trend: trendRows.map(({ month: m, ...a }) => ({ month: m, ...toScore(a) })),
    comments,
    kpis,
    form: form ?? null,
  };
}
export type TouchpointEvidence = Awaited<ReturnType<typeof getTouchpointEvidence>>;
