import { z } from "zod";
import { CSV_FIELDS } from "../feedback/schemas";
import { IMPORT_CHUNK_ROWS } from "./csv-file";

export const ZStartImportInput = z.object({
  mapId: z.uuid("MAP_NOT_FOUND"),
  fileName: z.string().trim().max(200).default(""),
});

/** One cell as sent by the browser; generous, the row schema judges the content. */
const ZCell = z.string().max(20_000, "TOO_LONG").optional();

/** A chunk of mapped rows; `startRow` is the file's line number of the first one (the header is line 1). */
export const ZStageRowsInput = z.object({
  startRow: z.number().int().min(2),
  rows: z
    .array(z.object(Object.fromEntries(CSV_FIELDS.map((f) => [f, ZCell])) as Record<(typeof CSV_FIELDS)[number], typeof ZCell>))
    .min(1)
    .max(IMPORT_CHUNK_ROWS, "CHUNK_TOO_LARGE"),
});
export type TStageRowsInput = z.infer<typeof ZStageRowsInput>;
