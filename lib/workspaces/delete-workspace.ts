import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, workspaces } from "@/db/schema";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { AppError } from "@/lib/errors/app-error";
import { notifyAccessChanged } from "@/lib/members/access-changed";
import { ZDeleteWorkspaceInput } from "./schemas";
import { logger } from "@/lib/observability/logger";

/**
 * Deletes the workspace and everything in it (every table cascades from the workspace
 * row) in one transaction. Its audit log goes with it, so the deletion itself is written
 * to the server log: who, which workspace, when, how many members.
 */
export const deleteWorkspace = workspaceOperation({
  permission: "workspace.delete",
  input: ZDeleteWorkspaceInput,
  handler: async (ctx, input) => {
    if (input.confirmName !== ctx.workspace.name.trim()) throw new AppError("INVALID_INPUT", "INVALID_INPUT", { confirmName: ["NAME_MISMATCH"] });
    const members = await getDb().transaction(async (tx) => {
      const rows = await tx.select({ userId: memberships.userId }).from(memberships).where(eq(memberships.workspaceId, ctx.workspaceId)).for("update");
      await tx.delete(workspaces).where(eq(workspaces.id, ctx.workspaceId));
      return rows.map((r) => r.userId);
    });
    // The audit log goes with the workspace; the server log keeps the deletion.
    logger.info(
      {
        event: "workspace.deleted",
        workspaceId: ctx.workspaceId,
        slug: ctx.workspace.slug,
        name: ctx.workspace.name,
        actorId: ctx.userId,
        members: members.length,
      },
      "workspace deleted",
    );
    for (const userId of members) notifyAccessChanged({ workspaceId: ctx.workspaceId, userId });
    return { deleted: true };
  },
});
