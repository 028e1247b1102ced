import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships } from "@/db/schema";
import { issueAccountToken } from "@/lib/account/account-tokens";
import { passwordResetUrl } from "@/lib/account/password-reset";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { appBaseUrl } from "@/lib/config/app-url";
import { AppError } from "@/lib/errors/app-error";
import { canManageRole } from "@/lib/permissions/roles";
import { ZRemoveMemberInput } from "./schemas";

/**
 * Where no mail server is configured, an owner or admin hands a member a password-reset
 * link (shown once). A reset link opens the whole account, so it is refused for anyone who
 * also belongs to a workspace the caller does not administer: an admin of one workspace
 * must not be able to take over a member's access to another.
 */
export const issueMemberResetLink = workspaceOperation({
  permission: "members.manage",
  input: ZRemoveMemberInput,
  handler: async (ctx, input) => {
    if (input.userId === ctx.userId) throw new AppError("CONFLICT", "RESET_OWN_PASSWORD");
    const db = getDb();
    const [target] = await db
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.workspaceId, ctx.workspaceId), eq(memberships.userId, input.userId)))
      .limit(1);
    if (!target) throw new AppError("NOT_FOUND", "MEMBER_NOT_FOUND");
    if (!canManageRole(ctx.role, target.role, target.role)) throw new AppError("FORBIDDEN", "CANNOT_GRANT_ROLE");
    const elsewhere = await db
      .select({ workspaceId: memberships.workspaceId, role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.userId, input.userId), ne(memberships.workspaceId, ctx.workspaceId)));
    if (elsewhere.length > 0) {
      const mine = await db.select({ workspaceId: memberships.workspaceId, role: memberships.role }).from(memberships).where(eq(memberships.userId, ctx.userId));
      const myRole = new Map(mine.map((m) => [m.workspaceId, m.role]));
      const covered = elsewhere.every((w) => {
        const role = myRole.get(w.workspaceId);
        return role !== undefined && canManageRole(role, w.role, w.role);
      });
      if (!covered) throw new AppError("FORBIDDEN", "RESET_OTHER_WORKSPACES");
    }
    const token = await db.transaction(async (tx) => {
      const raw = await issueAccountToken({ purpose: "password_reset", userId: input.userId, issuedById: ctx.userId }, tx);
      await recordAuditEvent(tx, { workspaceId: ctx.workspaceId, actorId: ctx.userId, action: "member.reset_link_issued", targetUserId: input.userId });
      return raw;
    });
    return { url: passwordResetUrl(await appBaseUrl(), token) };
  },
});
