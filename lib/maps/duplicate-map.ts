import "server-only";
import * as Y from "yjs";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { loadStoredUpdates } from "@/lib/collab/server/persistence";
import { readMapContent } from "@/lib/journey/map-document";
import { getMapOrThrow } from "./get-map";
import { insertMapCopy } from "./insert-map";
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
    const content = readMapContent(original);
    original.destroy();
    return insertMapCopy(
      ctx,
      content,
      { name: input.name, personaId: source.personaId, templateId: source.templateId },
      { action: "map.duplicated", details: { from: source.name, to: input.name } },
    );
  },
});
