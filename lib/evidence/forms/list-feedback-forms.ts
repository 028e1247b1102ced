import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { feedbackForms } from "@/db/schema";

/** The forms of one map's touchpoints, for the evidence page and the editor's side panel. */
export async function listFeedbackForms(args: { workspaceId: string; mapId: string }) {
  return getDb()
    .select({
      id: feedbackForms.id,
      touchpointId: feedbackForms.touchpointId,
      publicToken: feedbackForms.publicToken,
      asksCsat: feedbackForms.asksCsat,
      asksNps: feedbackForms.asksNps,
      asksCes: feedbackForms.asksCes,
      asksComment: feedbackForms.asksComment,
      pausedAt: feedbackForms.pausedAt,
      createdAt: feedbackForms.createdAt,
    })
    .from(feedbackForms)
    .where(and(eq(feedbackForms.workspaceId, args.workspaceId), eq(feedbackForms.mapId, args.mapId)));
}
export type FeedbackFormListItem = Awaited<ReturnType<typeof listFeedbackForms>>[number];
