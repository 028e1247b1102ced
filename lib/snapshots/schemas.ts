import { z } from "zod";
import { ZMapId, ZMapName } from "@/lib/maps/schemas";
import { ZQuarter } from "@/lib/reviews/schemas";

export const ZSnapshotName = z.string("REQUIRED").trim().min(1, "REQUIRED").max(120, "TOO_LONG");
export const ZSnapshotId = z.uuid("SNAPSHOT_NOT_FOUND");

export const ZCreateSnapshotInput = z.object({
  mapId: ZMapId,
  name: ZSnapshotName,
  /** Taken at this quarter's review: the snapshot is linked to it (and the review created). */
  quarter: z.preprocess((v) => (v === "" ? undefined : v), ZQuarter.optional()),
});
export const ZRestoreSnapshotInput = z.object({ mapId: ZMapId, snapshotId: ZSnapshotId, name: ZMapName });
