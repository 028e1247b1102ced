import "server-only";
import { sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { mapReviews } from "@/db/schema";

/**
 * The review of `mapId` for `quarter`, created on first use. An upsert, so two people
 * writing the first note of a quarter at once end up in the same review.
 */
export async function ensureReview(tx: Tx, ctx: { workspaceId: string; userId: string }, mapId: string, quarter: string): Promise<string> {
  const [row] = await tx
    .insert(mapReviews)
    .values({ workspaceId: ctx.workspaceId, mapId, quarter, createdById: ctx.userId, updatedById: ctx.userId })
    .onConflictDoUpdate({ target: [mapReviews.mapId, mapReviews.quarter], set: { updatedAt: sql`now()`, updatedById: ctx.userId } })
    .returning({ id: mapReviews.id });
  return row!.id;
}
