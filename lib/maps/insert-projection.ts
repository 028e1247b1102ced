import "server-only";
import type * as Y from "yjs";
import type { DbOrTx } from "@/db/client";
import { mapOpportunities, mapPhases, mapSteps, mapTouchpoints } from "@/db/schema";
import { projectionRows } from "@/lib/collab/server/projection-rows";

/**
 * Writes the projection rows of a brand-new map's document, in the transaction that
 * creates the map, so evidence can attach to a template's touchpoints (and the opportunity
 * matrix list its opportunities) before anyone has opened the map. Later changes are projected by the collaboration server; the ids are
 * fresh, so plain inserts cannot collide with another map's rows.
 */
export async function insertProjection(db: DbOrTx, map: { mapId: string; workspaceId: string }, doc: Y.Doc): Promise<void> {
  const rows = projectionRows(doc);
  const base = { mapId: map.mapId, workspaceId: map.workspaceId };
  if (rows.phases.length) await db.insert(mapPhases).values(rows.phases.map((r) => ({ ...r, ...base })));
  if (rows.steps.length) await db.insert(mapSteps).values(rows.steps.map((r) => ({ ...r, ...base })));
  if (rows.touchpoints.length) await db.insert(mapTouchpoints).values(rows.touchpoints.map((r) => ({ ...r, ...base })));
  // Opportunities too, so the opportunity matrix lists a template's before anyone opens the map.
  if (rows.opportunities.length) await db.insert(mapOpportunities).values(rows.opportunities.map((r) => ({ ...r, ...base })));
}
