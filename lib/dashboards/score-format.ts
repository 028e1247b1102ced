import type { createFormatter } from "next-intl";

export type ScoreMetric = "csat" | "nps" | "ces" | "responses";

/** The part of next-intl's formatter these need: the hooks pass useFormatter(), the PDF createFormatter(). */
export type NumberFormatter = Pick<ReturnType<typeof createFormatter>, "number">;

/** How each figure is written: CSAT "57.1 %", NPS "+33.3", CES "4.50", responses "1,234"; "—" without a value. */
export function formatScore(format: NumberFormatter, metric: ScoreMetric, value: number | null | undefined): string {
  if (value == null) return "—";
  if (metric === "csat") return `${format.number(value, { maximumFractionDigits: 1 })} %`;
  if (metric === "nps") return format.number(value, { maximumFractionDigits: 1, signDisplay: "exceptZero" });
  if (metric === "ces") return format.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return format.number(value);
}

/** The change from `previous` to `current`, signed, or "—" when either is missing. */
export function formatScoreDelta(
  format: NumberFormatter,
  metric: ScoreMetric,
  current: number | null | undefined,
  previous: number | null | undefined,
): string {
  if (current == null || previous == null) return "—";
  const digits = metric === "ces" ? 2 : metric === "responses" ? 0 : 1;
  return format.number(current - previous, { maximumFractionDigits: digits, signDisplay: "exceptZero" });
}
