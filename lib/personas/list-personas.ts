import "server-only";
import { and, asc, count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { journeyMaps, personas } from "@/db/schema";
import type { WorkspaceContext } from "@/lib/workspaces/authorize-workspace";

/** The workspace's personas by name, each with how many maps are made for it. */
export async function listPersonas(ctx: Pick<WorkspaceContext, "workspaceId">) {
  return getDb()
    .select({
      id: personas.id,
      name: personas.name,
      description: personas.description,
      goals: personas.goals,
      needs: personas.needs,
      frustrations: personas.frustrations,
      color: personas.color,
      mapCount: count(journeyMaps.id),
    })
    .from(personas)
    .leftJoin(journeyMaps, and(eq(journeyMaps.personaId, personas.id), eq(journeyMaps.workspaceId, personas.workspaceId)))
    .where(eq(personas.workspaceId, ctx.workspaceId))
    .groupBy(personas.id)
    .orderBy(asc(personas.name), asc(personas.id));
}
export type PersonaListItem = Awaited<ReturnType<typeof listPersonas>>[number];
