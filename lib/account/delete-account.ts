import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { memberships, sessions, users, workspaces } from "@/db/schema";
import { parseInput } from "@/lib/actions/parse-input";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { notifySessionsEnded } from "@/lib/auth/sessions-ended";
import { AppError } from "@/lib/errors/app-error";
import { notifyAccessChanged } from "@/lib/members/access-changed";
import { assertCurrentPassword } from "./current-password";

export const ZDeleteAccountInput = z.object({
  confirmEmail: z.string().trim().toLowerCase().max(254),
  currentPassword: z.string().max(200, "TOO_LONG").optional(),
});

/** Workspaces the user is the only owner of: each must get another owner, or be deleted, first. */
export async function workspacesOnlyOwnedBy(userId: string): Promise<Array<{ name: string; slug: string }>> {
  const owned = getDb()
    .select({ workspaceId: memberships.workspaceId })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.role, "owner")));
  return getDb()
    .select({ name: workspaces.name, slug: workspaces.slug })
    .from(workspaces)
    .innerJoin(memberships, and(eq(memberships.workspaceId, workspaces.id), eq(memberships.role, "owner")))
    .where(inArray(workspaces.id, owned))
    .groupBy(workspaces.id)
    .having(sql`count(*) = 1`)
    .orderBy(workspaces.name);
}

/**
 * Deletes the signed-in user's account: refused while they are the last owner of a
 * workspace. Their memberships, sessions and sign-in links go; what they wrote (maps,
 * comments, reviews, the audit log) stays, attributed to "Deleted user". Each workspace's
 * audit log records that a member's account was deleted.
 */
export async function deleteAccount(caller: { userId: string; email: string }, raw: unknown): Promise<void> {
  const input = parseInput(ZDeleteAccountInput, raw);
  if (input.confirmEmail !== caller.email) throw new AppError("INVALID_INPUT", "INVALID_INPUT", { confirmEmail: ["EMAIL_MISMATCH"] });
  await assertCurrentPassword(caller.userId, input.currentPassword);
  const { sessionIds, workspaceIds } = await getDb().transaction(async (tx) => {
    const mine = await tx.select({ workspaceId: memberships.workspaceId, role: memberships.role }).from(memberships).where(eq(memberships.userId, caller.userId));
    const ownedIds = mine.filter((m) => m.role === "owner").map((m) => m.workspaceId);
    if (ownedIds.length > 0) {
      // Locked so a concurrent demotion of "the other owner" cannot leave a workspace ownerless.
      const owners = await tx
        .select({ workspaceId: memberships.workspaceId, userId: memberships.userId })
        .from(memberships)
        .where(and(inArray(memberships.workspaceId, ownedIds), eq(memberships.role, "owner")))
        .for("update");
      const lonely = ownedIds.filter((id) => owners.filter((o) => o.workspaceId === id).length <= 1);
      if (lonely.length > 0) throw new AppError("CONFLICT", "LAST_OWNER_OF_WORKSPACE");
    }
    for (const m of mine) {
      await recordAuditEvent(tx, { workspaceId: m.workspaceId, actorId: null, action: "member.account_deleted", details: { role: m.role } });
    }
    const ended = await tx.select({ id: sessions.sessionToken }).from(sessions).where(eq(sessions.userId, caller.userId));
    await tx.delete(users).where(eq(users.id, caller.userId));
    return { sessionIds: ended.map((s) => s.id), workspaceIds: mine.map((m) => m.workspaceId) };
  });
  if (sessionIds.length > 0) notifySessionsEnded({ userId: caller.userId, sessionIds });
  for (const workspaceId of workspaceIds) notifyAccessChanged({ workspaceId, userId: caller.userId });
}
