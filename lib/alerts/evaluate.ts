import "server-only";
import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type AlertKind, type AlertRule, alertFirings, alertRules, feedbackResponses, journeyMaps, kpis, memberships, notifications, workspaces } from "@/db/schema";
import { formatQuarter, quarterAt, quarterRange, shiftQuarter } from "@/lib/dashboards/quarters";
import { excerptOf } from "@/lib/notifications/comment-notifications";
import { queueNotificationEmails } from "@/lib/notifications/notification-emails";
import { logger } from "@/lib/observability/logger";
import { emitWebhookEvent } from "@/lib/webhooks/events";
import { currentKpiStatus } from "@/lib/webhooks/kpi-status-event";

/** A low-score comment older than this is not news any more (a rule made today does not fire on last year's). */
const LOW_SCORE_LOOKBACK = sql.raw("interval '1 day'");

type Verdict = { subjectKey: string; mapId: string | null; holds: boolean; value: number | null; description: string };

const pct = (n: number) => Math.round(n);

async function csatBelow(rule: AlertRule): Promise<Verdict[]> {
  const r = feedbackResponses;
  const scope =
    rule.subjectKind === "touchpoint"
      ? eq(r.touchpointId, rule.subjectId!)
      : rule.subjectKind === "phase"
        ? sql`${r.touchpointId} in (select id from map_touchpoints where phase_id = ${rule.subjectId} and deleted_at is null)`
        : eq(r.mapId, rule.mapId!);
  const [row] = await getDb()
    .select({ n: sql<number>`count(${r.csat})::int`, satisfied: sql<number>`count(*) filter (where ${r.csat} >= 4)::int` })
    .from(r)
    .where(and(eq(r.workspaceId, rule.workspaceId), scope, sql`${r.respondedAt} >= now() - make_interval(days => ${rule.windowDays ?? 30})`));
  const n = Number(row?.n ?? 0);
  // Too few answers to judge: neither fire nor clear.
  if (n < rule.minAnswers) return [];
  const csat = (100 * Number(row!.satisfied)) / n;
  return [
    {
      subjectKey: `${rule.subjectKind}:${rule.subjectId ?? rule.mapId}`,
      mapId: rule.mapId,
      holds: csat < (rule.threshold ?? 0),
      value: csat,
      description: `CSAT ${pct(csat)} % over the last ${rule.windowDays} days (${n} answers), below ${rule.threshold} %`,
    },
  ];
}

async function npsDrop(rule: AlertRule, timeZone: string): Promise<Verdict[]> {
  const r = feedbackResponses;
  const current = quarterAt(new Date(), timeZone);
  const nps = async (q: ReturnType<typeof quarterAt>) => {
    const range = quarterRange(q);
    const [row] = await getDb()
      .select({
        n: sql<number>`count(${r.nps})::int`,
        promoters: sql<number>`count(*) filter (where ${r.nps} >= 9)::int`,
        detractors: sql<number>`count(*) filter (where ${r.nps} <= 6)::int`,
      })
      .from(r)
      .where(and(eq(r.workspaceId, rule.workspaceId), eq(r.mapId, rule.mapId!), sql`(${r.respondedAt} at time zone ${timeZone})::date between ${range.from}::date and ${range.to}::date`));
    const n = Number(row?.n ?? 0);
    return n >= rule.minAnswers ? (100 * (Number(row!.promoters) - Number(row!.detractors))) / n : null;
  };
  const [now, before] = await Promise.all([nps(current), nps(shiftQuarter(current, -1))]);
  if (now === null || before === null) return [];
  const drop = before - now;
  return [
    {
      subjectKey: `map:${rule.mapId}:${formatQuarter(current)}`,
      mapId: rule.mapId,
      holds: drop > (rule.threshold ?? 0),
      value: drop,
      description: `NPS ${Math.round(now)} in ${formatQuarter(current)}, ${Math.round(drop)} points below ${formatQuarter(shiftQuarter(current, -1))} (${Math.round(before)})`,
    },
  ];
}

async function kpiOffTarget(rule: AlertRule): Promise<Verdict[]> {
  const list = await getDb()
    .select({ id: kpis.id, name: kpis.name, workspaceId: kpis.workspaceId, mapId: kpis.mapId, direction: kpis.direction, target: kpis.target, tolerance: kpis.tolerance })
    .from(kpis)
    .where(and(eq(kpis.workspaceId, rule.workspaceId), rule.mapId ? eq(kpis.mapId, rule.mapId) : undefined));
  const verdicts: Verdict[] = [];
  for (const k of list) {
    const status = await currentKpiStatus(k);
    if (status === null) continue;
    verdicts.push({ subjectKey: `kpi:${k.id}`, mapId: k.mapId, holds: status === "off", value: null, description: `KPI “${k.name}” is off target` });
  }
  return verdicts;
}

async function lowScoreComments(rule: AlertRule): Promise<Verdict[]> {
  const r = feedbackResponses;
  const rows = await getDb()
    .select({ id: r.id, mapId: r.mapId, csat: r.csat, comment: r.comment })
    .from(r)
    .where(
      and(
        eq(r.workspaceId, rule.workspaceId),
        rule.mapId ? eq(r.mapId, rule.mapId) : undefined,
        sql`${r.csat} <= 2 and ${r.comment} is not null and ${r.comment} <> ''`,
        sql`${r.createdAt} >= greatest(now() - ${LOW_SCORE_LOOKBACK}, ${rule.createdAt.toISOString()}::timestamptz)`,
        sql`not exists (select 1 from ${alertFirings} f where f.rule_id = ${rule.id} and f.subject_key = 'response:' || ${r.id})`,
      ),
    )
    .limit(100);
  return rows.map((row) => ({ subjectKey: `response:${row.id}`, mapId: row.mapId, holds: true, value: row.csat, description: `CSAT ${row.csat} with the comment “${excerptOf(row.comment ?? "")}”` }));
}

/** Records a verdict: opens a firing (once; then notifies and calls webhooks) or closes the open one. */
async function record(rule: AlertRule, verdict: Verdict): Promise<boolean> {
  const db = getDb();
  if (!verdict.holds) {
    await db
      .update(alertFirings)
      .set({ clearedAt: sql`now()` })
      .where(and(eq(alertFirings.ruleId, rule.id), eq(alertFirings.subjectKey, verdict.subjectKey), isNull(alertFirings.clearedAt)));
    return false;
  }
  const oneOff = verdict.subjectKey.startsWith("response:");
  const [fired] = await db
    .insert(alertFirings)
    .values({
      workspaceId: rule.workspaceId,
      ruleId: rule.id,
      subjectKey: verdict.subjectKey,
      mapId: verdict.mapId,
      value: verdict.value,
      description: verdict.description,
      // A comment is an event, not a state: its firing is closed as it opens.
      clearedAt: oneOff ? sql`now()` : null,
    })
    .onConflictDoNothing()
    .returning({ id: alertFirings.id, firedAt: alertFirings.firedAt });
  if (!fired) return false;
  if (rule.createdById) {
    const [member] = await db
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.workspaceId, rule.workspaceId), eq(memberships.userId, rule.createdById)));
    if (member) {
      await db.insert(notifications).values({ workspaceId: rule.workspaceId, userId: member.userId, kind: "alert_fired", mapId: verdict.mapId, excerpt: excerptOf(verdict.description) });
      queueNotificationEmails();
    }
  }
  await emitWebhookEvent(rule.workspaceId, "alert.fired", async () => {
    const [map] = verdict.mapId ? await db.select({ name: journeyMaps.name }).from(journeyMaps).where(eq(journeyMaps.id, verdict.mapId)) : [];
    return { rule_id: rule.id, kind: rule.kind, rule: verdict.description, value: verdict.value, map_id: verdict.mapId, map_name: map?.name ?? null, fired_at: fired.firedAt.toISOString() };
  });
  return true;
}

/**
 * Evaluates the workspace's rules (all, or those of `ruleIds`, or those watching one of
 * `mapIds`, of the given kinds) and records what fired and what cleared. Called when
 * feedback or KPI values arrive and, for the time windows, by an hourly job.
 */
export async function evaluateAlertRules(
  workspaceId: string,
  filter: { ruleIds?: string[]; mapIds?: string[]; kinds?: AlertKind[] } = {},
): Promise<{ evaluated: number; fired: number }> {
  const db = getDb();
  const rules = await db
    .select()
    .from(alertRules)
    .where(
      and(
        eq(alertRules.workspaceId, workspaceId),
        filter.ruleIds ? inArray(alertRules.id, filter.ruleIds) : undefined,
        filter.kinds ? inArray(alertRules.kind, filter.kinds) : undefined,
        filter.mapIds ? or(isNull(alertRules.mapId), inArray(alertRules.mapId, filter.mapIds)) : undefined,
      ),
    );
  if (rules.length === 0) return { evaluated: 0, fired: 0 };
  const [ws] = await db.select({ timeZone: workspaces.timeZone }).from(workspaces).where(eq(workspaces.id, workspaceId));
  let fired = 0;
  for (const rule of rules) {
    const verdicts =
      rule.kind === "csat_below" ? await csatBelow(rule) : rule.kind === "nps_drop" ? await npsDrop(rule, ws!.timeZone) : rule.kind === "kpi_off_target" ? await kpiOffTarget(rule) : await lowScoreComments(rule);
    for (const v of verdicts) if (await record(rule, v)) fired++;
  }
  return { evaluated: rules.length, fired };
}

/** The hourly run: windows move with time, so rules can fire or clear without a new answer. */
export async function evaluateAllAlertRules(): Promise<{ workspaces: number; fired: number }> {
  const list = await getDb().selectDistinct({ workspaceId: alertRules.workspaceId }).from(alertRules);
  let fired = 0;
  for (const { workspaceId } of list) fired += (await evaluateAlertRules(workspaceId)).fired;
  return { workspaces: list.length, fired };
}

/**
 * After feedback arrived on these maps (or a function that finds them, called only when
 * the workspace has rules of these kinds): a failure is logged, never the caller's failure.
 */
export async function evaluateAfterFeedback(workspaceId: string, mapIds: string[] | (() => Promise<string[]>)): Promise<void> {
  const kinds: AlertKind[] = ["csat_below", "nps_drop", "low_score_comment"];
  try {
    if (typeof mapIds === "function") {
      const [any] = await getDb()
        .select({ id: alertRules.id })
        .from(alertRules)
        .where(and(eq(alertRules.workspaceId, workspaceId), inArray(alertRules.kind, kinds)))
        .limit(1);
      if (!any) return;
    }
    await evaluateAlertRules(workspaceId, { mapIds: typeof mapIds === "function" ? await mapIds() : mapIds, kinds });
  } catch (error) {
    logger.error({ err: error, workspaceId }, "alert rules not evaluated");
  }
}
