import "server-only";
import { getDb } from "@/db/client";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors/app-error";
import { canManageRole } from "@/lib/permissions/roles";
import { endAllUserSessions } from "@/lib/auth/user-sessions";
import { memberships } from "@/db/schema";
import { eq } from "drizzle-orm";
import { notifyAccessChanged } from "./access-changed";
import { assertKeepsAnOwner, deleteMembership, lockMembership } from "./membership-guards";
import { ZLeaveWorkspaceInput, ZRemoveMemberInput } from "./schemas";

/** Admins remove others; access ends at once, open real-time connections included. */
export const removeMember = workspaceOperation({
  permission: "members.manage",
  input: ZRemoveMemberInput,
  handler: async (ctx, input) => {
    if (input.userId === ctx.userId) throw new AppError("CONFLICT", "USE_LEAVE");
    await getDb().transaction(async (tx) => {
      const { target, owners } = await lockMembership(tx, ctx.workspaceId, input.userId);
      if (!canManageRole(ctx.role, target.role, target.role)) throw new AppError("FORBIDDEN", "CANNOT_GRANT_ROLE");
      assertKeepsAnOwner(target.role, null, owners);
      await deleteMembership(tx, ctx.workspaceId, input.userId);
      await recordAuditEvent(tx, {
        workspaceId: ctx.workspaceId,
        actorId: ctx.userId,
        action: "member.removed",
        targetUserId: input.userId,
        details: { role: target.role },
      });
    });
    notifyAccessChanged({ workspaceId: ctx.workspaceId, userId: input.userId });
    // Removed from their last workspace, a user keeps nothing to be signed in for: their
    // sessions end, so a cookie copied earlier opens nothing either.
    const [remaining] = await getDb().select({ id: memberships.workspaceId }).from(memberships).where(eq(memberships.userId, input.userId)).limit(1);
    if (!remaining) await endAllUserSessions(input.userId);
    return { removed: input.userId };
  },
});

/** Any member may leave, except the last owner. */
export const leaveWorkspace = workspaceOperation({
  permission: "workspace.read",
  input: ZLeaveWorkspaceInput,
  handler: async (ctx) => {
    await getDb().transaction(async (tx) => {
      const { target, owners } = await lockMembership(tx, ctx.workspaceId, ctx.userId);
      assertKeepsAnOwner(target.role, null, owners);
      await deleteMembership(tx, ctx.workspaceId, ctx.userId);
      await recordAuditEvent(tx, { workspaceId: ctx.workspaceId, actorId: ctx.userId, action: "member.left", targetUserId: ctx.userId });
    });
    notifyAccessChanged({ workspaceId: ctx.workspaceId, userId: ctx.userId });
    return { left: true };
  },
});
