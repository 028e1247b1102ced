import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { mapFollowers, notifications } from "@/db/schema";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { getMapOrThrow } from "@/lib/maps/get-map";
import { ZMapId } from "@/lib/maps/schemas";
import type { WorkspaceContext } from "@/lib/workspaces/authorize-workspace";
import { queueNotificationEmails } from "./notification-emails";

export const ZFollowMapInput = z.object({ mapId: ZMapId, follow: z.boolean() });

/** Follow a map (or stop): followers hear when it is due for its quarterly review. */
export const followMap = workspaceOperation({
  permission: "maps.read",
  input: ZFollowMapInput,
  handler: async (ctx, input) => {
    const map = await getMapOrThrow({ workspaceId: ctx.workspaceId, mapId: input.mapId });
    if (input.follow) await getDb().insert(mapFollowers).values({ mapId: map.id, userId: ctx.userId, workspaceId: ctx.workspaceId }).onConflictDoNothing();
    else await getDb().delete(mapFollowers).where(and(eq(mapFollowers.mapId, map.id), eq(mapFollowers.userId, ctx.userId)));
    return { following: input.follow };
  },
});

export async function isFollowing(ctx: WorkspaceContext, mapId: string): Promise<boolean> {
  const [row] = await getDb().select({ mapId: mapFollowers.mapId }).from(mapFollowers).where(and(eq(mapFollowers.mapId, mapId), eq(mapFollowers.userId, ctx.userId)));
  return row !== undefined;
}

/**
 * The daily run: every live map that went more than three months without a review (the
 * banner's rule, lib/reviews/review-reminder.ts) tells its maker and its followers, who
 * are members — once per overdue spell: not again until a new review starts the count anew.
 */
export async function notifyReviewsDue(): Promise<{ told: number }> {
  const told = await getDb().execute<{ id: string }>(sql`
    with due as (
      select m.id as map_id, m.workspace_id, m.name, coalesce(max(r.created_at), m.created_at) as since
      from journey_maps m
      left join map_reviews r on r.map_id = m.id
      where m.archived_at is null
      group by m.id
      having coalesce(max(r.created_at), m.created_at) < now() - interval '3 months'
    ),
    recipients as (
      select due.*, m.created_by_id as user_id from due join journey_maps m on m.id = due.map_id where m.created_by_id is not null
      union
      select due.*, f.user_id from due join map_followers f on f.map_id = due.map_id
    )
    insert into ${notifications} (workspace_id, user_id, kind, map_id, excerpt)
    select rc.workspace_id, rc.user_id, 'review_due', rc.map_id, left(rc.name, 160)
    from recipients rc
    where exists (select 1 from memberships ms where ms.workspace_id = rc.workspace_id and ms.user_id = rc.user_id)
      and not exists (
        select 1 from ${notifications} n
        where n.user_id = rc.user_id and n.map_id = rc.map_id and n.kind = 'review_due' and n.created_at > rc.since
      )
    returning id`);
  const count = Array.isArray(told) ? told.length : ((told as { rows?: unknown[] }).rows?.length ?? 0);
  if (count > 0) queueNotificationEmails();
  return { told: count };
}
