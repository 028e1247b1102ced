import "server-only";
import { and, asc, desc, eq, gt, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { invitations, memberships, users } from "@/db/schema";
import type { WorkspaceContext } from "@/lib/workspaces/authorize-workspace";

export function listMembers(ctx: WorkspaceContext) {
  return getDb()
    .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role, joinedAt: memberships.createdAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.workspaceId, ctx.workspaceId))
    .orderBy(asc(users.email));
}
export type MemberRow = Awaited<ReturnType<typeof listMembers>>[number];

/** Invitations still usable: not accepted, not revoked, not expired. */
export function listPendingInvitations(ctx: WorkspaceContext) {
  return getDb()
    .select({ id: invitations.id, email: invitations.email, role: invitations.role, expiresAt: invitations.expiresAt })
    .from(invitations)
    .where(
      and(
        eq(invitations.workspaceId, ctx.workspaceId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, new Date()),
      ),
    )
    .orderBy(desc(invitations.createdAt));
}
export type PendingInvitationRow = Awaited<ReturnType<typeof listPendingInvitations>>[number];
