import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { mapReviews } from "@/db/schema";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { getMapOrThrow } from "@/lib/maps/get-map";
import { announceReviewRecorded, ensureReviewRow } from "./ensure-review";
import { ZSaveReviewNotesInput } from "./schemas";

/** Saves the notes of a map's review for a quarter, creating the review if needed. */
export const saveReviewNotes = workspaceOperation({
  permission: "reviews.write",
  input: ZSaveReviewNotesInput,
  handler: async (ctx, input) => {
    await getMapOrThrow({ workspaceId: ctx.workspaceId, mapId: input.mapId });
    const review = await getDb().transaction(async (tx) => {
      const review = await ensureReviewRow(tx, ctx, input.mapId, input.quarter);
      await tx
        .update(mapReviews)
        .set({ notes: input.notes })
        .where(and(eq(mapReviews.workspaceId, ctx.workspaceId), eq(mapReviews.id, review.id)));
      return review;
    });
    if (review.created) await announceReviewRecorded(ctx, input.mapId, input.quarter);
    return { reviewId: review.id };
  },
});
