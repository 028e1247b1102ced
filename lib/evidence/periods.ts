import type { KPI_PERIOD_KINDS } from "@/db/schema/evidence";

export type PeriodKind = (typeof KPI_PERIOD_KINDS)[number];

/** Month names and their common abbreviations, English and Dutch, as people type them. */
const MONTH_NAMES: Record<string, number> = {
  jan: 1, january: 1, januari: 1,
  feb: 2, february: 2, februari: 2,
  mar: 3, march: 3, mrt: 3, maart: 3,
  apr: 4, april: 4,
  may: 5, mei: 5,
  jun: 6, june: 6, juni: 6,
  jul: 7, july: 7, juli: 7,
  aug: 8, august: 8, augustus: 8,
  sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, okt: 10, oktober: 10,
  nov: 11, november: 11,
  dec: 12, december: 12,
};

const SEP = String.raw`\s*[-/.\s]\s*`;
const ISO_MONTH = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
const YEAR_MONTH = new RegExp(String.raw`^(\d{4})${SEP}(\d{1,2})$`);
const MONTH_YEAR = new RegExp(String.raw`^(\d{1,2})${SEP}(\d{4})$`);
const NAME_YEAR = new RegExp(String.raw`^([a-z]+)\.?(?:${SEP})?(\d{4})$`, "i");
const YEAR_NAME = new RegExp(String.raw`^(\d{4})(?:${SEP})?([a-z]+)\.?$`, "i");
// "2026-Q2", "2026q2", "2026 Q2", "Q2 2026", "Q2-2026"; K for the Dutch "kwartaal".
const YEAR_QUARTER = new RegExp(String.raw`^(\d{4})(?:${SEP})?[QK]([1-4])$`, "i");
const QUARTER_YEAR = new RegExp(String.raw`^[QK]([1-4])(?:${SEP})?(\d{4})$`, "i");

type Read = { year: number; month: number; quarter: boolean };

/** What a typed period says: a year with a month, or with a quarter (its first month); null if unreadable. */
function readPeriod(input: string): Read | null {
  const text = input.trim();
  let m: RegExpExecArray | null;
  if ((m = YEAR_QUARTER.exec(text))) return { year: Number(m[1]), month: (Number(m[2]) - 1) * 3 + 1, quarter: true };
  if ((m = QUARTER_YEAR.exec(text))) return { year: Number(m[2]), month: (Number(m[1]) - 1) * 3 + 1, quarter: true };
  if ((m = ISO_MONTH.exec(text))) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    if (m[3] !== undefined) {
      const day = Number(m[3]);
      const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
      if (day < 1 || day > last) return null;
    }
    return { year, month, quarter: false };
  }
  let year: number | null = null;
  let month: number | undefined;
  if ((m = YEAR_MONTH.exec(text))) [year, month] = [Number(m[1]), Number(m[2])];
  else if ((m = MONTH_YEAR.exec(text))) [year, month] = [Number(m[2]), Number(m[1])];
  else if ((m = NAME_YEAR.exec(text))) [year, month] = [Number(m[2]), MONTH_NAMES[m[1]!.toLowerCase()]];
  else if ((m = YEAR_NAME.exec(text))) [year, month] = [Number(m[1]), MONTH_NAMES[m[2]!.toLowerCase()]];
  if (year === null || month === undefined || month < 1 || month > 12) return null;
  return { year, month, quarter: false };
}

/**
 * The first day ("YYYY-MM-01") of the month or quarter that `input` falls in. Reads what
 * people type — "2026-05", "2026-05-17", "05/2026", "may 2026", "mei 2026", and for
 * quarters "2026-Q2", "Q2 2026", "K2 2026" — and returns null for anything else, so a
 * value is always stored under its period's canonical start. A month stands for its
 * quarter on a quarterly KPI; a quarter is no month.
 */
export function toPeriodStart(input: string, kind: PeriodKind): string | null {
  const read = readPeriod(input);
  if (!read || (read.quarter && kind !== "quarter")) return null;
  const startMonth = kind === "quarter" ? Math.floor((read.month - 1) / 3) * 3 + 1 : read.month;
  return `${read.year}-${String(startMonth).padStart(2, "0")}-01`;
}

/**
 * How `input` is written: a quarter ("2026-Q2", "Q2 2026") or a month ("2026-05",
 * "may 2026", a day); null for anything else. Imports use it to insist a period matches
 * its KPI, where the hand-entry form lets a month stand for its quarter.
 */
export function writtenPeriodKind(input: string): PeriodKind | null {
  const read = readPeriod(input);
  return read ? (read.quarter ? "quarter" : "month") : null;
}

/** "2026-04" for a month, "2026-Q2" for a quarter: how a period is shown and exported. */
export function periodLabel(periodStart: string, kind: PeriodKind): string {
  const [year, month] = periodStart.split("-");
  if (kind === "month") return `${year}-${month}`;
  return `${year}-Q${Math.floor((Number(month) - 1) / 3) + 1}`;
}

/** What the form understood, in the reader's words: "November 2026", "Q4 2026"; null when unreadable. */
export function describeTypedPeriod(input: string, kind: PeriodKind, locale: string): string | null {
  const start = toPeriodStart(input, kind);
  if (!start) return null;
  if (kind === "quarter") return periodLabel(start, "quarter").replace(/^(\d{4})-Q(\d)$/, "Q$2 $1");
  return new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${start}T12:00:00Z`));
}
