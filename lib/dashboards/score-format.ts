import type { createFormatter } from "next-intl";

export type ScoreMetric = "csat" | "nps" | "ces" | "responses";

/** The part of next-intl's formatter these need: the hooks pass useFormatter(), the PDF createFormatter(). */
export type NumberFormatter = Pick<ReturnType<typeof createFormatter>, "number">;

/** A formatter for plain Intl, where next-intl is not at hand (badges, CSV). */
export const intlFormatter = (locale: string): NumberFormatter => ({
  number: ((value: number, options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options).format(value)) as NumberFormatter["number"],
});

/**
 * The one rounding of each measure, for every place a figure is shown or exported (page,
 * CSV, PNG, PDF): CSAT a whole percentage, NPS a whole number from −100 to 100, CES one
 * decimal, responses whole.
 */
export function roundScore(metric: ScoreMetric, value: number): number {
  if (metric === "ces") return Math.round(value * 10) / 10;
  return Math.round(value);
}

/** How each figure is written: CSAT "57%", NPS "+33", CES "4.5", responses "1,234"; "—" without a value. */
export function formatScore(format: NumberFormatter, metric: ScoreMetric, value: number | null | undefined): string {
  if (value == null) return "—";
  const v = roundScore(metric, value);
  if (metric === "csat") return format.number(v / 100, { style: "percent", maximumFractionDigits: 0 });
  if (metric === "nps") return format.number(v, { maximumFractionDigits: 0, signDisplay: "exceptZero" });
  if (metric === "ces") return format.number(v, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return format.number(v, { maximumFractionDigits: 0 });
}

/** The change from `previous` to `current` as the two rounded figures differ, signed, or "—" when either is missing. */
export function formatScoreDelta(
  format: NumberFormatter,
  metric: ScoreMetric,
  current: number | null | undefined,
  previous: number | null | undefined,
): string {
  if (current == null || previous == null) return "—";
  // The difference of what is shown, so "57%" against "50%" reads "+7", never "+6".
  const delta = roundScore(metric, roundScore(metric, current) - roundScore(metric, previous));
  const digits = metric === "ces" ? 1 : 0;
  return format.number(delta, { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: "exceptZero" });
}

/**
 * The emotion gap's one sign convention: assumed minus measured. Positive, the team thinks
 * the step feels better than customers say (more optimistic); negative, worse (more
 * pessimistic). Written with one decimal, and always with these words beside it.
 */
export type GapDirection = "optimistic" | "pessimistic" | "even";

export function gapDirection(gap: number): GapDirection {
  const rounded = Math.round(gap * 10) / 10;
  return rounded > 0 ? "optimistic" : rounded < 0 ? "pessimistic" : "even";
}

export function formatGap(format: NumberFormatter, gap: number): string {
  return format.number(Math.round(gap * 10) / 10, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: "exceptZero" });
}

/** An emotion value (−2…+2) as written beside the gap: signed, one decimal. */
export function formatEmotion(format: NumberFormatter, value: number): string {
  return formatGap(format, value);
}
