import "server-only";
import * as Y from "yjs";
import { getDb } from "@/db/client";
import { journeyMaps, mapDocuments } from "@/db/schema";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { loadStoredUpdates } from "@/lib/collab/server/persistence";
import { readMapContent } from "@/lib/journey/map-document";
import { lockPersona } from "@/lib/personas/get-persona";
import { copyMapContent } from "./copy-map-content";
import { getMapOrThrow } from "./get-map";
import { insertProjection } from "./insert-projection";
import { ZDuplicateMapInput } from "./schemas";

/**
 * Copies a map of the caller's workspace into a new, active map with the same persona.
 * The copy is built from what is stored (the compacted state plus the update log);
 * edits still in flight on an open editor reach the original only.
 */
export const duplicateMap = workspaceOperation({
  permission: "maps.write",
  input: ZDuplicateMapInput,
  handler: async (ctx, input) => {
    const source = await getMapOrThrow({ workspaceId: ctx.workspaceId, mapId: input.mapId });
    const original = new Y.Doc();
    for (const update of await loadStoredUpdates(source.id)) Y.applyUpdate(original, update);
    const copy = new Y.Doc();
    copyMapContent(readMapContent(original), copy);
    original.destroy();
    const state = Y.encodeStateAsUpdate(copy);
    try {
      return await getDb().transaction(async (tx) => {
        const [map] = await tx
          .insert(journeyMaps)
          .values({
            workspaceId: ctx.workspaceId,
            name: input.name,
            // The persona may have been deleted since the source was read.
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
          action: "map.duplicated",
          details: { from: source.name, to: input.name },
        });
        return { mapId: map!.id };
      });
    } finally {
      copy.destroy();
    }
  },
});
