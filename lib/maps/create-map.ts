import "server-only";
import { getDb } from "@/db/client";
import { journeyMaps, mapDocuments } from "@/db/schema";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import * as Y from "yjs";
import { buildMapDocument } from "@/lib/journey/templates/new-map-state";
import { assertPersonaInWorkspace } from "@/lib/personas/get-persona";
import { insertProjection } from "./insert-projection";
import { mapLanguage } from "./language";
import { ZCreateMapInput } from "./schemas";

/**
 * Creates a map, blank or from a built-in template, with its document and projection in
 * one transaction, so a map never exists without a document. The persona must be one of
 * the caller's workspace.
 */
export const createMap = workspaceOperation({
  permission: "maps.write",
  input: ZCreateMapInput,
  handler: async (ctx, input) => {
    const doc = buildMapDocument(input.starter, mapLanguage(ctx, input.language));
    const state = Y.encodeStateAsUpdate(doc);
    return getDb().transaction(async (tx) => {
      await assertPersonaInWorkspace(tx, ctx.workspaceId, input.personaId);
      const [map] = await tx
        .insert(journeyMaps)
        .values({
          workspaceId: ctx.workspaceId,
          name: input.name,
          personaId: input.personaId,
          templateId: input.starter === "blank" ? null : input.starter,
          createdById: ctx.userId,
          lastEditedById: ctx.userId,
        })
        .returning({ id: journeyMaps.id });
      await tx.insert(mapDocuments).values({ mapId: map!.id, workspaceId: ctx.workspaceId, state });
      await insertProjection(tx, { mapId: map!.id, workspaceId: ctx.workspaceId }, doc);
      await recordAuditEvent(tx, { workspaceId: ctx.workspaceId, actorId: ctx.userId, action: "map.created", details: { name: input.name } });
      return { mapId: map!.id };
    });
  },
});
