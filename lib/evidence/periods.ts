import type { KPI_PERIOD_KINDS } from "@/db/schema/evidence";

export type PeriodKind = (typeof KPI_PERIOD_KINDS)[number];

const MONTH = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
const QUARTER = /^(\d{4})-?Q([1-4])$/i;

/**
 * The first day ("YYYY-MM-01") of the month or quarter that `input` falls in. Accepts
 * "2026-05", "2026-05-17" and, for quarters, "2026-Q2"; null for anything else, so a
 * value is always stored under its period's canonical start.
 */
export function toPeriodStart(input: string, kind: PeriodKind): string | null {
  const text = input.trim();
  const q = QUARTER.exec(text);
  if (q) {
    if (kind !== "quarter") return null;
    return `${q[1]}-${String((Number(q[2]) - 1) * 3 + 1).padStart(2, "0")}-01`;
  }
  const m = MONTH.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] !== undefined) {
    const day = Number(m[3]);
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > last) return null;
  }
  const startMonth = kind === "quarter" ? Math.floor((month - 1) / 3) * 3 + 1 : month;
  return `${m[1]}-${String(startMonth).padStart(2, "0")}-01`;
}

/**
 * How `input` is written: "2026-Q2" is a quarter, "2026-05" and "2026-05-17" are months;
 * null for anything else. Imports use it to insist a period matches its KPI, where the
 * hand-entry form lets a month stand for its quarter.
 */
export function writtenPeriodKind(input: string): PeriodKind | null {
  const text = input.trim();
  if (QUARTER.test(text)) return "quarter";
  return MONTH.test(text) ? "month" : null;
}

/** "2026-04" for a month, "2026-Q2" for a quarter: how a period is shown and exported. */
export function periodLabel(periodStart: string, kind: PeriodKind): string {
  const [year, month] = periodStart.split("-");
  if (kind === "month") return `${year}-${month}`;
  return `${year}-Q${Math.floor((Number(month) - 1) / 3) + 1}`;
}
