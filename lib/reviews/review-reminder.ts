import "server-only";
import { and, eq, max } from "drizzle-orm";
import { getDb } from "@/db/client";
import { journeyMaps, mapReviews } from "@/db/schema";

export type ReviewReminder = {
  /** True when the map has gone more than a quarter (three months) without a review. */
  due: boolean;
  lastReviewedAt: Date | null;
  /** The quarter of the latest review, e.g. "2026-Q2". */
  lastQuarter: string | null;
};

/** Three calendar months before `now`. */
export function quarterBefore(now: Date): Date {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - 3);
  return d;
}

/**
 * Whether a map is due for its quarterly review, for a banner on the map (editor and
 * dashboard). A map counts as reviewed when a review was recorded for it (notes, an
 * action or a snapshot at a review); a map never reviewed counts from its creation, so
 * a new map does not nag. Null when the map is not the workspace's.
 */
export async function getReviewReminder(args: { workspaceId: string; mapId: string }, now = new Date()): Promise<ReviewReminder | null> {
  const db = getDb();
  const [map] = await db
    .select({ createdAt: journeyMaps.createdAt, archivedAt: journeyMaps.archivedAt })
    .from(journeyMaps)
    .where(and(eq(journeyMaps.workspaceId, args.workspaceId), eq(journeyMaps.id, args.mapId)));
  if (!map) return null;
  const [latest] = await db
    .select({ at: max(mapReviews.createdAt), quarter: max(mapReviews.quarter) })
    .from(mapReviews)
    .where(and(eq(mapReviews.workspaceId, args.workspaceId), eq(mapReviews.mapId, args.mapId)));
  const lastReviewedAt = latest?.at ?? null;
  const since = lastReviewedAt ?? map.createdAt;
  // An archived map is out of use; nobody is expected to review it.
  return { due: !map.archivedAt && since < quarterBefore(now), lastReviewedAt, lastQuarter: latest?.quarter ?? null };
}
