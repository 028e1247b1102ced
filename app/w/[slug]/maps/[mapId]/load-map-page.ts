import "server-only";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors/app-error";
import { getMapOrThrow } from "@/lib/maps/get-map";
import type { Permission } from "@/lib/permissions/roles";
import { loadWorkspacePage } from "@/lib/workspaces/load-workspace-page";

/** A map page's check: the workspace permission, then the map within the workspace (404 otherwise). */
export async function loadMapPage(slug: string, mapId: string, permission: Permission, path: string) {
  const ctx = await loadWorkspacePage(slug, permission, path);
  const map = await getMapOrThrow({ workspaceId: ctx.workspaceId, mapId }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return { ctx, map };
}
