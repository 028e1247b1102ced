import "server-only";
import { listMaps } from "@/lib/maps/list-maps";
import type { WorkspaceContext } from "@/lib/workspaces/authorize-workspace";

/**
 * The evidence pages work on one map at a time: the one named in `?map=` when it is an
 * active map of this workspace, else the one this browser chose last (evidence-map-cookie.ts),
 * else the first by name (none when there are no maps).
 */
export async function chooseEvidenceMap(ctx: WorkspaceContext, wanted: string | string[] | undefined, remembered?: string) {
  const maps = (await listMaps(ctx, { q: "", sort: "name", status: "active" })).map(({ id, name }) => ({ id, name }));
  // The URL's map first, then the one last chosen in this browser (only if it is one of this workspace's live maps).
  return { maps, map: maps.find((m) => m.id === wanted) ?? maps.find((m) => m.id === remembered) ?? maps[0] ?? null };
}
