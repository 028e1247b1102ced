import type { KpiStatus } from "../kpi-status";

export type KpiStatusCounts = Record<KpiStatus | "unmeasured", number>;

/** Per touchpoint or phase id, how many of its KPIs are on, near or off target (or not measured yet): the card badge. */
export function summariseKpiStatus(
  kpis: Array<{ touchpointId: string | null; phaseId: string | null; latest: { status: KpiStatus } | null }>,
): Record<string, KpiStatusCounts> {
  const out: Record<string, KpiStatusCounts> = {};
  for (const kpi of kpis) {
    const subject = kpi.touchpointId ?? kpi.phaseId;
    if (!subject) continue;
    const counts = (out[subject] ??= { on: 0, near: 0, off: 0, unmeasured: 0 });
    counts[kpi.latest?.status ?? "unmeasured"] += 1;
  }
  return out;
}
