import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships } from "@/db/schema";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors/app-error";
import { notifyAccessChanged } from "@/lib/members/access-changed";
import { lockMembership } from "@/lib/members/membership-guards";
import { ZTransferOwnershipInput } from "./schemas";

/**
 * An owner hands the workspace to another member: they become owner and the caller steps
 * down to admin, in one transaction (other owners, if any, stay owners).
 */
export const transferOwnership = workspaceOperation({
  permission: "workspace.delete",
  input: ZTransferOwnershipInput,
  handler: async (ctx, input) => {
    if (input.userId === ctx.userId) throw new AppError("CONFLICT", "ALREADY_OWNER");
    await getDb().transaction(async (tx) => {
      const { target } = await lockMembership(tx, ctx.workspaceId, input.userId);
      const inWorkspace = (userId: string) => and(eq(memberships.workspaceId, ctx.workspaceId), eq(memberships.userId, userId));
      await tx.update(memberships).set({ role: "owner" }).where(inWorkspace(input.userId));
      await tx.update(memberships).set({ role: "admin" }).where(inWorkspace(ctx.userId));
      await recordAuditEvent(tx, {
        workspaceId: ctx.workspaceId,
        actorId: ctx.userId,
        action: "workspace.ownership_transferred",
        targetUserId: input.userId,
        details: { from: target.role },
      });
    });
    notifyAccessChanged({ workspaceId: ctx.workspaceId, userId: input.userId });
    notifyAccessChanged({ workspaceId: ctx.workspaceId, userId: ctx.userId });
    return { ownerId: input.userId };
  },
});
