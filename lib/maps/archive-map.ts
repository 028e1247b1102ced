import "server-only";
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { journeyMaps } from "@/db/schema";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getMapOrThrow } from "./get-map";
import { ZMapRefInput } from "./schemas";

/**
 * Archiving takes a map out of the everyday list without losing anything; restoring
 * brings it back. Both are idempotent: repeating one changes nothing and logs nothing.
 */
function setArchived(archived: boolean) {
  return workspaceOperation({
    permission: "maps.write",
    input: ZMapRefInput,
    handler: (ctx, input) =>
      getDb().transaction(async (tx) => {
        const map = await getMapOrThrow({ workspaceId: ctx.workspaceId, mapId: input.mapId }, tx);
        const changed = await tx
          .update(journeyMaps)
          .set({ archivedAt: archived ? new Date() : null })
          .where(
            and(
              eq(journeyMaps.workspaceId, ctx.workspaceId),
              eq(journeyMaps.id, map.id),
              archived ? isNull(journeyMaps.archivedAt) : isNotNull(journeyMaps.archivedAt),
            ),
          )
          .returning({ id: journeyMaps.id });
        if (changed.length > 0) {
          await recordAuditEvent(tx, {
            workspaceId: ctx.workspaceId,
            actorId: ctx.userId,
            action: archived ? "map.archived" : "map.restored",
            details: { name: map.name },
          });
        }
        return { mapId: map.id, archived };
      }),
  });
}

export const archiveMap = setArchived(true);
export const restoreMap = setArchived(false);
