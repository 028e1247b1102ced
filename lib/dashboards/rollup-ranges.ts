import type { RollupGrain } from "@/db/schema/dashboards";

/** A run of rollup rows of one grain, by period start, inclusive; an open end is undefined. */
export type RollupRange = { grain: RollupGrain; from?: string; to?: string };

const pad = (n: number) => String(n).padStart(2, "0");
const parts = (day: string) => day.split("-").map(Number) as [number, number, number];
const monthStart = (day: string) => `${day.slice(0, 7)}-01`;
function monthEnd(day: string): string {
  const [y, m] = parts(day);
  return `${y}-${pad(m)}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
}
function addMonths(day: string, by: number): string {
  const [y, m] = parts(day);
  const index = y * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}-01`;
}

/**
 * Which rollup rows cover the calendar days from..to (inclusive, either end open): the
 * month rows of every whole month, and day rows only for the ragged ends — a quarter or
 * "all time" reads month rows alone. Every day of the period is covered exactly once.
 */
export function rollupRanges(from?: string, to?: string): RollupRange[] {
  if (!from && !to) return [{ grain: "month" }];
  const ranges: RollupRange[] = [];
  const headIsPartial = from !== undefined && from !== monthStart(from);
  const tailIsPartial = to !== undefined && to !== monthEnd(to);
  const firstWhole = from === undefined ? undefined : headIsPartial ? addMonths(from, 1) : from;
  const lastWhole = to === undefined ? undefined : tailIsPartial ? addMonths(to, -1) : monthStart(to);
  if (!(firstWhole && lastWhole && firstWhole > lastWhole)) ranges.push({ grain: "month", from: firstWhole, to: lastWhole });
  const sameMonth = from !== undefined && to !== undefined && monthStart(from) === monthStart(to);
  if (headIsPartial) ranges.push({ grain: "day", from, to: to !== undefined && to < monthEnd(from) ? to : monthEnd(from) });
  // Within one month a partial head already reached `to`.
  if (tailIsPartial && !(sameMonth && headIsPartial)) {
    ranges.push({ grain: "day", from: from !== undefined && from > monthStart(to) ? from : monthStart(to), to });
  }
  return ranges;
}
