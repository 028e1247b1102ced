import "server-only";
import { and, asc, eq, isNull, ne, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { journeyMaps, mapReviews, reviewActions } from "@/db/schema";
import type { WorkspaceContext } from "@/lib/workspaces/authorize-workspace";

export type MyAction = {
  id: string;
  title: string;
  status: "idea" | "planned" | "doing" | "done";
  dueDate: string | null;
  mapId: string;
  mapName: string;
  quarter: string;
};

/** The open review actions the caller owns in this workspace, across its live maps, soonest due first (no date last). */
export async function listMyActions(ctx: WorkspaceContext): Promise<MyAction[]> {
  return getDb()
    .select({
      id: reviewActions.id,
      title: reviewActions.title,
      status: reviewActions.status,
      dueDate: reviewActions.dueDate,
      mapId: reviewActions.mapId,
      mapName: journeyMaps.name,
      quarter: mapReviews.quarter,
    })
    .from(reviewActions)
    .innerJoin(journeyMaps, and(eq(journeyMaps.id, reviewActions.mapId), isNull(journeyMaps.archivedAt)))
    .innerJoin(mapReviews, eq(mapReviews.id, reviewActions.reviewId))
    .where(and(eq(reviewActions.workspaceId, ctx.workspaceId), eq(reviewActions.ownerId, ctx.userId), ne(reviewActions.status, "done")))
    .orderBy(sql`${reviewActions.dueDate} asc nulls last`, asc(reviewActions.createdAt));
}
