import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { journeyMaps } from "@/db/schema";
import { AppError } from "@/lib/errors/app-error";
import { hasPermission, type Role } from "@/lib/permissions/roles";
import { authorizeWorkspace } from "@/lib/workspaces/authorize-workspace";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type MapAccess = { userId: string; mapId: string; workspaceId: string; role: Role; readOnly: boolean };

/**
 * Who may open a map's document, decided from the database: the map's workspace comes
 * from the map row, the role from the membership (never from a token or the client).
 * An unknown map and a map of a workspace the user is not in both give NOT_FOUND.
 */
export async function authorizeMapAccess(args: { userId: string | null | undefined; mapId: string }): Promise<MapAccess> {
  if (!args.userId) throw new AppError("UNAUTHORIZED");
  if (!UUID.test(args.mapId)) throw new AppError("NOT_FOUND");
  const [map] = await getDb()
    .select({ workspaceId: journeyMaps.workspaceId })
    .from(journeyMaps)
    .where(eq(journeyMaps.id, args.mapId))
    .limit(1);
  if (!map) throw new AppError("NOT_FOUND");
  const ctx = await authorizeWorkspace({ userId: args.userId, workspace: { id: map.workspaceId }, permission: "maps.read" });
  return {
    userId: args.userId,
    mapId: args.mapId,
    workspaceId: ctx.workspaceId,
    role: ctx.role,
    readOnly: !hasPermission(ctx.role, "maps.write"),
  };
}

export const isUuid = (value: string) => UUID.test(value);
