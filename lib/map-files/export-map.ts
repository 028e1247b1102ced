import "server-only";
import { errorResponse } from "@/lib/api/error-response";
import { getMapOrThrow } from "@/lib/maps/get-map";
import { contentOfState, loadMapState } from "@/lib/snapshots/map-state";
import { authorizeWorkspace } from "@/lib/workspaces/authorize-workspace";
import { toMapFile } from "./map-file";

/** The stored map as a MapFile, for a member with maps.read; another workspace's map is NOT_FOUND. */
export async function exportMapFile(ctx: { workspaceId: string }, mapId: string) {
  const map = await getMapOrThrow({ workspaceId: ctx.workspaceId, mapId });
  return toMapFile(map.name, contentOfState(await loadMapState(map.id)));
}

/** GET /w/<slug>/maps/<mapId>/export/json — the map as a JSON download. */
export async function mapFileResponse(args: { userId: string | null; slug: string; mapId: string }): Promise<Response> {
  try {
    const ctx = await authorizeWorkspace({ userId: args.userId, workspace: { slug: args.slug }, permission: "maps.read" });
    const file = await exportMapFile(ctx, args.mapId);
    const fileName = `${file.name.replace(/[^\p{L}\p{N}._-]+/gu, "-").slice(0, 80) || "map"}.journeyboard.json`;
    return new Response(JSON.stringify(file, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="map.journeyboard.json"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
