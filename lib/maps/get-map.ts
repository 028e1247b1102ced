import "server-only";
import { and, eq } from "drizzle-orm";
import { type DbOrTx, getDb } from "@/db/client";
import { journeyMaps } from "@/db/schema";
import { AppError } from "@/lib/errors/app-error";

/** A map's metadata columns: everything but the document, which lists and menus never need. */
export const MAP_COLUMNS = {
  id: journeyMaps.id,
  workspaceId: journeyMaps.workspaceId,
  name: journeyMaps.name,
  personaId: journeyMaps.personaId,
  templateId: journeyMaps.templateId,
  createdById: journeyMaps.createdById,
  lastEditedById: journeyMaps.lastEditedById,
  archivedAt: journeyMaps.archivedAt,
  createdAt: journeyMaps.createdAt,
  updatedAt: journeyMaps.updatedAt,
};

/**
 * The map `mapId` of workspace `workspaceId`, or NOT_FOUND: a map of another workspace
 * is indistinguishable from one that does not exist.
 */
export async function getMapOrThrow(args: { workspaceId: string; mapId: string }, db: DbOrTx = getDb()) {
  const [map] = await db
    .select(MAP_COLUMNS)
    .from(journeyMaps)
    .where(and(eq(journeyMaps.workspaceId, args.workspaceId), eq(journeyMaps.id, args.mapId)))
    .limit(1);
  if (!map) throw new AppError("NOT_FOUND", "MAP_NOT_FOUND");
  return map;
}
export type MapRow = Awaited<ReturnType<typeof getMapOrThrow>>;
