import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { invitations, memberships, users, workspaces } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors/app-error";
import { canManageRole } from "@/lib/permissions/roles";
import { hashInvitationToken } from "./invitation-token";

export type InvitationStatus = "valid" | "expired" | "used" | "revoked";

function statusOf(row: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }): InvitationStatus {
  if (row.acceptedAt) return "used";
  if (row.revokedAt) return "revoked";
  if (row.expiresAt.getTime() <= Date.now()) return "expired";
  return "valid";
}

/** What the invitation page shows to whoever holds the link; null for an unknown token. */
export async function findInvitationByToken(token: string) {
  if (token.length < 20 || token.length > 100) return null;
  const [row] = await getDb()
    .select({
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
      workspaceName: workspaces.name,
    })
    .from(invitations)
    .innerJoin(workspaces, eq(workspaces.id, invitations.workspaceId))
    .where(eq(invitations.tokenHash, hashInvitationToken(token)))
    .limit(1);
  if (!row) return null;
  return { email: row.email, role: row.role, workspaceName: row.workspaceName, status: statusOf(row) };
}

/**
 * Turns a valid invitation into a membership for the signed-in user whose e-mail it was
 * sent to. Single use: the row is locked and marked accepted in the same transaction.
 */
export async function acceptInvitation(userId: string | null | undefined, token: string): Promise<{ slug: string }> {
  if (!userId) throw new AppError("UNAUTHORIZED");
  return getDb().transaction((tx) => acceptInvitationIn(tx, userId, token));
}

/** The same, inside the caller's transaction (sign-up accepts in the one that creates the account). */
export async function acceptInvitationIn(tx: Tx, userId: string, token: string): Promise<{ slug: string }> {
  {
    const [invitation] = await tx
      .select()
      .from(invitations)
      .where(eq(invitations.tokenHash, hashInvitationToken(token)))
      .limit(1)
      .for("update");
    if (!invitation) throw new AppError("NOT_FOUND", "INVITATION_NOT_FOUND");
    const status = statusOf(invitation);
    if (status !== "valid") throw new AppError("CONFLICT", `INVITATION_${status.toUpperCase()}`);
    const [user] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId)).limit(1);
    if (!user) throw new AppError("UNAUTHORIZED");
    if (user.email.toLowerCase() !== invitation.email.toLowerCase()) throw new AppError("FORBIDDEN", "INVITATION_OTHER_EMAIL");
    // The invitation carries its inviter's rights as they are now, not as they were: one
    // from an admin since demoted or removed grants no more than they may grant today.
    const [inviter] = invitation.invitedById
      ? await tx
          .select({ role: memberships.role })
          .from(memberships)
          .where(and(eq(memberships.workspaceId, invitation.workspaceId), eq(memberships.userId, invitation.invitedById)))
          .limit(1)
          .for("share")
      : [];
    if (!inviter || !canManageRole(inviter.role, invitation.role)) throw new AppError("FORBIDDEN", "INVITATION_INVITER_LACKS_RIGHTS");

    const [existing] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.workspaceId, invitation.workspaceId), eq(memberships.userId, userId)))
      .limit(1);
    if (!existing) {
      await tx.insert(memberships).values({ workspaceId: invitation.workspaceId, userId, role: invitation.role });
      await recordAuditEvent(tx, {
        workspaceId: invitation.workspaceId,
        actorId: userId,
        action: "member.joined",
        targetUserId: userId,
        details: { role: invitation.role },
      });
    }
    await tx
      .update(invitations)
      .set({ acceptedAt: new Date(), acceptedById: userId })
      .where(eq(invitations.id, invitation.id));
    const [ws] = await tx.select({ slug: workspaces.slug }).from(workspaces).where(eq(workspaces.id, invitation.workspaceId));
    return { slug: ws!.slug };
  }
}
