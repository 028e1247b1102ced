import "server-only";
import * as Y from "yjs";
import { getDb } from "@/db/client";
import { journeyMaps, mapDocuments } from "@/db/schema";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { copyMapContent } from "@/lib/maps/copy-map-content";
import { getMapOrThrow } from "@/lib/maps/get-map";
import { insertProjection } from "@/lib/maps/insert-projection";
import { lockPersona } from "@/lib/personas/get-persona";
import { getSnapshotOrThrow } from "./get-snapshots";
import { ZRestoreSnapshotInput } from "./schemas";

/**
 * Restores a snapshot as a NEW map (same persona and template as the map it was taken
 * of), with fresh ids throughout — the way duplicate works — so the original map, its
 * evidence and its history stay untouched. The new map starts without feedback: the
 * responses belong to the original's touchpoints.
 */
export const restoreSnapshot = workspaceOperation({
  permission: "maps.write",
  input: ZRestoreSnapshotInput,
  handler: async (ctx, input) => {
    const source = await getMapOrThrow({ workspaceId: ctx.workspaceId, mapId: input.mapId });
    const snapshot = await getSnapshotOrThrow(ctx, source.id, input.snapshotId);
    const copy = new Y.Doc();
    try {
      copyMapContent(snapshot.content, copy);
      const state = Y.encodeStateAsUpdate(copy);
      return await getDb().transaction(async (tx) => {
        const [map] = await tx
          .insert(journeyMaps)
          .values({
            workspaceId: ctx.workspaceId,
            name: input.name,
            personaId: await lockPersona(tx, ctx.workspaceId, source.personaId),
            templateId: source.templateId,
            createdById: ctx.userId,
            lastEditedById: ctx.userId,
          })
          .returning({ id: journeyMaps.id });
        await tx.insert(mapDocuments).values({ mapId: map!.id, workspaceId: ctx.workspaceId, state });
        await insertProjection(tx, { mapId: map!.id, workspaceId: ctx.workspaceId }, copy);
        await recordAuditEvent(tx, {
          workspaceId: ctx.workspaceId,
          actorId: ctx.userId,
          action: "snapshot.restored",
          details: { from: snapshot.name, to: input.name },
        });
        return { mapId: map!.id };
      });
    } finally {
      copy.destroy();
    }
  },
});
