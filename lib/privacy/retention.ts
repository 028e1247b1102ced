import "server-only";
import { and, eq, inArray, isNotNull, isNull, lt, or } from "drizzle-orm";
import { getDb } from "@/db/client";
import { feedbackImportRows, feedbackImports, feedbackResponses, workspaces } from "@/db/schema";

export type RetentionOutcome = { workspaceId: string; anonymised: number; deleted: number; discardedImports: number };

/** The first instant that is still kept: `months` calendar months before `now`. */
export function retentionCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}

/**
 * Applies every workspace's retention choice to responses older than its period:
 * "anonymise" removes comments (and follow-up answers) and respondent keys and keeps the scores (counted in the
 * rollup as before; a response that was only a comment has nothing left and goes),
 * "delete" removes whole responses (the rollup triggers subtract them exactly). Open CSV
 * imports started before the cutoff are discarded too, since their staged rows hold the
 * same raw data. Safe to run any number of times.
 */
export async function applyRetention(now = new Date()): Promise<RetentionOutcome[]> {
  const db = getDb();
  const choices = await db
    .select({ id: workspaces.id, months: workspaces.retentionMonths, mode: workspaces.retentionMode })
    .from(workspaces)
    .where(isNotNull(workspaces.retentionMonths));
  const outcomes: RetentionOutcome[] = [];
  for (const choice of choices) {
    const cutoff = retentionCutoff(now, choice.months!);
    const old = and(eq(feedbackResponses.workspaceId, choice.id), lt(feedbackResponses.respondedAt, cutoff));
    const outcome = await db.transaction(async (tx) => {
      let anonymised = 0;
      let deleted = 0;
      if (choice.mode === "delete") {
        deleted = (await tx.delete(feedbackResponses).where(old).returning({ id: feedbackResponses.id })).length;
      } else {
        const noScore = and(isNull(feedbackResponses.csat), isNull(feedbackResponses.nps), isNull(feedbackResponses.ces));
        deleted = (await tx.delete(feedbackResponses).where(and(old, noScore)).returning({ id: feedbackResponses.id })).length;
        anonymised = (
          await tx
            .update(feedbackResponses)
            .set({ comment: null, followUp: null, respondentKey: null })
            .where(and(old, or(isNotNull(feedbackResponses.comment), isNotNull(feedbackResponses.followUp), isNotNull(feedbackResponses.respondentKey))))
            .returning({ id: feedbackResponses.id })
        ).length;
      }
      const stale = await tx
        .update(feedbackImports)
        .set({ status: "discarded" })
        .where(and(eq(feedbackImports.workspaceId, choice.id), eq(feedbackImports.status, "open"), lt(feedbackImports.createdAt, cutoff)))
        .returning({ id: feedbackImports.id });
      if (stale.length > 0) await tx.delete(feedbackImportRows).where(inArray(feedbackImportRows.importId, stale.map((s) => s.id)));
      return { workspaceId: choice.id, anonymised, deleted, discardedImports: stale.length };
    });
    outcomes.push(outcome);
  }
  return outcomes;
}

/** For the dashboards' note: the oldest instant whose comments are still kept, or null without a limit. */
export function keptSince(settings: { retentionMonths: number | null }, now = new Date()): Date | null {
  return settings.retentionMonths === null ? null : retentionCutoff(now, settings.retentionMonths);
}
