import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { mapReviews, mapSnapshots, users } from "@/db/schema";
import { AppError } from "@/lib/errors/app-error";
import { contentOfState } from "./map-state";

/** A map's snapshots, newest first, without their state. */
export async function listSnapshots(ctx: { workspaceId: string }, mapId: string) {
  return getDb()
    .select({
      id: mapSnapshots.id,
      name: mapSnapshots.name,
      createdAt: mapSnapshots.createdAt,
      createdBy: users.name,
      createdByEmail: users.email,
      quarter: mapReviews.quarter,
    })
    .from(mapSnapshots)
    .leftJoin(users, eq(users.id, mapSnapshots.createdById))
    .leftJoin(mapReviews, eq(mapReviews.id, mapSnapshots.reviewId))
    .where(and(eq(mapSnapshots.workspaceId, ctx.workspaceId), eq(mapSnapshots.mapId, mapId)))
    .orderBy(desc(mapSnapshots.createdAt));
}
export type SnapshotListItem = Awaited<ReturnType<typeof listSnapshots>>[number];

/**
 * One snapshot of a map of the caller's workspace with its content, or
 * SNAPSHOT_NOT_FOUND: another workspace's snapshot, or one of another map, is
 * indistinguishable from one that does not exist.
 */
export async function getSnapshotOrThrow(ctx: { workspaceId: string }, mapId: string, snapshotId: string) {
  const [row] = await getDb()
    .select({ id: mapSnapshots.id, name: mapSnapshots.name, createdAt: mapSnapshots.createdAt, state: mapSnapshots.state })
    .from(mapSnapshots)
    .where(and(eq(mapSnapshots.workspaceId, ctx.workspaceId), eq(mapSnapshots.mapId, mapId), eq(mapSnapshots.id, snapshotId)))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", "SNAPSHOT_NOT_FOUND");
  const { state, ...meta } = row;
  return { ...meta, content: contentOfState(state) };
}
