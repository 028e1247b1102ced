"use client";
import { useFormatter } from "next-intl";
import type { Metric } from "./score-rows";

/** How each figure is written: CSAT "57.1 %", NPS "+33.3", CES "4.50", responses "1,234". */
export function useScoreFormat() {
  const format = useFormatter();
  return (metric: Metric, value: number | null | undefined): string => {
    if (value == null) return "—";
    if (metric === "csat") return `${format.number(value, { maximumFractionDigits: 1 })} %`;
    if (metric === "nps") return format.number(value, { maximumFractionDigits: 1, signDisplay: "exceptZero" });
    if (metric === "ces") return format.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    return format.number(value);
  };
}

/** The change from `previous` to `current`, signed, or "—" when either is missing. */
export function useDeltaFormat() {
  const format = useFormatter();
  return (metric: Metric, current: number | null | undefined, previous: number | null | undefined): string => {
    if (current == null || previous == null) return "—";
    const digits = metric === "ces" ? 2 : metric === "responses" ? 0 : 1;
    return format.number(current - previous, { maximumFractionDigits: digits, signDisplay: "exceptZero" });
  };
}
