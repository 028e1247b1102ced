import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { mapOpportunities, memberships, notifications } from "@/db/schema";
import type { OpportunityRow } from "@/lib/collab/server/projection-rows";
import { excerptOf } from "./comment-notifications";
import { queueNotificationEmails } from "./notification-emails";

/**
 * Inside the projection's transaction, before its rows are written: each opportunity
 * whose owner changed (to someone other than the editor, who is a member) tells its new
 * owner. The stored row says who owned it before, so a reload does not tell anyone again.
 */
export async function notifyOpportunityOwners(tx: Tx, args: { workspaceId: string; mapId: string; editorId: string; rows: OpportunityRow[] }): Promise<void> {
  const owned = args.rows.filter((r) => r.ownerId && r.ownerId !== args.editorId);
  if (owned.length === 0) return;
  const stored = await tx
    .select({ id: mapOpportunities.id, ownerId: mapOpportunities.ownerId })
    .from(mapOpportunities)
    .where(and(eq(mapOpportunities.mapId, args.mapId), inArray(mapOpportunities.id, owned.map((r) => r.id))));
  const before = new Map(stored.map((s) => [s.id, s.ownerId]));
  const assigned = owned.filter((r) => before.get(r.id) !== r.ownerId);
  if (assigned.length === 0) return;
  const members = new Set(
    (
      await tx
        .select({ userId: memberships.userId })
        .from(memberships)
        .where(and(eq(memberships.workspaceId, args.workspaceId), inArray(memberships.userId, [...new Set(assigned.map((r) => r.ownerId!))])))
    ).map((m) => m.userId),
  );
  const rows = assigned
    .filter((r) => members.has(r.ownerId!))
    .map((r) => ({ workspaceId: args.workspaceId, userId: r.ownerId!, kind: "opportunity_assigned" as const, actorId: args.editorId, mapId: args.mapId, cardId: r.id, excerpt: excerptOf(r.name) }));
  if (rows.length === 0) return;
  await tx.insert(notifications).values(rows);
  queueNotificationEmails();
}
