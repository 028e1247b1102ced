import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { journeyMaps } from "@/db/schema";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getMapOrThrow } from "./get-map";
import { ZRenameMapInput } from "./schemas";

export const renameMap = workspaceOperation({
  permission: "maps.write",
  input: ZRenameMapInput,
  handler: (ctx, input) =>
    getDb().transaction(async (tx) => {
      const map = await getMapOrThrow({ workspaceId: ctx.workspaceId, mapId: input.mapId }, tx);
      if (map.name === input.name) return { mapId: map.id, name: map.name };
      await tx
        .update(journeyMaps)
        .set({ name: input.name, updatedAt: new Date(), lastEditedById: ctx.userId })
        .where(and(eq(journeyMaps.workspaceId, ctx.workspaceId), eq(journeyMaps.id, map.id)));
      await recordAuditEvent(tx, {
        workspaceId: ctx.workspaceId,
        actorId: ctx.userId,
        action: "map.renamed",
        details: { from: map.name, to: input.name },
      });
      return { mapId: map.id, name: input.name };
    }),
});
