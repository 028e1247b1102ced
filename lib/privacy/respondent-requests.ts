import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { feedbackImportRows, feedbackImports, feedbackResponses, journeyMaps, mapTouchpoints } from "@/db/schema";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors/app-error";
import { respondentKey } from "@/lib/evidence/respondent-key";
import type { WorkspaceContext } from "@/lib/workspaces/authorize-workspace";
import { ZRespondentErasureInput, ZRespondentLookupInput } from "./schemas";

/**
 * Requests from one respondent (GDPR access and erasure). The admin types the e-mail
 * address or customer number; only its HMAC is computed and compared, so the address is
 * neither stored nor logged, and the audit log records counts, not who asked.
 */
function keyOf(identifier: string): string {
  const key = respondentKey(identifier);
  if (!key) throw new AppError("INVALID_INPUT", "INVALID_INPUT", { identifier: ["REQUIRED"] });
  return key;
}

const ofRespondent = (ctx: WorkspaceContext, key: string) =>
  and(eq(feedbackResponses.workspaceId, ctx.workspaceId), eq(feedbackResponses.respondentKey, key));

async function countFor(ctx: WorkspaceContext, key: string): Promise<number> {
  return getDb().$count(feedbackResponses, ofRespondent(ctx, key));
}

/** How many responses of this workspace belong to the respondent. */
export const countRespondentResponses = workspaceOperation({
  permission: "workspace.update",
  input: ZRespondentLookupInput,
  handler: async (ctx, input) => ({ count: await countFor(ctx, keyOf(input.identifier)) }),
});

export type RespondentResponse = {
  id: string;
  map: string;
  touchpoint: string;
  respondedAt: string;
  csat: number | null;
  nps: number | null;
  ces: number | null;
  comment: string | null;
  /** The answer to the form's follow-up question, if it asked one. */
  followUp: string | null;
  channel: string | null;
  source: string;
};

/** Access on request: the respondent's responses, for the admin to send them as JSON or CSV. */
export const exportRespondentResponses = workspaceOperation({
  permission: "workspace.update",
  input: ZRespondentLookupInput,
  handler: async (ctx, input): Promise<{ responses: RespondentResponse[] }> => {
    const key = keyOf(input.identifier);
    const rows = await getDb()
      .select({
        id: feedbackResponses.id,
        map: journeyMaps.name,
        touchpoint: mapTouchpoints.name,
        respondedAt: feedbackResponses.respondedAt,
        csat: feedbackResponses.csat,
        nps: feedbackResponses.nps,
        ces: feedbackResponses.ces,
        comment: feedbackResponses.comment,
        followUp: feedbackResponses.followUp,
        channel: feedbackResponses.channel,
        source: feedbackResponses.source,
      })
      .from(feedbackResponses)
      .innerJoin(journeyMaps, eq(journeyMaps.id, feedbackResponses.mapId))
      .innerJoin(mapTouchpoints, eq(mapTouchpoints.id, feedbackResponses.touchpointId))
      .where(ofRespondent(ctx, key))
      .orderBy(asc(feedbackResponses.respondedAt));
    await recordAuditEvent(getDb(), { workspaceId: ctx.workspaceId, actorId: ctx.userId, action: "feedback.access_exported", details: { count: String(rows.length) } });
    return { responses: rows.map((r) => ({ ...r, respondedAt: r.respondedAt.toISOString() })) };
  },
});

/**
 * Erasure on request: deletes the respondent's responses (the rollup triggers subtract
 * them, so dashboards stay exact) and their rows staged in open imports. Refused when the
 * count changed since the admin saw it, so what is deleted is what was confirmed.
 */
export const eraseRespondentResponses = workspaceOperation({
  permission: "workspace.update",
  input: ZRespondentErasureInput,
  handler: async (ctx, input) => {
    const key = keyOf(input.identifier);
    return getDb().transaction(async (tx) => {
      const deleted = await tx.delete(feedbackResponses).where(ofRespondent(ctx, key)).returning({ id: feedbackResponses.id });
      if (deleted.length !== input.expectedCount) throw new AppError("CONFLICT", "ERASURE_COUNT_CHANGED");
      const openImports = tx.select({ id: feedbackImports.id }).from(feedbackImports).where(eq(feedbackImports.workspaceId, ctx.workspaceId));
      await tx.delete(feedbackImportRows).where(and(inArray(feedbackImportRows.importId, openImports), eq(feedbackImportRows.respondentKey, key)));
      await recordAuditEvent(tx, { workspaceId: ctx.workspaceId, actorId: ctx.userId, action: "feedback.erased", details: { count: String(deleted.length) } });
      return { erased: deleted.length };
    });
  },
});
