import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { type DbOrTx, getDb } from "@/db/client";
import { mapPhases, mapTouchpoints } from "@/db/schema";
import { AppError } from "@/lib/errors/app-error";

/**
 * Lookups of the projected map parts evidence hangs on. Every query carries the
 * caller's workspace, so an id of another tenant is indistinguishable from an unknown
 * one (NOT_FOUND), and a touchpoint removed from its map no longer takes new evidence.
 */
export async function getTouchpointOrThrow(args: { workspaceId: string; touchpointId: string }, db: DbOrTx = getDb()) {
  const [row] = await db
    .select({ id: mapTouchpoints.id, mapId: mapTouchpoints.mapId, phaseId: mapTouchpoints.phaseId, name: mapTouchpoints.name })
    .from(mapTouchpoints)
    .where(
      and(
        eq(mapTouchpoints.workspaceId, args.workspaceId),
        eq(mapTouchpoints.id, args.touchpointId),
        isNull(mapTouchpoints.deletedAt),
      ),
    )
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", "TOUCHPOINT_NOT_FOUND", { touchpointId: ["TOUCHPOINT_NOT_FOUND"] });
  return row;
}

export async function getPhaseOrThrow(args: { workspaceId: string; phaseId: string }, db: DbOrTx = getDb()) {
  const [row] = await db
    .select({ id: mapPhases.id, mapId: mapPhases.mapId, name: mapPhases.name })
    .from(mapPhases)
    .where(and(eq(mapPhases.workspaceId, args.workspaceId), eq(mapPhases.id, args.phaseId), isNull(mapPhases.deletedAt)))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", "PHASE_NOT_FOUND", { phaseId: ["PHASE_NOT_FOUND"] });
  return row;
}

/** The live touchpoints among `ids` that belong to the workspace, by id, with their map and channel. */
export async function findLiveTouchpoints(args: { workspaceId: string; ids: string[] }, db: DbOrTx = getDb()) {
  const found = new Map<string, { mapId: string; channel: string | null }>();
  const unique = [...new Set(args.ids)];
  for (let i = 0; i < unique.length; i += 1000) {
    const rows = await db
      .select({ id: mapTouchpoints.id, mapId: mapTouchpoints.mapId, channel: mapTouchpoints.channel })
      .from(mapTouchpoints)
      .where(
        and(
          eq(mapTouchpoints.workspaceId, args.workspaceId),
          inArray(mapTouchpoints.id, unique.slice(i, i + 1000)),
          isNull(mapTouchpoints.deletedAt),
        ),
      );
    for (const row of rows) found.set(row.id, { mapId: row.mapId, channel: row.channel });
  }
  return found;
}

/** The live touchpoints of one map, in map order, for lists, imports and the API. */
export async function listMapTouchpoints(args: { workspaceId: string; mapId: string }, db: DbOrTx = getDb()) {
  return db
    .select({
      id: mapTouchpoints.id,
      name: mapTouchpoints.name,
      channel: mapTouchpoints.channel,
      phaseId: mapTouchpoints.phaseId,
      stepId: mapTouchpoints.stepId,
      position: mapTouchpoints.position,
      phaseName: mapPhases.name,
    })
    .from(mapTouchpoints)
    .leftJoin(mapPhases, and(eq(mapPhases.id, mapTouchpoints.phaseId), eq(mapPhases.workspaceId, mapTouchpoints.workspaceId)))
    .where(and(eq(mapTouchpoints.workspaceId, args.workspaceId), eq(mapTouchpoints.mapId, args.mapId), isNull(mapTouchpoints.deletedAt)))
    .orderBy(mapPhases.position, mapTouchpoints.position, mapTouchpoints.name);
}

export async function listMapPhases(args: { workspaceId: string; mapId: string }, db: DbOrTx = getDb()) {
  return db
    .select({ id: mapPhases.id, name: mapPhases.name, position: mapPhases.position })
    .from(mapPhases)
    .where(and(eq(mapPhases.workspaceId, args.workspaceId), eq(mapPhases.mapId, args.mapId), isNull(mapPhases.deletedAt)))
    .orderBy(mapPhases.position);
}
