import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { journeyMaps, mapPhases, mapTouchpoints } from "@/db/schema";
import type { WorkspaceContext } from "@/lib/workspaces/authorize-workspace";

export type AlertSubjectMap = { id: string; name: string; phases: Array<{ id: string; name: string }>; touchpoints: Array<{ id: string; name: string }> };

/** What a rule can watch: the live maps, each with its phases and touchpoints, for the form's one select. */
export async function listAlertSubjects(ctx: WorkspaceContext): Promise<AlertSubjectMap[]> {
  const db = getDb();
  const [maps, phases, touchpoints] = await Promise.all([
    db.select({ id: journeyMaps.id, name: journeyMaps.name }).from(journeyMaps).where(and(eq(journeyMaps.workspaceId, ctx.workspaceId), isNull(journeyMaps.archivedAt))).orderBy(asc(journeyMaps.name)),
    db.select({ id: mapPhases.id, mapId: mapPhases.mapId, name: mapPhases.name }).from(mapPhases).where(and(eq(mapPhases.workspaceId, ctx.workspaceId), isNull(mapPhases.deletedAt))).orderBy(asc(mapPhases.position)),
    db
      .select({ id: mapTouchpoints.id, mapId: mapTouchpoints.mapId, name: mapTouchpoints.name })
      .from(mapTouchpoints)
      .where(and(eq(mapTouchpoints.workspaceId, ctx.workspaceId), isNull(mapTouchpoints.deletedAt)))
      .orderBy(asc(mapTouchpoints.position)),
  ]);
  return maps.map((m) => ({
    ...m,
    phases: phases.filter((p) => p.mapId === m.id).map(({ id, name }) => ({ id, name })),
    touchpoints: touchpoints.filter((t) => t.mapId === m.id).map(({ id, name }) => ({ id, name })),
  }));
}
