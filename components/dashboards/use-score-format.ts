"use client";
import { useFormatter } from "next-intl";
import { formatScore, formatScoreDelta } from "@/lib/dashboards/score-format";
import type { Metric } from "./score-rows";

/** How each figure is written: CSAT "57.1 %", NPS "+33.3", CES "4.50", responses "1,234". */
export function useScoreFormat() {
  const format = useFormatter();
  return (metric: Metric, value: number | null | undefined): string => formatScore(format, metric, value);
}

/** The change from `previous` to `current`, signed, or "—" when either is missing. */
export function useDeltaFormat() {
  const format = useFormatter();
  return (metric: Metric, current: number | null | undefined, previous: number | null | undefined): string =>
    formatScoreDelta(format, metric, current, previous);
}
