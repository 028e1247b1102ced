import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { kpiValues } from "@/db/schema";
import { type KpiRule, kpiStatus, type KpiStatus } from "@/lib/evidence/kpi-status";
import { emitWebhookEvent, hasWebhookListener } from "./events";

type Kpi = KpiRule & { id: string; name: string; workspaceId: string; mapId: string };

/** The status of the KPI's latest period, as the dashboards judge it. */
export async function currentKpiStatus(kpi: Kpi): Promise<KpiStatus | null> {
  const [latest] = await getDb().select({ value: kpiValues.value }).from(kpiValues).where(eq(kpiValues.kpiId, kpi.id)).orderBy(desc(kpiValues.periodStart)).limit(1);
  return kpiStatus(kpi, latest?.value);
}

/** Runs a change to a KPI's values and sends "kpi.status_changed" when its status moved. */
export function withKpiStatusEvent<R>(kpi: Kpi, change: () => Promise<R>): Promise<R> {
  return withKpiStatusEvents([kpi], change);
}

/** The same for a change that may touch several KPIs (a CSV import): one event per KPI whose status moved. */
export async function withKpiStatusEvents<R>(list: Kpi[], change: () => Promise<R>): Promise<R> {
  // Two status reads per KPI are only worth it when someone listens.
  if (list.length === 0 || !(await hasWebhookListener(list[0]!.workspaceId, "kpi.status_changed"))) return change();
  const before = await Promise.all(list.map((k) => currentKpiStatus(k)));
  const result = await change();
  const after = await Promise.all(list.map((k) => currentKpiStatus(k)));
  for (const [i, kpi] of list.entries()) {
    if (after[i] === before[i]) continue;
    await emitWebhookEvent(kpi.workspaceId, "kpi.status_changed", { kpi_id: kpi.id, kpi_name: kpi.name, map_id: kpi.mapId, status: after[i], previous_status: before[i] });
  }
  return result;
}
