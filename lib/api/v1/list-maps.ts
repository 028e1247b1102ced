import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { journeyMaps, mapTouchpoints } from "@/db/schema";
import { AppError } from "@/lib/errors/app-error";
import { listMapTouchpoints } from "@/lib/evidence/subjects";
import type { ApiKeyContext } from "../keys/resolve-api-key";
import type { TApiMapList, TApiTouchpointList } from "./response-schemas";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** GET /api/v1/maps — the key's workspace's maps with their live touchpoint count. */
export async function listMapsApi(api: ApiKeyContext) {
  const rows = await getDb()
    .select({
      id: journeyMaps.id,
      name: journeyMaps.name,
      archivedAt: journeyMaps.archivedAt,
      updatedAt: journeyMaps.updatedAt,
      touchpoints: sql<number>`count(${mapTouchpoints.id})::int`,
    })
    .from(journeyMaps)
    .leftJoin(
      mapTouchpoints,
      and(eq(mapTouchpoints.mapId, journeyMaps.id), eq(mapTouchpoints.workspaceId, journeyMaps.workspaceId), isNull(mapTouchpoints.deletedAt)),
    )
    .where(eq(journeyMaps.workspaceId, api.workspaceId))
    .groupBy(journeyMaps.id)
    .orderBy(asc(journeyMaps.name));
  return {
    data: rows.map((m) => ({
      id: m.id,
      name: m.name,
      archived: m.archivedAt !== null,
      touchpoint_count: m.touchpoints,
      updated_at: m.updatedAt.toISOString(),
    })),
  } satisfies TApiMapList;
}

/** GET /api/v1/maps/{id}/touchpoints — a map of the key's workspace, else 404. */
export async function listMapTouchpointsApi(api: ApiKeyContext, mapId: string) {
  if (!UUID.test(mapId)) throw new AppError("NOT_FOUND", "MAP_NOT_FOUND");
  const [map] = await getDb()
    .select({ id: journeyMaps.id })
    .from(journeyMaps)
    .where(and(eq(journeyMaps.workspaceId, api.workspaceId), eq(journeyMaps.id, mapId)))
    .limit(1);
  if (!map) throw new AppError("NOT_FOUND", "MAP_NOT_FOUND");
  const touchpoints = await listMapTouchpoints({ workspaceId: api.workspaceId, mapId });
  return {
    data: touchpoints.map((t) => ({
      id: t.id,
      name: t.name,
      channel: t.channel,
      phase_id: t.phaseId,
      phase_name: t.phaseName,
      step_id: t.stepId,
    })),
  } satisfies TApiTouchpointList;
}
