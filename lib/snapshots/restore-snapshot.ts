import "server-only";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { getMapOrThrow } from "@/lib/maps/get-map";
import { insertMapCopy } from "@/lib/maps/insert-map";
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
    return insertMapCopy(
      ctx,
      snapshot.content,
      { name: input.name, personaId: source.personaId, templateId: source.templateId },
      { action: "snapshot.restored", details: { from: snapshot.name, to: input.name } },
    );
  },
});
