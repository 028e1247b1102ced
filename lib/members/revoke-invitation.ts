import "server-only";
import { getDb } from "@/db/client";
import { invitations } from "@/db/schema";
import { pendingInvitation } from "./pending-invitation";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors/app-error";
import { ZRevokeInvitationInput } from "./schemas";

export const revokeInvitation = workspaceOperation({
  permission: "members.invite",
  input: ZRevokeInvitationInput,
  handler: (ctx, input) =>
    getDb().transaction(async (tx) => {
      const [row] = await tx
        .update(invitations)
        .set({ revokedAt: new Date() })
        .where(pendingInvitation(ctx.workspaceId, input.invitationId))
        .returning({ email: invitations.email });
      if (!row) throw new AppError("NOT_FOUND", "INVITATION_NOT_FOUND");
      await recordAuditEvent(tx, {
        workspaceId: ctx.workspaceId,
        actorId: ctx.userId,
        action: "invitation.revoked",
        targetEmail: row.email,
      });
      return { revoked: input.invitationId };
    }),
});
