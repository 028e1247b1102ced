import "server-only";
import { and, asc, eq, isNull, ne, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { journeyMaps, mapOpportunities, mapReviews, memberships, reviewActions } from "@/db/schema";
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

export type MyOpportunity = { id: string; title: string; status: string; dueDate: string | null; mapId: string; mapName: string };

/**
 * The open opportunity cards the caller owns in this workspace (their projection rows),
 * soonest due first. The owner id comes from the map's document, so it counts only while
 * the caller is a member here.
 */
export async function listMyOpportunities(ctx: WorkspaceContext): Promise<MyOpportunity[]> {
  return getDb()
    .select({ id: mapOpportunities.id, title: mapOpportunities.name, status: mapOpportunities.status, dueDate: mapOpportunities.dueDate, mapId: mapOpportunities.mapId, mapName: journeyMaps.name })
    .from(mapOpportunities)
    .innerJoin(journeyMaps, and(eq(journeyMaps.id, mapOpportunities.mapId), isNull(journeyMaps.archivedAt)))
    .innerJoin(memberships, and(eq(memberships.workspaceId, mapOpportunities.workspaceId), eq(memberships.userId, mapOpportunities.ownerId)))
    .where(and(eq(mapOpportunities.workspaceId, ctx.workspaceId), eq(mapOpportunities.ownerId, ctx.userId), isNull(mapOpportunities.deletedAt), ne(mapOpportunities.status, "done")))
    .orderBy(sql`${mapOpportunities.dueDate} asc nulls last`, asc(mapOpportunities.position));
}

export type MyWorkItem =
  | ({ type: "action" } & MyAction)
  | ({ type: "opportunity"; quarter?: undefined } & MyOpportunity);

/** Actions and opportunities together, by due date (none last), for the My work page. */
export async function listMyWork(ctx: WorkspaceContext): Promise<MyWorkItem[]> {
  const [actions, opportunities] = await Promise.all([listMyActions(ctx), listMyOpportunities(ctx)]);
  const items: MyWorkItem[] = [...actions.map((a) => ({ type: "action" as const, ...a })), ...opportunities.map((o) => ({ type: "opportunity" as const, ...o }))];
  return items.sort((a, b) => (a.dueDate ?? "9999-99-99").localeCompare(b.dueDate ?? "9999-99-99"));
}
