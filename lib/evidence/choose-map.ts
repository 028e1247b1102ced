import "server-only";
import { listMaps } from "@/lib/maps/list-maps";
import type { WorkspaceContext } from "@/lib/workspaces/authorize-workspace";

/**
 * The evidence pages work on one map at a time: the one named in `?map=` when it is an
 * active map of this workspace, else the first by name (none when there are no maps).
 */
export async function chooseEvidenceMap(ctx: WorkspaceContext, wanted: string | string[] | undefined) {
  const maps = (await listMaps(ctx, { q: "", sort: "name", status: "active" })).map(({ id, name }) => ({ id, name }));
  return { maps, map: maps.find((m) => m.id === wanted) ?? maps[0] ?? null };
}
