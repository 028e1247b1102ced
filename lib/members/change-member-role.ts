import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships } from "@/db/schema";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors/app-error";
import { canManageRole } from "@/lib/permissions/roles";
import { notifyAccessChanged } from "./access-changed";
import { assertKeepsAnOwner, lockMembership } from "./membership-guards";
import { ZChangeMemberRoleInput } from "./schemas";

export const changeMemberRole = workspaceOperation({
  permission: "members.manage",
  input: ZChangeMemberRoleInput,
  handler: async (ctx, input) => {
    const changed = await getDb().transaction(async (tx) => {
      const { target, owners } = await lockMembership(tx, ctx.workspaceId, input.userId);
      if (!canManageRole(ctx.role, input.role, target.role)) throw new AppError("FORBIDDEN", "CANNOT_GRANT_ROLE");
      if (target.role === input.role) return false;
      assertKeepsAnOwner(target.role, input.role, owners);
      await tx
        .update(memberships)
        .set({ role: input.role })
        .where(and(eq(memberships.workspaceId, ctx.workspaceId), eq(memberships.userId, input.userId)));
      await recordAuditEvent(tx, {
        workspaceId: ctx.workspaceId,
        actorId: ctx.userId,
        action: "member.role_changed",
        targetUserId: input.userId,
        details: { from: target.role, to: input.role },
      });
      return true;
    });
    if (changed) notifyAccessChanged({ workspaceId: ctx.workspaceId, userId: input.userId });
    return { role: input.role };
  },
});
