import "server-only";
import { and, eq, gt, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { appBaseUrl } from "@/lib/config/app-url";
import { invitations, memberships, users } from "@/db/schema";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors/app-error";
import { sendInvitationMail } from "@/lib/mail/send-invitation-mail";
import { canManageRole } from "@/lib/permissions/roles";
import { INVITATION_TTL_MS, newInvitationToken } from "./invitation-token";
import { ZInviteMemberInput } from "./schemas";

export function invitationUrl(baseUrl: string, token: string): string {
  return new URL(`/invite/${token}`, baseUrl).toString();
}

/**
 * Invites an e-mail address with a role. A pending invitation for the same address is
 * replaced, so only the newest link works. Returns the link so the admin can copy it
 * when no mail server is configured.
 */
export const inviteMember = workspaceOperation({
  permission: "members.invite",
  input: ZInviteMemberInput,
  handler: async (ctx, input) => {
    if (!canManageRole(ctx.role, input.role)) throw new AppError("FORBIDDEN", "CANNOT_GRANT_ROLE");
    const { token, tokenHash } = newInvitationToken();
    const invitation = await getDb().transaction(async (tx) => {
      const [existingMember] = await tx
        .select({ id: memberships.id })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(and(eq(memberships.workspaceId, ctx.workspaceId), eq(users.email, input.email)))
        .limit(1);
      if (existingMember) throw new AppError("CONFLICT", "ALREADY_MEMBER", { email: ["ALREADY_MEMBER"] });
      await tx
        .update(invitations)
        .set({ revokedAt: new Date() })
        .where(
          and(
            eq(invitations.workspaceId, ctx.workspaceId),
            eq(invitations.email, input.email),
            isNull(invitations.acceptedAt),
            isNull(invitations.revokedAt),
            gt(invitations.expiresAt, new Date()),
          ),
        );
      const [row] = await tx
        .insert(invitations)
        .values({
          workspaceId: ctx.workspaceId,
          email: input.email,
          role: input.role,
          tokenHash,
          invitedById: ctx.userId,
          expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
        })
        .returning({ id: invitations.id, expiresAt: invitations.expiresAt });
      await recordAuditEvent(tx, {
        workspaceId: ctx.workspaceId,
        actorId: ctx.userId,
        action: "member.invited",
        targetEmail: input.email,
        details: { role: input.role },
      });
      // The admin is told when the address already has an account: that person signs in to join.
      const [account] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email)).limit(1);
      return { ...row!, hasAccount: account !== undefined };
    });
    const url = invitationUrl(await appBaseUrl(), token);
    const mailed = await sendInvitationMail({ to: input.email, url, workspaceName: ctx.workspace.name, role: input.role });
    return { invitationId: invitation.id, url, mailed, expiresAt: invitation.expiresAt, hasAccount: invitation.hasAccount };
  },
});
