import { periodLabel } from "@/lib/evidence/periods";

/** A calendar quarter, "2026-Q2"; the unit of the quarterly review. */
export type Quarter = { year: number; quarter: 1 | 2 | 3 | 4 };

const QUARTER = /^(\d{4})-Q([1-4])$/;

export function parseQuarter(text: string): Quarter | null {
  const m = QUARTER.exec(text.trim().toUpperCase());
  return m ? { year: Number(m[1]), quarter: Number(m[2]) as Quarter["quarter"] } : null;
}

export function formatQuarter(q: Quarter): string {
  return `${q.year}-Q${q.quarter}`;
}

export function shiftQuarter(q: Quarter, by: number): Quarter {
  const index = q.year * 4 + (q.quarter - 1) + by;
  return { year: Math.floor(index / 4), quarter: ((index % 4) + 1) as Quarter["quarter"] };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** First and last calendar day of the quarter, as "YYYY-MM-DD" (inclusive). */
export function quarterRange(q: Quarter): { from: string; to: string } {
  const firstMonth = (q.quarter - 1) * 3 + 1;
  const lastDay = new Date(Date.UTC(q.year, firstMonth + 2, 0)).getUTCDate();
  return { from: `${q.year}-${pad(firstMonth)}-01`, to: `${q.year}-${pad(firstMonth + 2)}-${pad(lastDay)}` };
}

/** The calendar day ("YYYY-MM-DD") that `instant` falls on in `timeZone`. */
export function dayIn(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/** The quarter a calendar day belongs to. */
export function quarterOfDay(day: string): Quarter {
  const label = periodLabel(day, "quarter");
  return parseQuarter(label)!;
}

/** The quarter `instant` falls in on the workspace's wall clock (2026-03-31T23:30Z is Q2 in Amsterdam). */
export function quarterAt(instant: Date, timeZone: string): Quarter {
  return quarterOfDay(dayIn(instant, timeZone));
}

/** The quarters up to and including `latest`, newest first: the choices of a quarter picker. */
export function recentQuarters(latest: Quarter, count: number): Quarter[] {
  return Array.from({ length: count }, (_, i) => shiftQuarter(latest, -i));
}
