import "server-only";
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { mapFollowers, memberships, notifications } from "@/db/schema";
import { AppError } from "@/lib/errors/app-error";
import type { Role } from "@/lib/permissions/roles";

/**
 * Locks the workspace's memberships for the rest of the transaction and returns the
 * target's row, so concurrent role changes cannot both remove "the other" owner.
 */
export async function lockMembership(tx: Tx, workspaceId: string, userId: string) {
  const rows = await tx
    .select({ userId: memberships.userId, role: memberships.role })
    .from(memberships)
    .where(eq(memberships.workspaceId, workspaceId))
    .for("update");
  const target = rows.find((r) => r.userId === userId);
  if (!target) throw new AppError("NOT_FOUND", "MEMBER_NOT_FOUND");
  const owners = rows.filter((r) => r.role === "owner").length;
  return { target, owners };
}

/** The last owner can be neither demoted nor removed, nor leave. */
export function assertKeepsAnOwner(current: Role, next: Role | null, owners: number): void {
  if (current === "owner" && next !== "owner" && owners <= 1) throw new AppError("CONFLICT", "LAST_OWNER");
}

/** Ends a membership; what the workspace told that person (their inbox there) and the maps they followed go with it. */
export async function deleteMembership(tx: Tx, workspaceId: string, userId: string) {
  await tx.delete(memberships).where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
  await tx.delete(notifications).where(and(eq(notifications.workspaceId, workspaceId), eq(notifications.userId, userId)));
  await tx.delete(mapFollowers).where(and(eq(mapFollowers.workspaceId, workspaceId), eq(mapFollowers.userId, userId)));
}
