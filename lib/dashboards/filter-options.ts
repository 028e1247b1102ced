import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { journeyMaps, personas } from "@/db/schema";

/** The maps and personas a workspace dashboard can be filtered by; archived maps last. */
export async function getFilterOptions(ctx: { workspaceId: string }) {
  const db = getDb();
  const [maps, people] = await Promise.all([
    db
      .select({ id: journeyMaps.id, name: journeyMaps.name, archivedAt: journeyMaps.archivedAt })
      .from(journeyMaps)
      .where(eq(journeyMaps.workspaceId, ctx.workspaceId))
      .orderBy(asc(journeyMaps.name)),
    db.select({ id: personas.id, name: personas.name }).from(personas).where(eq(personas.workspaceId, ctx.workspaceId)).orderBy(asc(personas.name)),
  ]);
  return {
    maps: [...maps.filter((m) => !m.archivedAt), ...maps.filter((m) => m.archivedAt)].map(({ id, name, archivedAt }) => ({ id, name, archived: archivedAt !== null })),
    personas: people,
  };
}
