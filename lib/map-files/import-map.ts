import "server-only";
import * as Y from "yjs";
import { z } from "zod";
import { getDb } from "@/db/client";
import { journeyMaps, mapDocuments } from "@/db/schema";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors/app-error";
import { copyMapContent } from "@/lib/maps/copy-map-content";
import { insertProjection } from "@/lib/maps/insert-projection";
import { MAP_FILE_MAX_BYTES, mapFileContent, ZMapFile } from "./map-file";

export const ZImportMapInput = z.object({
  /** The file's text, as read by the browser. */
  file: z.string("INVALID_MAP_FILE").max(MAP_FILE_MAX_BYTES, "MAP_FILE_TOO_LARGE"),
  /** Overrides the name in the file when given. */
  name: z.preprocess((v) => (v === "" ? undefined : v), z.string().trim().min(1, "REQUIRED").max(120, "TOO_LONG").optional()),
});

function parseMapFile(text: string) {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError("INVALID_INPUT", "INVALID_MAP_FILE", { file: ["INVALID_MAP_FILE"] });
  }
  const parsed = ZMapFile.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join(".") ?? "";
    throw new AppError("INVALID_INPUT", "INVALID_MAP_FILE", { file: ["INVALID_MAP_FILE"], ...(where ? { [`file.${where}`]: ["INVALID_MAP_FILE"] } : {}) });
  }
  return parsed.data;
}

/**
 * Creates a map from an exported JSON file: validated in full, then written with fresh
 * ids (as a duplicate is) with its document and projection in one transaction. Items
 * whose step or lane is not in the file are left out, as copyMapContent does.
 */
export const importMap = workspaceOperation({
  permission: "maps.write",
  input: ZImportMapInput,
  handler: async (ctx, input) => {
    const file = parseMapFile(input.file);
    const name = input.name ?? file.name;
    const doc = new Y.Doc();
    try {
      copyMapContent(mapFileContent(file), doc);
      const state = Y.encodeStateAsUpdate(doc);
      return await getDb().transaction(async (tx) => {
        const [map] = await tx
          .insert(journeyMaps)
          .values({ workspaceId: ctx.workspaceId, name, createdById: ctx.userId, lastEditedById: ctx.userId })
          .returning({ id: journeyMaps.id });
        await tx.insert(mapDocuments).values({ mapId: map!.id, workspaceId: ctx.workspaceId, state });
        await insertProjection(tx, { mapId: map!.id, workspaceId: ctx.workspaceId }, doc);
        await recordAuditEvent(tx, { workspaceId: ctx.workspaceId, actorId: ctx.userId, action: "map.imported", details: { name } });
        return { mapId: map!.id };
      });
    } finally {
      doc.destroy();
    }
  },
});
