import { eq } from "drizzle-orm";
import * as Y from "yjs";
import { getDb } from "@/db/client";
import { auditEvents, journeyMaps, mapComments, mapDocuments, personas } from "@/db/schema";
import { readMapContent } from "@/lib/journey/map-document";
import { createPersona } from "@/lib/personas/create-persona";
import { createMap } from "@/lib/maps/create-map";
import type { TCreateMapInput } from "@/lib/maps/schemas";

/** Helpers for the map and persona integration tests; they go through the real operations. */
export async function createMapAs(userId: string, slug: string, input: Partial<TCreateMapInput> = {}) {
  const result = await createMap(userId, { slug }, { name: `Map ${crypto.randomUUID().slice(0, 6)}`, ...input });
  if (!result.ok) throw new Error(`createMap failed: ${result.error} ${JSON.stringify(result.fieldErrors)}`);
  return result.data.mapId;
}

export async function createPersonaAs(userId: string, slug: string, name = `Persona ${crypto.randomUUID().slice(0, 6)}`) {
  const result = await createPersona(userId, { slug }, { name, color: "#0e7490" });
  if (!result.ok) throw new Error(`createPersona failed: ${result.error}`);
  return result.data.personaId;
}

/** Everything a map operation could change in a workspace, for "nothing changed" assertions. */
export async function workspaceSnapshot(workspaceId: string) {
  const db = getDb();
  const maps = await db
    .select({ id: journeyMaps.id, name: journeyMaps.name, personaId: journeyMaps.personaId, archivedAt: journeyMaps.archivedAt, updatedAt: journeyMaps.updatedAt })
    .from(journeyMaps)
    .where(eq(journeyMaps.workspaceId, workspaceId));
  const documents = await db.select({ mapId: mapDocuments.mapId }).from(mapDocuments).where(eq(mapDocuments.workspaceId, workspaceId));
  const people = await db.select().from(personas).where(eq(personas.workspaceId, workspaceId));
  const audit = await db.select({ id: auditEvents.id }).from(auditEvents).where(eq(auditEvents.workspaceId, workspaceId));
  const comments = await db.select({ id: mapComments.id, version: mapComments.version }).from(mapComments).where(eq(mapComments.workspaceId, workspaceId));
  const byId = <T extends { id?: string; mapId?: string }>(a: T, b: T) => String(a.id ?? a.mapId).localeCompare(String(b.id ?? b.mapId));
  return { maps: maps.sort(byId), documents: documents.sort(byId), personas: people.sort(byId), audit: audit.length, comments: comments.sort(byId) };
}

/** The stored document of a map (compacted state only), as plain content. */
export async function storedContent(mapId: string) {
  const [row] = await getDb().select({ state: mapDocuments.state }).from(mapDocuments).where(eq(mapDocuments.mapId, mapId));
  const doc = new Y.Doc();
  if (row) Y.applyUpdate(doc, row.state);
  return readMapContent(doc);
}
