import "server-only";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { alertFirings, alertRules, journeyMaps, mapPhases, mapTouchpoints } from "@/db/schema";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors/app-error";
import type { WorkspaceContext } from "@/lib/workspaces/authorize-workspace";
import { evaluateAlertRules } from "./evaluate";
import { ZAlertRuleRefInput, ZCreateAlertRuleInput } from "./schemas";

/** The map a subject belongs to, found within the workspace (NOT_FOUND otherwise). */
async function resolveSubject(workspaceId: string, subject: string): Promise<{ kind: "workspace" | "map" | "phase" | "touchpoint"; mapId: string | null; subjectId: string | null }> {
  if (subject === "workspace") return { kind: "workspace", mapId: null, subjectId: null };
  const [kind, id] = subject.split(":") as ["map" | "phase" | "touchpoint", string];
  const db = getDb();
  const row =
    kind === "map"
      ? (await db.select({ mapId: journeyMaps.id }).from(journeyMaps).where(and(eq(journeyMaps.workspaceId, workspaceId), eq(journeyMaps.id, id))))[0]
      : kind === "phase"
        ? (await db.select({ mapId: mapPhases.mapId }).from(mapPhases).where(and(eq(mapPhases.workspaceId, workspaceId), eq(mapPhases.id, id), isNull(mapPhases.deletedAt))))[0]
        : (await db.select({ mapId: mapTouchpoints.mapId }).from(mapTouchpoints).where(and(eq(mapTouchpoints.workspaceId, workspaceId), eq(mapTouchpoints.id, id), isNull(mapTouchpoints.deletedAt))))[0];
  if (!row) throw new AppError("NOT_FOUND", "SUBJECT_NOT_FOUND", { subject: ["SUBJECT_NOT_FOUND"] });
  return { kind, mapId: row.mapId, subjectId: kind === "map" ? null : id };
}

export const createAlertRule = workspaceOperation({
  permission: "alerts.manage",
  input: ZCreateAlertRuleInput,
  handler: async (ctx, input) => {
    const subject = await resolveSubject(ctx.workspaceId, input.subject);
    const ruleId = await getDb().transaction(async (tx) => {
      const [row] = await tx
        .insert(alertRules)
        .values({
          workspaceId: ctx.workspaceId,
          kind: input.kind,
          subjectKind: subject.kind,
          mapId: subject.mapId,
          subjectId: subject.subjectId,
          threshold: input.threshold ?? null,
          windowDays: input.windowDays ?? null,
          minAnswers: input.minAnswers,
          createdById: ctx.userId,
        })
        .returning({ id: alertRules.id });
      await recordAuditEvent(tx, { workspaceId: ctx.workspaceId, actorId: ctx.userId, action: "alert_rule.created", details: { name: input.kind } });
      return row!.id;
    });
    // A rule that holds already says so at once, not at the next answer.
    await evaluateAlertRules(ctx.workspaceId, { ruleIds: [ruleId] });
    return { ruleId };
  },
});

export const deleteAlertRule = workspaceOperation({
  permission: "alerts.manage",
  input: ZAlertRuleRefInput,
  handler: async (ctx, input) => {
    await getDb().transaction(async (tx) => {
      const [row] = await tx
        .delete(alertRules)
        .where(and(eq(alertRules.id, input.ruleId), eq(alertRules.workspaceId, ctx.workspaceId)))
        .returning({ kind: alertRules.kind });
      if (!row) throw new AppError("NOT_FOUND", "ALERT_RULE_NOT_FOUND");
      await recordAuditEvent(tx, { workspaceId: ctx.workspaceId, actorId: ctx.userId, action: "alert_rule.deleted", details: { name: row.kind } });
    });
    return { deleted: input.ruleId };
  },
});

export type AlertRuleView = {
  id: string;
  kind: (typeof alertRules.$inferSelect)["kind"];
  subjectKind: (typeof alertRules.$inferSelect)["subjectKind"];
  subjectName: string | null;
  mapName: string | null;
  threshold: number | null;
  windowDays: number | null;
  minAnswers: number;
  firing: number;
  lastFiredAt: string | null;
};

/** The workspace's rules, what they watch, how many of their firings are open and when one last fired. */
export async function listAlertRules(ctx: WorkspaceContext): Promise<AlertRuleView[]> {
  const rows = await getDb()
    .select({
      id: alertRules.id,
      kind: alertRules.kind,
      subjectKind: alertRules.subjectKind,
      subjectName: sql<string | null>`coalesce(${mapPhases.name}, ${mapTouchpoints.name})`,
      mapName: journeyMaps.name,
      threshold: alertRules.threshold,
      windowDays: alertRules.windowDays,
      minAnswers: alertRules.minAnswers,
      firing: sql<number>`(select count(*)::int from ${alertFirings} f where f.rule_id = ${alertRules.id} and f.cleared_at is null and f.subject_key not like 'response:%')`,
      lastFiredAt: sql<string | null>`(select max(f.fired_at) from ${alertFirings} f where f.rule_id = ${alertRules.id})`,
    })
    .from(alertRules)
    .leftJoin(journeyMaps, eq(journeyMaps.id, alertRules.mapId))
    .leftJoin(mapPhases, and(eq(alertRules.subjectKind, "phase"), eq(mapPhases.id, alertRules.subjectId)))
    .leftJoin(mapTouchpoints, and(eq(alertRules.subjectKind, "touchpoint"), eq(mapTouchpoints.id, alertRules.subjectId)))
    .where(eq(alertRules.workspaceId, ctx.workspaceId))
    .orderBy(desc(alertRules.createdAt));
  return rows.map((r) => ({ ...r, firing: Number(r.firing), lastFiredAt: r.lastFiredAt ? new Date(r.lastFiredAt).toISOString() : null }));
}

/** The latest firings of the workspace's rules. */
export async function listRecentFirings(ctx: WorkspaceContext, limit = 30) {
  const rows = await getDb()
    .select({ id: alertFirings.id, description: alertFirings.description, firedAt: alertFirings.firedAt, clearedAt: alertFirings.clearedAt, mapId: alertFirings.mapId, oneOff: sql<boolean>`${alertFirings.subjectKey} like 'response:%'` })
    .from(alertFirings)
    .where(eq(alertFirings.workspaceId, ctx.workspaceId))
    .orderBy(desc(alertFirings.firedAt))
    .limit(limit);
  return rows.map((r) => ({ ...r, firedAt: r.firedAt.toISOString(), clearedAt: r.clearedAt?.toISOString() ?? null }));
}
