import type { Scores } from "@/lib/evidence/scores";
import type { TouchpointFigure } from "./by-touchpoint";
import type { KpiFigure } from "./kpi-overview";

/**
 * A touchpoint or phase whose CSAT fell by more than this many points quarter on quarter
 * is "what got worse" — on the portfolio, the map dashboard and the quarterly review alike.
 */
export const WORSENED_CSAT_POINTS = 5;

/** CSAT now minus CSAT before, in points; null unless both periods have CSAT answers. */
export function csatChange(now: Scores, before: Scores | undefined): number | null {
  return now.csat != null && before?.csat != null ? now.csat - before.csat : null;
}

export const isWorsened = (change: number | null) => change !== null && change < -WORSENED_CSAT_POINTS;

export type WorsenedTouchpoint = { figure: TouchpointFigure; previous: Scores; change: number };
export type KpiMovedOff = { figure: KpiFigure; previousStatus: "on" | "near" };
export type Worsening = { touchpoints: WorsenedTouchpoint[]; kpis: KpiMovedOff[] };

/**
 * What got worse between two periods of the same scope: touchpoints whose CSAT fell by
 * more than WORSENED_CSAT_POINTS (largest fall first), and KPIs that were on or near
 * target and are now off it. A KPI measured for the first time, or off in both periods,
 * did not "move"; it is in the KPI table, not here.
 */
export function findWorsening(
  current: { byTouchpoint: TouchpointFigure[]; kpis: KpiFigure[] },
  previous: { byTouchpoint: TouchpointFigure[]; kpis: KpiFigure[] },
): Worsening {
  const before = new Map(previous.byTouchpoint.map((f) => [f.touchpointId, f.scores]));
  const touchpoints = current.byTouchpoint
    .flatMap((figure) => {
      const earlier = before.get(figure.touchpointId);
      const change = earlier ? csatChange(figure.scores, earlier) : null;
      return earlier && change !== null && isWorsened(change) ? [{ figure, previous: earlier, change }] : [];
    })
    .sort((a, b) => a.change - b.change || a.figure.name.localeCompare(b.figure.name));
  const statusBefore = new Map(previous.kpis.map((k) => [k.kpiId, k.status]));
  const kpis = current.kpis.flatMap((figure) => {
    const was = statusBefore.get(figure.kpiId);
    return figure.status === "off" && (was === "on" || was === "near") ? [{ figure, previousStatus: was }] : [];
  });
  return { touchpoints, kpis };
}

/** The figures in the order "what got worse" first, the rest as they were. */
export function worseFirst<T>(items: T[], isWorse: (item: T) => boolean): T[] {
  return [...items.filter(isWorse), ...items.filter((i) => !isWorse(i))];
}
