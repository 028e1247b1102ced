import "server-only";
import { z } from "zod";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { getMapOrThrow } from "@/lib/maps/get-map";
import { ZMapId } from "@/lib/maps/schemas";
import { type DashboardFilters, scopeFromFilters, ZDashboardFilters } from "./filters";
import { loadDashboard } from "./load-dashboard";

/**
 * One map's dashboard: the map must be of the caller's workspace (NOT_FOUND otherwise,
 * like a map that does not exist). The persona filter does not apply to one map.
 */
export async function loadMapDashboard(ctx: { workspaceId: string }, mapId: string, filters: DashboardFilters) {
  const map = await getMapOrThrow({ workspaceId: ctx.workspaceId, mapId });
  const dashboard = await loadDashboard(ctx, { ...scopeFromFilters(filters), personaId: undefined, mapId: map.id }, filters.by);
  return { map, dashboard };
}

/** The workspace dashboard for a member with evidence.read (pages authorize with loadWorkspacePage, the CSV route and tests with this). */
export const getWorkspaceDashboard = workspaceOperation({
  permission: "evidence.read",
  input: ZDashboardFilters,
  handler: (ctx, filters) => loadDashboard(ctx, scopeFromFilters(filters), filters.by),
});

export const ZMapDashboardInput = z.object({ mapId: ZMapId, filters: ZDashboardFilters });

export const getMapDashboard = workspaceOperation({
  permission: "evidence.read",
  input: ZMapDashboardInput,
  handler: async (ctx, input) => (await loadMapDashboard(ctx, input.mapId, input.filters)).dashboard,
});
