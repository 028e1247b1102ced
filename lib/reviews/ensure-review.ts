import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { journeyMaps, mapReviews } from "@/db/schema";
import { emitWebhookEvent } from "@/lib/webhooks/events";

/**
 * The review of `mapId` for `quarter`, created on first use. An upsert, so two people
 * writing the first note of a quarter at once end up in the same review. `created` says
 * this call made it (PostgreSQL's xmax is 0 for a row the statement inserted).
 */
export async function ensureReviewRow(tx: Tx, ctx: { workspaceId: string; userId: string }, mapId: string, quarter: string): Promise<{ id: string; created: boolean }> {
  const [row] = await tx
    .insert(mapReviews)
    .values({ workspaceId: ctx.workspaceId, mapId, quarter, createdById: ctx.userId, updatedById: ctx.userId })
    .onConflictDoUpdate({ target: [mapReviews.mapId, mapReviews.quarter], set: { updatedAt: sql`now()`, updatedById: ctx.userId } })
    .returning({ id: mapReviews.id, created: sql<boolean>`(xmax = 0)` });
  return { id: row!.id, created: Boolean(row!.created) };
}

/**
 * "review.completed": a quarter of a map counts as reviewed once its review holds
 * anything (notes, an action, a snapshot), as the overdue reminder counts it. Sent after
 * the commit that recorded it first.
 */
export async function announceReviewRecorded(ctx: { workspaceId: string }, mapId: string, quarter: string): Promise<void> {
  await emitWebhookEvent(ctx.workspaceId, "review.completed", async () => {
    const [map] = await getDb().select({ name: journeyMaps.name }).from(journeyMaps).where(eq(journeyMaps.id, mapId));
    return { map_id: mapId, map_name: map?.name ?? null, quarter };
  });
}
