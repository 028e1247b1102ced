import { formatScore as formatMeasure, intlFormatter } from "@/lib/dashboards/score-format";
import type { KpiStatus } from "../kpi-status";
import type { TKpiStatusCounts, TTouchpointScore } from "./evidence-schemas";

export type ScoreMetric = "csat" | "nps" | "ces";
export const SCORE_METRICS: readonly ScoreMetric[] = ["csat", "nps", "ces"];

/**
 * The score a touchpoint card leads with: CSAT when customers answered it, else NPS,
 * else CES — the same order normalisedScore uses for the tint, so the number on the
 * badge and the card's colour always tell the same story.
 */
export function primaryMetric(score: Pick<TTouchpointScore, ScoreMetric> | undefined): ScoreMetric | null {
  if (!score) return null;
  return SCORE_METRICS.find((m) => score[m] != null) ?? null;
}

/**
 * One score as the badge prints it, in the reader's locale: CSAT a whole percentage
 * ("82%"), NPS a whole number with its sign ("+35", "-20", "0"), CES one decimal ("5.4").
 */
export function formatScore(metric: ScoreMetric, value: number, locale: string): string {
  return formatMeasure(intlFormatter(locale), metric, value);
}

/** The badge's data attributes (for tests and tooling): raw numbers, empty when there is no score. */
export function scoreDataAttributes(score: TTouchpointScore | undefined) {
  const raw = (v: number | null | undefined) => (v == null ? "" : String(v));
  return {
    "data-responses": String(score?.responses ?? 0),
    "data-csat": raw(score?.csat),
    "data-nps": raw(score?.nps),
    "data-ces": raw(score?.ces),
  };
}

/**
 * The status a card's KPI chip shows for all of a touchpoint's KPIs: the worst measured
 * one (one KPI off target is what the team must see), "unmeasured" when none has a
 * value yet, null when the touchpoint has no KPIs.
 */
export function worstKpiStatus(counts: TKpiStatusCounts | undefined): KpiStatus | "unmeasured" | null {
  if (!counts) return null;
  if (counts.off > 0) return "off";
  if (counts.near > 0) return "near";
  if (counts.on > 0) return "on";
  return counts.unmeasured > 0 ? "unmeasured" : null;
}

/**
 * A card's look in the evidence view: its score's red-to-green tint; null — shown
 * greyed — for a touchpoint without scores (no answers yet, or comments only); undefined
 * when the card keeps its usual look (view off, not a touchpoint, scores not loaded yet).
 */
export function evidenceCardTint(args: {
  evidenceView: boolean;
  isTouchpoint: boolean;
  loaded: boolean;
  score: TTouchpointScore | undefined;
}): TTouchpointScore["tint"] | undefined {
  if (!args.evidenceView || !args.isTouchpoint || !args.loaded) return undefined;
  return args.score?.tint ?? null;
}
