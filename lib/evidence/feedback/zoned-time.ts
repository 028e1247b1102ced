/**
 * Reading the times people put in CSV files. ISO 8601 with an offset ("Z", "+02:00") is
 * an exact instant. A time without an offset — "2026-05-17 14:30", "17-05-2026 14:30",
 * or a bare date — is wall-clock time in the workspace's time zone, which is what a
 * spreadsheet exported by the team means. Slashed dates are refused: 03/04 is 3 April
 * to some and 4 March to others.
 */

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})$/i;
const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?)?$/;
const EUROPEAN_LOCAL = /^(\d{1,2})-(\d{1,2})-(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** The offset of `timeZone` from UTC at instant `utcMs`, in milliseconds. */
function offsetAt(utcMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/** The instant at which the wall clock in `timeZone` shows the given time. */
export function zonedTimeToUtc(
  wall: { year: number; month: number; day: number; hour: number; minute: number; second: number },
  timeZone: string,
): Date | null {
  const { year, month, day, hour, minute, second } = wall;
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return null;
  if (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  const naive = Date.UTC(year, month - 1, day, hour, minute, second);
  // Two passes settle the offset on either side of a daylight-saving change.
  let guess = naive - offsetAt(naive, timeZone);
  guess = naive - offsetAt(guess, timeZone);
  return new Date(guess);
}

export function parseRespondedAt(text: string, timeZone: string): Date | null {
  const value = text.trim();
  if (ISO_WITH_OFFSET.test(value)) {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  const iso = ISO_LOCAL.exec(value);
  const eu = iso ? null : EUROPEAN_LOCAL.exec(value);
  const m = iso ?? eu;
  if (!m) return null;
  const [year, month, day] = iso ? [m[1], m[2], m[3]] : [m[3], m[2], m[1]];
  return zonedTimeToUtc(
    { year: Number(year), month: Number(month), day: Number(day), hour: Number(m[4] ?? 0), minute: Number(m[5] ?? 0), second: Number(m[6] ?? 0) },
    timeZone,
  );
}
