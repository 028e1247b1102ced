import "server-only";
import { alias } from "drizzle-orm/pg-core";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditEvents, users } from "@/db/schema";
import type { WorkspaceContext } from "@/lib/workspaces/authorize-workspace";

const actor = alias(users, "actor");
const target = alias(users, "target");

export async function listAuditEvents(ctx: WorkspaceContext, limit = 200) {
  return getDb()
    .select({
      id: auditEvents.id,
      action: auditEvents.action,
      createdAt: auditEvents.createdAt,
      details: auditEvents.details,
      actorName: actor.name,
      actorEmail: actor.email,
      targetName: target.name,
      targetEmail: auditEvents.targetEmail,
      targetUserEmail: target.email,
    })
    .from(auditEvents)
    .leftJoin(actor, eq(actor.id, auditEvents.actorId))
    .leftJoin(target, eq(target.id, auditEvents.targetUserId))
    .where(eq(auditEvents.workspaceId, ctx.workspaceId))
    .orderBy(desc(auditEvents.createdAt))
    .limit(limit);
}
export type AuditEventRow = Awaited<ReturnType<typeof listAuditEvents>>[number];
