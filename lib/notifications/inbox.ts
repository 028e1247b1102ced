import "server-only";
import { and, count, desc, eq, isNull, lt, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { journeyMaps, mapReviews, notifications, type NotificationKind, reviewActions, users } from "@/db/schema";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { AppError } from "@/lib/errors/app-error";
import type { WorkspaceContext } from "@/lib/workspaces/authorize-workspace";

/** How many notifications the inbox shows per page. */
export const INBOX_PAGE_SIZE = 50;

export type InboxItem = {
  id: string;
  kind: NotificationKind;
  /** Null once the actor's account is gone ("Deleted user"). */
  actorName: string | null;
  mapName: string | null;
  excerpt: string;
  createdAt: string;
  read: boolean;
};

/**
 * Where a notification leads inside the workspace: the card, with its panel (and comments)
 * open; or the review of the quarter the action was agreed in, at the action.
 */
export function notificationTarget(
  slug: string,
  n: { mapId: string | null; cardId: string | null; commentId?: string | null; actionId?: string | null; quarter?: string | null; kind?: NotificationKind },
): string {
  if (n.kind === "review_due" && n.mapId) return `/w/${slug}/maps/${n.mapId}/review`;
  // An alert opens the dashboard it is about.
  if (n.kind === "alert_fired") return n.mapId ? `/w/${slug}/maps/${n.mapId}/dashboard` : `/w/${slug}/dashboard`;
  if (!n.mapId) return `/w/${slug}/notifications`;
  if (n.actionId && n.quarter) return `/w/${slug}/maps/${n.mapId}/review?quarter=${n.quarter}#action-${n.actionId}`;
  if (!n.cardId) return `/w/${slug}/maps/${n.mapId}`;
  return `/w/${slug}/maps/${n.mapId}?card=${n.cardId}${n.commentId ? `&comment=${n.commentId}` : ""}`;
}

/** The path that marks a notification read and then opens what it is about (inbox and e-mail link to it). */
export function notificationOpenPath(slug: string, notificationId: string): string {
  return `/w/${slug}/notifications/${notificationId}`;
}

const mine = (ctx: WorkspaceContext) => and(eq(notifications.userId, ctx.userId), eq(notifications.workspaceId, ctx.workspaceId));

/** The caller's notifications in this workspace, newest first; `before` pages back by time. */
export async function listInbox(ctx: WorkspaceContext, options: { before?: Date; unreadOnly?: boolean } = {}): Promise<InboxItem[]> {
  const rows = await getDb()
    .select({
      id: notifications.id,
      kind: notifications.kind,
      actorName: sql<string | null>`coalesce(nullif(trim(${users.name}), ''), ${users.email})`,
      mapName: journeyMaps.name,
      excerpt: notifications.excerpt,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .leftJoin(users, eq(users.id, notifications.actorId))
    .leftJoin(journeyMaps, and(eq(journeyMaps.id, notifications.mapId), eq(journeyMaps.workspaceId, ctx.workspaceId)))
    .where(
      and(
        mine(ctx),
        options.before ? lt(notifications.createdAt, options.before) : undefined,
        options.unreadOnly ? isNull(notifications.readAt) : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(INBOX_PAGE_SIZE);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    actorName: r.actorName,
    mapName: r.mapName,
    excerpt: r.excerpt,
    createdAt: r.createdAt.toISOString(),
    read: r.readAt !== null,
  }));
}

export async function countUnread(ctx: WorkspaceContext): Promise<number> {
  const [row] = await getDb().select({ n: count() }).from(notifications).where(and(mine(ctx), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/**
 * Marks one of the caller's notifications read and says where it leads. Another user's
 * or another workspace's notification is "not found".
 */
export async function openNotification(ctx: WorkspaceContext, notificationId: string): Promise<string> {
  if (!z.uuid().safeParse(notificationId).success) throw new AppError("NOT_FOUND", "NOTIFICATION_NOT_FOUND");
  const [row] = await getDb()
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(mine(ctx), eq(notifications.id, notificationId)))
    .returning({ mapId: notifications.mapId, cardId: notifications.cardId, commentId: notifications.commentId, actionId: notifications.reviewActionId, kind: notifications.kind });
  if (!row) throw new AppError("NOT_FOUND", "NOTIFICATION_NOT_FOUND");
  const [action] = row.actionId
    ? await getDb()
        .select({ quarter: mapReviews.quarter })
        .from(reviewActions)
        .innerJoin(mapReviews, eq(mapReviews.id, reviewActions.reviewId))
        .where(and(eq(reviewActions.id, row.actionId), eq(reviewActions.workspaceId, ctx.workspaceId)))
    : [];
  return notificationTarget(ctx.workspace.slug, { ...row, quarter: action?.quarter });
}

export const ZMarkNotificationInput = z.object({ notificationId: z.uuid("NOTIFICATION_NOT_FOUND"), read: z.boolean() });

/** Marks one notification read or unread again. */
export const markNotification = workspaceOperation({
  permission: "workspace.read",
  input: ZMarkNotificationInput,
  handler: async (ctx, input) => {
    const [row] = await getDb()
      .update(notifications)
      .set({ readAt: input.read ? sql`coalesce(${notifications.readAt}, now())` : null })
      .where(and(mine(ctx), eq(notifications.id, input.notificationId)))
      .returning({ id: notifications.id });
    if (!row) throw new AppError("NOT_FOUND", "NOTIFICATION_NOT_FOUND");
    return { unread: await countUnread(ctx) };
  },
});

/** Marks every notification of the caller in this workspace read. */
export const markAllNotificationsRead = workspaceOperation({
  permission: "workspace.read",
  input: z.object({}),
  handler: async (ctx) => {
    const marked = await getDb()
      .update(notifications)
      .set({ readAt: sql`now()` })
      .where(and(mine(ctx), isNull(notifications.readAt)))
      .returning({ id: notifications.id });
    return { marked: marked.length, unread: 0 };
  },
});
