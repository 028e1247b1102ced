import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { feedbackForms } from "@/db/schema";

/** The forms of one map's touchpoints, for the evidence page and the editor's side panel. */
export async function listFeedbackForms(args: { workspaceId: string; mapId: string }) {
  return getDb()
    .select()
    .from(feedbackForms)
    .where(and(eq(feedbackForms.workspaceId, args.workspaceId), eq(feedbackForms.mapId, args.mapId)));
}
export type FeedbackFormListItem = Awaited<ReturnType<typeof listFeedbackForms>>[number];
