import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { type DbOrTx, getDb } from "@/db/client";
import { mapReviews, memberships, reviewActions, users } from "@/db/schema";
import { formatQuarter, quarterAt } from "@/lib/dashboards/quarters";
import type { WorkspaceContext } from "@/lib/workspaces/authorize-workspace";
import { notifyActionOwner } from "@/lib/notifications/action-notifications";
import { queueNotificationEmails } from "@/lib/notifications/notification-emails";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { AppError } from "@/lib/errors/app-error";
import { getMapOrThrow } from "@/lib/maps/get-map";
import { announceReviewRecorded, ensureReviewRow } from "./ensure-review";
import {
  type TAddReviewActionInput,
  ZAddActionFromOpportunityInput,
  ZAddReviewActionInput,
  ZDeleteReviewActionInput,
  ZOpportunityActionsInput,
  ZUpdateReviewActionInput,
} from "./schemas";

/** Only a member of the workspace can own an action. */
async function assertMember(db: DbOrTx, workspaceId: string, userId: string | null | undefined): Promise<void> {
  if (!userId) return;
  const [row] = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
  if (!row) throw new AppError("INVALID_INPUT", "OWNER_NOT_MEMBER", { ownerId: ["OWNER_NOT_MEMBER"] });
}

/** Adds an action item to a map's review for a quarter, creating the review if needed. */
export const addReviewAction = workspaceOperation({
  permission: "reviews.write",
  input: ZAddReviewActionInput,
  handler: async (ctx, input) => {
    await getMapOrThrow({ workspaceId: ctx.workspaceId, mapId: input.mapId });
    const result = await insertAction(ctx, input);
    if (result.told) queueNotificationEmails();
    if (result.reviewCreated) await announceReviewRecorded(ctx, input.mapId, input.quarter);
    return { actionId: result.actionId };
  },
});

function insertAction(ctx: WorkspaceContext, input: TAddReviewActionInput & { opportunityId?: string }) {
  return getDb().transaction(async (tx) => {
    await assertMember(tx, ctx.workspaceId, input.ownerId);
    const review = await ensureReviewRow(tx, ctx, input.mapId, input.quarter);
    const reviewId = review.id;
    const [row] = await tx
      .insert(reviewActions)
      .values({
        workspaceId: ctx.workspaceId,
        mapId: input.mapId,
        reviewId,
        title: input.title,
        ownerId: input.ownerId ?? null,
        status: input.status,
        dueDate: input.dueDate,
        opportunityId: input.opportunityId ?? null,
        createdById: ctx.userId,
      })
      .returning({ id: reviewActions.id });
    const told = await notifyActionOwner(tx, { ctx, actionId: row!.id, mapId: input.mapId, ownerId: input.ownerId ?? null, title: input.title });
    return { actionId: row!.id, told, reviewCreated: review.created };
  });
}

/**
 * A review action made from an opportunity card of the map, agreed in the current quarter
 * (the workspace's time zone) and linked to the card: the card shows the action's status,
 * the review names the card.
 */
export const addActionFromOpportunity = workspaceOperation({
  permission: "reviews.write",
  input: ZAddActionFromOpportunityInput,
  handler: async (ctx, input) => {
    await getMapOrThrow({ workspaceId: ctx.workspaceId, mapId: input.mapId });
    const quarter = formatQuarter(quarterAt(new Date(), ctx.workspace.timeZone));
    const result = await insertAction(ctx, { ...input, quarter, status: "planned" });
    if (result.told) queueNotificationEmails();
    if (result.reviewCreated) await announceReviewRecorded(ctx, input.mapId, quarter);
    return { actionId: result.actionId, quarter };
  },
});

export type OpportunityAction = { id: string; title: string; status: "idea" | "planned" | "doing" | "done"; quarter: string; ownerName: string | null };

/** The review actions made from one opportunity card, newest first. */
export const listOpportunityActions = workspaceOperation({
  permission: "evidence.read",
  input: ZOpportunityActionsInput,
  handler: async (ctx, input): Promise<OpportunityAction[]> =>
    getDb()
      .select({
        id: reviewActions.id,
        title: reviewActions.title,
        status: reviewActions.status,
        quarter: mapReviews.quarter,
        ownerName: sql<string | null>`coalesce(nullif(trim(${users.name}), ''), ${users.email})`,
      })
      .from(reviewActions)
      .innerJoin(mapReviews, eq(mapReviews.id, reviewActions.reviewId))
      .leftJoin(users, eq(users.id, reviewActions.ownerId))
      .where(and(eq(reviewActions.workspaceId, ctx.workspaceId), eq(reviewActions.mapId, input.mapId), eq(reviewActions.opportunityId, input.opportunityId)))
      .orderBy(desc(reviewActions.createdAt)),
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
    const result = await getDb().transaction(async (tx) => {
      const [before] = await tx
        .select({ ownerId: reviewActions.ownerId, dueDate: reviewActions.dueDate })
        .from(reviewActions)
        .where(ownAction(ctx, input))
        .for("update");
      if (!before) throw new AppError("NOT_FOUND", "ACTION_NOT_FOUND");
      const ownerChanges = input.ownerId !== undefined && input.ownerId !== before.ownerId;
      if (ownerChanges) await assertMember(tx, ctx.workspaceId, input.ownerId);
      await tx
        .update(reviewActions)
        .set({
          title: input.title,
          status: input.status,
          dueDate: input.dueDate,
          updatedAt: sql`now()`,
          // Picking an owner (or nobody) replaces an old free-text one.
          ...(input.ownerId !== undefined ? { ownerId: input.ownerId, owner: "" } : {}),
          // A new owner or a new due date is told again when it passes.
          ...(ownerChanges || input.dueDate !== before.dueDate ? { dueNotifiedAt: null } : {}),
        })
        .where(ownAction(ctx, input));
      const told = ownerChanges
        ? await notifyActionOwner(tx, { ctx, actionId: input.actionId, mapId: input.mapId, ownerId: input.ownerId ?? null, title: input.title })
        : false;
      return { told };
    });
    if (result.told) queueNotificationEmails();
    return { actionId: input.actionId };
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
