import type { KPI_DIRECTIONS } from "@/db/schema/evidence";

export type KpiDirection = (typeof KPI_DIRECTIONS)[number];
export type KpiStatus = "on" | "near" | "off";
export type KpiRule = { direction: KpiDirection; target: number; tolerance: number };

/**
 * How a measured value stands against the KPI's target. The tolerance is absolute, in
 * the KPI's unit: on the good side of the target (or at it) is "on"; on the wrong side
 * by at most the tolerance is "near"; further is "off". A tiny relative epsilon keeps
 * decimal values such as 0.7 + 0.1 from being judged by binary rounding.
 */
export function kpiStatus(rule: KpiRule, value: number | null | undefined): KpiStatus | null {
  if (value == null || !Number.isFinite(value)) return null;
  const shortfall = rule.direction === "higher" ? rule.target - value : value - rule.target;
  const epsilon = 1e-9 * Math.max(1, Math.abs(rule.target), Math.abs(value));
  if (shortfall <= epsilon) return "on";
  if (shortfall <= Math.max(0, rule.tolerance) + epsilon) return "near";
  return "off";
}

/** The status of the most recent period's value, or null when nothing was measured yet. */
export function latestKpiStatus(
  rule: KpiRule,
  values: Array<{ periodStart: string; value: number }>,
): { periodStart: string; value: number; status: KpiStatus } | null {
  let latest: { periodStart: string; value: number } | null = null;
  for (const v of values) if (!latest || v.periodStart > latest.periodStart) latest = v;
  if (!latest) return null;
  return { periodStart: latest.periodStart, value: latest.value, status: kpiStatus(rule, latest.value)! };
}
