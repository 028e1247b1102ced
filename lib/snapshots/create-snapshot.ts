import "server-only";
import { getDb } from "@/db/client";
import { mapSnapshots } from "@/db/schema";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getMapOrThrow } from "@/lib/maps/get-map";
import { announceReviewRecorded, ensureReviewRow } from "@/lib/reviews/ensure-review";
import { loadMapState } from "./map-state";
import { ZCreateSnapshotInput } from "./schemas";

/**
 * Freezes the map as it is stored now under a name ("2026-Q3 review"). Taken from a
 * quarter's review, it is linked to that review, which counts as held.
 */
export const createSnapshot = workspaceOperation({
  permission: "reviews.write",
  input: ZCreateSnapshotInput,
  handler: async (ctx, input) => {
    const map = await getMapOrThrow({ workspaceId: ctx.workspaceId, mapId: input.mapId });
    const state = await loadMapState(map.id);
    const made = await getDb().transaction(async (tx) => {
      const review = input.quarter ? await ensureReviewRow(tx, ctx, map.id, input.quarter) : null;
      const reviewId = review?.id ?? null;
      const [row] = await tx
        .insert(mapSnapshots)
        .values({ workspaceId: ctx.workspaceId, mapId: map.id, name: input.name, state, reviewId, createdById: ctx.userId })
        .returning({ id: mapSnapshots.id });
      await recordAuditEvent(tx, {
        workspaceId: ctx.workspaceId,
        actorId: ctx.userId,
        action: "snapshot.created",
        details: { name: input.name, from: map.name },
      });
      return { snapshotId: row!.id, reviewCreated: review?.created ?? false };
    });
    if (made.reviewCreated && input.quarter) await announceReviewRecorded(ctx, map.id, input.quarter);
    return { snapshotId: made.snapshotId };
  },
});
