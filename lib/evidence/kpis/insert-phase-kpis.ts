import "server-only";
import type { DbOrTx } from "@/db/client";
import { kpis } from "@/db/schema";
import type { TemplateKpiRow } from "@/lib/journey/templates/apply-template";

/** Writes a new map's phase KPIs from its template (with the ids its KPI cards name), in the transaction that creates the map. */
export async function insertPhaseKpis(tx: DbOrTx, map: { workspaceId: string; mapId: string }, rows: TemplateKpiRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.insert(kpis).values(rows.map((row) => ({ ...row, workspaceId: map.workspaceId, mapId: map.mapId })));
}
