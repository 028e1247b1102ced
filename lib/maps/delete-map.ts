import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { journeyMaps } from "@/db/schema";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getMapOrThrow } from "./get-map";
import { ZMapRefInput } from "./schemas";

/**
 * Deletes a map for good: its document, update log and projection go with it (foreign
 * keys cascade). Archiving is the reversible way; the UI asks for confirmation first.
 */
export const deleteMap = workspaceOperation({
  permission: "maps.delete",
  input: ZMapRefInput,
  handler: (ctx, input) =>
    getDb().transaction(async (tx) => {
      const map = await getMapOrThrow({ workspaceId: ctx.workspaceId, mapId: input.mapId }, tx);
      await tx.delete(journeyMaps).where(and(eq(journeyMaps.workspaceId, ctx.workspaceId), eq(journeyMaps.id, map.id)));
      await recordAuditEvent(tx, { workspaceId: ctx.workspaceId, actorId: ctx.userId, action: "map.deleted", details: { name: map.name } });
      return { mapId: map.id };
    }),
});
