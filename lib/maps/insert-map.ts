import "server-only";
import * as Y from "yjs";
import { type DbOrTx, getDb } from "@/db/client";
import { type AuditAction, journeyMaps, mapDocuments } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { MapContent } from "@/lib/journey/map-document";
import { lockPersona } from "@/lib/personas/get-persona";
import type { WorkspaceContext } from "@/lib/workspaces/authorize-workspace";
import { copyMapContent } from "./copy-map-content";
import { insertProjection } from "./insert-projection";

type Actor = Pick<WorkspaceContext, "workspaceId" | "userId">;
type NewMap = { name: string; personaId: string | null; templateId: string | null };
type Audit = { action: AuditAction; details: Record<string, string> };

/**
 * Writes a new map's row, its document and projection, and the audit event, in the
 * caller's transaction, so a map never exists without a document.
 */
export async function insertMap(tx: DbOrTx, ctx: Actor, values: NewMap, doc: Y.Doc, audit: Audit): Promise<{ mapId: string }> {
  const [map] = await tx
    .insert(journeyMaps)
    .values({ workspaceId: ctx.workspaceId, ...values, createdById: ctx.userId, lastEditedById: ctx.userId })
    .returning({ id: journeyMaps.id });
  await tx.insert(mapDocuments).values({ mapId: map!.id, workspaceId: ctx.workspaceId, state: Y.encodeStateAsUpdate(doc) });
  await insertProjection(tx, { mapId: map!.id, workspaceId: ctx.workspaceId }, doc);
  await recordAuditEvent(tx, { workspaceId: ctx.workspaceId, actorId: ctx.userId, ...audit });
  return { mapId: map!.id };
}

/**
 * Creates a map holding a copy of `content` with fresh ids (see copyMapContent): duplicate,
 * snapshot restore and JSON import. The persona is kept only if the workspace still has it
 * (it may have been deleted since the source was read).
 */
export async function insertMapCopy(ctx: Actor, content: MapContent, values: NewMap, audit: Audit): Promise<{ mapId: string }> {
  const doc = new Y.Doc();
  try {
    copyMapContent(content, doc);
    return await getDb().transaction(async (tx) => {
      const personaId = await lockPersona(tx, ctx.workspaceId, values.personaId);
      return insertMap(tx, ctx, { ...values, personaId }, doc, audit);
    });
  } finally {
    doc.destroy();
  }
}
