import "server-only";
import { and, asc, desc, eq, isNull, lt, ne, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { mapOpportunities, mapReviews, reviewActions, users } from "@/db/schema";

const ACTION_COLUMNS = {
  id: reviewActions.id,
  title: reviewActions.title,
  ownerId: reviewActions.ownerId,
  ownerName: sql<string | null>`coalesce(nullif(trim(${users.name}), ''), ${users.email})`,
  legacyOwner: reviewActions.owner,
  opportunityId: reviewActions.opportunityId,
  opportunityName: mapOpportunities.name,
  status: reviewActions.status,
  dueDate: reviewActions.dueDate,
  quarter: mapReviews.quarter,
};
const linkedCard = and(eq(mapOpportunities.id, reviewActions.opportunityId), eq(mapOpportunities.mapId, reviewActions.mapId), isNull(mapOpportunities.deletedAt));

export type ReviewActionRow = {
  id: string;
  title: string;
  /** The member who owns it, and their name as it reads now; null: nobody. */
  ownerId: string | null;
  ownerName: string | null;
  /** An old free-text owner no member matched ("unassigned: …"); "" otherwise. */
  legacyOwner: string;
  /** The opportunity card the action was made from, while the card is on the map. */
  opportunityId: string | null;
  opportunityName: string | null;
  status: "idea" | "planned" | "doing" | "done";
  dueDate: string | null;
  quarter: string;
};

/**
 * What the review page of one quarter shows besides the figures: its notes and actions,
 * and the actions of earlier reviews of the map that are not done yet (oldest quarter
 * first), so the next review starts where the last one stopped. The map is the
 * caller's: they found it with getMapOrThrow.
 */
export async function getReview(ctx: { workspaceId: string }, mapId: string, quarter: string) {
  const db = getDb();
  const mine = and(eq(mapReviews.workspaceId, ctx.workspaceId), eq(mapReviews.mapId, mapId));
  const [review] = await db
    .select({ id: mapReviews.id, notes: mapReviews.notes, createdAt: mapReviews.createdAt, updatedAt: mapReviews.updatedAt })
    .from(mapReviews)
    .where(and(mine, eq(mapReviews.quarter, quarter)));
  const [actions, openEarlier, reviewed] = await Promise.all([
    review
      ? db
          .select(ACTION_COLUMNS)
          .from(reviewActions)
          .innerJoin(mapReviews, eq(mapReviews.id, reviewActions.reviewId))
          .leftJoin(users, eq(users.id, reviewActions.ownerId))
          .leftJoin(mapOpportunities, linkedCard)
          .where(and(eq(reviewActions.workspaceId, ctx.workspaceId), eq(reviewActions.reviewId, review.id)))
          .orderBy(asc(reviewActions.createdAt))
      : Promise.resolve([]),
    db
      .select(ACTION_COLUMNS)
      .from(reviewActions)
      .innerJoin(mapReviews, eq(mapReviews.id, reviewActions.reviewId))
      .leftJoin(users, eq(users.id, reviewActions.ownerId))
      .leftJoin(mapOpportunities, linkedCard)
      .where(and(mine, eq(reviewActions.workspaceId, ctx.workspaceId), lt(mapReviews.quarter, quarter), ne(reviewActions.status, "done")))
      .orderBy(asc(mapReviews.quarter), asc(reviewActions.createdAt)),
    db.select({ quarter: mapReviews.quarter }).from(mapReviews).where(mine).orderBy(desc(mapReviews.quarter)),
  ]);
  return {
    review: review ?? null,
    actions: actions satisfies ReviewActionRow[],
    openEarlier: openEarlier satisfies ReviewActionRow[],
    reviewedQuarters: reviewed.map((r) => r.quarter),
  };
}
