import "server-only";
import { and, asc, desc, eq, ilike, isNotNull, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { journeyMaps, personas, users } from "@/db/schema";
import type { WorkspaceContext } from "@/lib/workspaces/authorize-workspace";
import { containsPattern } from "./like-pattern";
import type { TListMapsQuery } from "./schemas";

const editor = alias(users, "last_editor");

/**
 * The workspace's maps for the list page: active or archived, optionally filtered by a
 * name search, newest edit first or by name. Never reads the document state.
 */
export async function listMaps(ctx: Pick<WorkspaceContext, "workspaceId">, query: TListMapsQuery) {
  const conditions = [
    eq(journeyMaps.workspaceId, ctx.workspaceId),
    query.status === "archived" ? isNotNull(journeyMaps.archivedAt) : isNull(journeyMaps.archivedAt),
  ];
  if (query.q) conditions.push(ilike(journeyMaps.name, containsPattern(query.q)));
  return getDb()
    .select({
      id: journeyMaps.id,
      name: journeyMaps.name,
      templateId: journeyMaps.templateId,
      archivedAt: journeyMaps.archivedAt,
      updatedAt: journeyMaps.updatedAt,
      persona: { id: personas.id, name: personas.name, color: personas.color },
      lastEditor: { name: editor.name, email: editor.email },
    })
    .from(journeyMaps)
    // The persona join also checks the workspace, so a stray foreign id could never show another tenant's persona.
    .leftJoin(personas, and(eq(personas.id, journeyMaps.personaId), eq(personas.workspaceId, journeyMaps.workspaceId)))
    .leftJoin(editor, eq(editor.id, journeyMaps.lastEditedById))
    .where(and(...conditions))
    .orderBy(
      ...(query.sort === "name"
        ? [asc(sql`lower(${journeyMaps.name})`), desc(journeyMaps.updatedAt)]
        : [desc(journeyMaps.updatedAt), asc(journeyMaps.name)]),
    )
    .limit(500);
}
export type MapListItem = Awaited<ReturnType<typeof listMaps>>[number];
