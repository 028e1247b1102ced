import "server-only";
import { getDb } from "@/db/client";
import { mapSnapshots } from "@/db/schema";

/**
 * Keeps the map as it was just before one update deleted most of it, listed under
 * Snapshots with the others so it can be restored in two clicks. The connection that
 * sent the update was already authorized to write this map.
 */
export async function storeAutomaticSnapshot(args: {
  mapId: string;
  workspaceId: string;
  userId: string;
  userName: string;
  state: Uint8Array;
}): Promise<void> {
  const when = new Date().toISOString().slice(0, 16).replace("T", " ");
  await getDb()
    .insert(mapSnapshots)
    .values({
      mapId: args.mapId,
      workspaceId: args.workspaceId,
      name: `Before a large deletion by ${args.userName || "an editor"} (${when} UTC)`,
      state: args.state,
      createdById: args.userId,
    });
}
