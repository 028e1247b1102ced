import "server-only";
import { getDb } from "@/db/client";
import { invitations } from "@/db/schema";
import { pendingInvitation } from "./pending-invitation";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { appBaseUrl } from "@/lib/config/app-url";
import { AppError } from "@/lib/errors/app-error";
import { INVITATION_TTL_MS, newInvitationToken } from "./invitation-token";
import { invitationUrl } from "./invite-member";
import { ZRevokeInvitationInput } from "./schemas";

/**
 * A fresh link for a pending invitation, for when the first was lost: only the token's
 * hash is stored, so the old link cannot be shown again. The old link stops working, the
 * new one runs seven days from now, and no mail is sent (the admin passes it on).
 */
export const renewInvitationLink = workspaceOperation({
  permission: "members.invite",
  input: ZRevokeInvitationInput,
  handler: async (ctx, input) => {
    const { token, tokenHash } = newInvitationToken();
    const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);
    const row = await getDb().transaction(async (tx) => {
      const [renewed] = await tx
        .update(invitations)
        .set({ tokenHash, expiresAt })
        .where(pendingInvitation(ctx.workspaceId, input.invitationId))
        .returning({ email: invitations.email });
      if (!renewed) throw new AppError("NOT_FOUND", "INVITATION_NOT_FOUND");
      await recordAuditEvent(tx, { workspaceId: ctx.workspaceId, actorId: ctx.userId, action: "invitation.renewed", targetEmail: renewed.email });
      return renewed;
    });
    return { url: invitationUrl(await appBaseUrl(), token), email: row.email, expiresAt };
  },
});
