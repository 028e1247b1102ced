import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { workspaces } from "@/db/schema";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ZRenameWorkspaceInput } from "./schemas";

export const renameWorkspace = workspaceOperation({
  permission: "workspace.update",
  input: ZRenameWorkspaceInput,
  handler: (ctx, input) =>
    getDb().transaction(async (tx) => {
      await tx.update(workspaces).set({ name: input.name }).where(eq(workspaces.id, ctx.workspaceId));
      await recordAuditEvent(tx, {
        workspaceId: ctx.workspaceId,
        actorId: ctx.userId,
        action: "workspace.renamed",
        details: { from: ctx.workspace.name, to: input.name },
      });
      return { name: input.name };
    }),
});
