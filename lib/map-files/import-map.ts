import "server-only";
import { z } from "zod";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { AppError } from "@/lib/errors/app-error";
import { insertMapCopy } from "@/lib/maps/insert-map";
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
    return insertMapCopy(ctx, mapFileContent(file), { name, personaId: null, templateId: null }, { action: "map.imported", details: { name } });
  },
});
