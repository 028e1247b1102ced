import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { reviewActions } from "@/db/schema";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { AppError } from "@/lib/errors/app-error";
import { getMapOrThrow } from "@/lib/maps/get-map";
import { ensureReview } from "./ensure-review";
import { ZAddReviewActionInput, ZDeleteReviewActionInput, ZUpdateReviewActionInput } from "./schemas";

/** Adds an action item to a map's review for a quarter, creating the review if needed. */
export const addReviewAction = workspaceOperation({
  permission: "reviews.write",
  input: ZAddReviewActionInput,
  handler: async (ctx, input) => {
    await getMapOrThrow({ workspaceId: ctx.workspaceId, mapId: input.mapId });
    return getDb().transaction(async (tx) => {
      const reviewId = await ensureReview(tx, ctx, input.mapId, input.quarter);
      const [row] = await tx
        .insert(reviewActions)
        .values({
          workspaceId: ctx.workspaceId,
          mapId: input.mapId,
          reviewId,
          title: input.title,
          owner: input.owner,
          status: input.status,
          dueDate: input.dueDate,
          createdById: ctx.userId,
        })
        .returning({ id: reviewActions.id });
      return { actionId: row!.id };
    });
  },
});

const ownAction = (ctx: { workspaceId: string }, input: { mapId: string; actionId: string }) =>
  and(eq(reviewActions.workspaceId, ctx.workspaceId), eq(reviewActions.mapId, input.mapId), eq(reviewActions.id, input.actionId));

/**
 * Changes an action: also one agreed at an earlier review, which is how open actions
 * are followed up at the next. The WHERE carries the workspace and map, so another
 * tenant's action id changes nothing and is ACTION_NOT_FOUND.
 */
export const updateReviewAction = workspaceOperation({
  permission: "reviews.write",
  input: ZUpdateReviewActionInput,
  handler: async (ctx, input) => {
    const [row] = await getDb()
      .update(reviewActions)
      .set({ title: input.title, owner: input.owner, status: input.status, dueDate: input.dueDate, updatedAt: sql`now()` })
      .where(ownAction(ctx, input))
      .returning({ id: reviewActions.id });
    if (!row) throw new AppError("NOT_FOUND", "ACTION_NOT_FOUND");
    return { actionId: row.id };
  },
});

export const deleteReviewAction = workspaceOperation({
  permission: "reviews.write",
  input: ZDeleteReviewActionInput,
  handler: async (ctx, input) => {
    const [row] = await getDb().delete(reviewActions).where(ownAction(ctx, input)).returning({ id: reviewActions.id });
    if (!row) throw new AppError("NOT_FOUND", "ACTION_NOT_FOUND");
    return { actionId: row.id };
  },
});
