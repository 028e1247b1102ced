import "server-only";
import { and, eq, isNotNull, isNull, ne, sql } from "drizzle-orm";
import { type DbOrTx, getDb } from "@/db/client";
import { mapOpportunities, memberships, notifications, reviewActions, workspaces } from "@/db/schema";
import { excerptOf } from "./comment-notifications";
import { queueNotificationEmails } from "./notification-emails";

/** Tells a member they were made owner of a review action (not when they picked themselves). */
export async function notifyActionOwner(
  db: DbOrTx,
  args: { ctx: { workspaceId: string; userId: string }; actionId: string; mapId: string; ownerId: string | null; title: string },
): Promise<boolean> {
  if (!args.ownerId || args.ownerId === args.ctx.userId) return false;
  await db.insert(notifications).values({
    workspaceId: args.ctx.workspaceId,
    userId: args.ownerId,
    kind: "action_assigned",
    actorId: args.ctx.userId,
    mapId: args.mapId,
    reviewActionId: args.actionId,
    excerpt: excerptOf(args.title),
  });
  return true;
}

/**
 * Tells each owner whose open action's due date has passed (the day after it, in the
 * workspace's time zone), once per owner and due date. Run daily by the job queue; one
 * statement, so two processes cannot both tell.
 */
export async function notifyOverdueActions(): Promise<{ told: number }> {
  return getDb().transaction(async (db) => {
  const due = await db
    .update(reviewActions)
    .set({ dueNotifiedAt: sql`now()` })
    .from(workspaces)
    .where(
      and(
        eq(workspaces.id, reviewActions.workspaceId),
        isNotNull(reviewActions.ownerId),
        isNull(reviewActions.dueNotifiedAt),
        ne(reviewActions.status, "done"),
        sql`${reviewActions.dueDate} < (now() at time zone ${workspaces.timeZone})::date`,
        // Only owners who are still members.
        sql`exists (select 1 from ${memberships} where ${memberships.workspaceId} = ${reviewActions.workspaceId} and ${memberships.userId} = ${reviewActions.ownerId})`,
      ),
    )
    .returning({ id: reviewActions.id, workspaceId: reviewActions.workspaceId, ownerId: reviewActions.ownerId, mapId: reviewActions.mapId, title: reviewActions.title });
  if (due.length === 0) return { told: 0 };
  await db.insert(notifications).values(
    due.map((a) => ({
      workspaceId: a.workspaceId,
      userId: a.ownerId!,
      kind: "action_due" as const,
      actorId: null,
      mapId: a.mapId,
      reviewActionId: a.id,
      excerpt: excerptOf(a.title),
    })),
  );
  queueNotificationEmails();
  return { told: due.length };
  });
}

/** The same for opportunity cards with an owner and a due date (their projection rows). */
export async function notifyOverdueOpportunities(): Promise<{ told: number }> {
  return getDb().transaction(async (db) => {
    const due = await db
      .update(mapOpportunities)
      .set({ dueNotifiedAt: sql`now()` })
      .from(workspaces)
      .where(
        and(
          eq(workspaces.id, mapOpportunities.workspaceId),
          isNotNull(mapOpportunities.ownerId),
          isNotNull(mapOpportunities.dueDate),
          isNull(mapOpportunities.dueNotifiedAt),
          isNull(mapOpportunities.deletedAt),
          ne(mapOpportunities.status, "done"),
          sql`${mapOpportunities.dueDate}::date < (now() at time zone ${workspaces.timeZone})::date`,
          sql`exists (select 1 from ${memberships} where ${memberships.workspaceId} = ${mapOpportunities.workspaceId} and ${memberships.userId} = ${mapOpportunities.ownerId})`,
          sql`exists (select 1 from journey_maps m where m.id = ${mapOpportunities.mapId} and m.archived_at is null)`,
        ),
      )
      .returning({ id: mapOpportunities.id, workspaceId: mapOpportunities.workspaceId, ownerId: mapOpportunities.ownerId, mapId: mapOpportunities.mapId, name: mapOpportunities.name });
    if (due.length === 0) return { told: 0 };
    await db.insert(notifications).values(
      due.map((o) => ({ workspaceId: o.workspaceId, userId: o.ownerId!, kind: "opportunity_due" as const, actorId: null, mapId: o.mapId, cardId: o.id, excerpt: excerptOf(o.name) })),
    );
    queueNotificationEmails();
    return { told: due.length };
  });
}

/** The daily run: actions and opportunities past their due date. */
export async function notifyOverdueWork(): Promise<{ actions: number; opportunities: number }> {
  const actions = await notifyOverdueActions();
  const opportunities = await notifyOverdueOpportunities();
  return { actions: actions.told, opportunities: opportunities.told };
}
