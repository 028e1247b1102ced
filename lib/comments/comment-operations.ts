import "server-only";
import { and, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import { type DbOrTx, getDb } from "@/db/client";
import { mapComments, memberships } from "@/db/schema";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { AppError } from "@/lib/errors/app-error";
import { getMapOrThrow } from "@/lib/maps/get-map";
import { hasPermission } from "@/lib/permissions/roles";
import type { WorkspaceContext } from "@/lib/workspaces/authorize-workspace";
import { notifyAboutComment } from "@/lib/notifications/comment-notifications";
import { queueNotificationEmails } from "@/lib/notifications/notification-emails";
import { getMapComment } from "./comment-rows";
import { notifyCommentChanged } from "./comments-changed";
import { type CommentView, ZAddCommentInput, ZDeleteCommentInput, ZEditCommentInput, ZResolveCommentInput } from "./schemas";

/**
 * Comments on a map's cards. Writing needs comments.write (editors and up; viewers read
 * only, see the role table in the README). The author is always the caller. Editing is
 * the author's alone; deleting is the author's or a moderator's (admins, owners).
 * Every change is pushed to the map's open editors once it is committed.
 */

/**
 * Only members of the workspace can be mentioned: a new mention of anyone else is refused.
 * Mentions the comment already held (`kept`) of people who have since left are dropped.
 */
async function checkedMentions(workspaceId: string, userIds: string[], kept: string[], db: DbOrTx): Promise<string[]> {
  const wanted = [...new Set(userIds)];
  if (wanted.length === 0) return [];
  const rows = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), inArray(memberships.userId, wanted)));
  const members = new Set(rows.map((r) => r.userId));
  if (wanted.some((id) => !members.has(id) && !kept.includes(id))) {
    throw new AppError("INVALID_INPUT", "MENTION_NOT_MEMBER", { mentions: ["MENTION_NOT_MEMBER"] });
  }
  return wanted.filter((id) => members.has(id));
}

async function published(ctx: WorkspaceContext, mapId: string, commentId: string): Promise<CommentView> {
  const comment = await getMapComment({ workspaceId: ctx.workspaceId, mapId, commentId });
  if (!comment) throw new AppError("NOT_FOUND", "COMMENT_NOT_FOUND");
  notifyCommentChanged({ workspaceId: ctx.workspaceId, mapId, comment });
  return comment;
}

const liveComment = (ctx: WorkspaceContext, input: { mapId: string; commentId: string }) =>
  and(
    eq(mapComments.workspaceId, ctx.workspaceId),
    eq(mapComments.mapId, input.mapId),
    eq(mapComments.id, input.commentId),
    isNull(mapComments.deletedAt),
  );

/**
 * Changes a live comment where `allowed` holds; when nothing changed, tells "not found"
 * (also another workspace's or map's comment) from "not yours".
 */
async function changeComment(
  ctx: WorkspaceContext,
  input: { mapId: string; commentId: string },
  set: Record<string, unknown>,
  allowed: SQL | undefined,
  db: DbOrTx = getDb(),
): Promise<void> {
  const [row] = await db
    .update(mapComments)
    .set({ ...set, version: sql`${mapComments.version} + 1` })
    .where(and(liveComment(ctx, input), allowed))
    .returning({ id: mapComments.id });
  if (row) return;
  const [exists] = await db.select({ id: mapComments.id }).from(mapComments).where(liveComment(ctx, input)).limit(1);
  throw exists ? new AppError("FORBIDDEN", "COMMENT_NOT_YOURS") : new AppError("NOT_FOUND", "COMMENT_NOT_FOUND");
}

export const addComment = workspaceOperation({
  permission: "comments.write",
  input: ZAddCommentInput,
  handler: async (ctx, input) => {
    await getMapOrThrow({ workspaceId: ctx.workspaceId, mapId: input.mapId });
    const { commentId, notified } = await getDb().transaction(async (tx) => {
      const mentions = await checkedMentions(ctx.workspaceId, input.mentions, [], tx);
      const [row] = await tx
        .insert(mapComments)
        .values({ workspaceId: ctx.workspaceId, mapId: input.mapId, cardId: input.cardId, authorId: ctx.userId, body: input.body, mentions })
        .returning({ id: mapComments.id });
      const notified = await notifyAboutComment(tx, {
        workspaceId: ctx.workspaceId,
        mapId: input.mapId,
        cardId: input.cardId,
        commentId: row!.id,
        actorId: ctx.userId,
        body: input.body,
        newMentions: mentions,
        isNew: true,
      });
      return { commentId: row!.id, notified };
    });
    if (notified.length > 0) queueNotificationEmails();
    return published(ctx, input.mapId, commentId);
  },
});

export const editComment = workspaceOperation({
  permission: "comments.write",
  input: ZEditCommentInput,
  handler: async (ctx, input) => {
    const notified = await getDb().transaction(async (tx) => {
      const [before] = await tx
        .select({ cardId: mapComments.cardId, mentions: mapComments.mentions, authorId: mapComments.authorId })
        .from(mapComments)
        .where(liveComment(ctx, input))
        .for("update");
      if (!before) throw new AppError("NOT_FOUND", "COMMENT_NOT_FOUND");
      if (before.authorId !== ctx.userId) throw new AppError("FORBIDDEN", "COMMENT_NOT_YOURS");
      const kept = before.mentions;
      const mentions = await checkedMentions(ctx.workspaceId, input.mentions, kept, tx);
      await changeComment(ctx, input, { body: input.body, mentions, editedAt: sql`now()` }, eq(mapComments.authorId, ctx.userId), tx);
      // Only someone mentioned by this edit hears of it; the thread heard of the comment when it was written.
      return notifyAboutComment(tx, {
        workspaceId: ctx.workspaceId,
        mapId: input.mapId,
        cardId: before.cardId,
        commentId: input.commentId,
        actorId: ctx.userId,
        body: input.body,
        newMentions: mentions.filter((id) => !kept.includes(id)),
        isNew: false,
      });
    });
    if (notified.length > 0) queueNotificationEmails();
    return published(ctx, input.mapId, input.commentId);
  },
});

export const resolveComment = workspaceOperation({
  permission: "comments.write",
  input: ZResolveCommentInput,
  handler: async (ctx, input) => {
    await changeComment(
      ctx,
      input,
      input.resolved ? { resolvedAt: sql`coalesce(${mapComments.resolvedAt}, now())`, resolvedById: ctx.userId } : { resolvedAt: null, resolvedById: null },
      undefined,
    );
    return published(ctx, input.mapId, input.commentId);
  },
});

export const deleteComment = workspaceOperation({
  permission: "comments.write",
  input: ZDeleteCommentInput,
  handler: async (ctx, input) => {
    const mayDeleteAny = hasPermission(ctx.role, "comments.moderate");
    await changeComment(ctx, input, { deletedAt: sql`now()` }, mayDeleteAny ? undefined : eq(mapComments.authorId, ctx.userId));
    return published(ctx, input.mapId, input.commentId);
  },
});
