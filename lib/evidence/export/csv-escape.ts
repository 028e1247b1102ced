/**
 * CSV cells that spreadsheet programs cannot execute. A text cell starting with
 * = + - @, a tab or a carriage return is read as a formula by Excel, LibreOffice and
 * Google Sheets ("=HYPERLINK(…)", "@SUM(…)", "-2+3"), so it gets a leading apostrophe,
 * which they show as text. Numbers are written as numbers. Cells are quoted when they
 * hold a separator, a quote or a line break (RFC 4180).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvCell(value: string | number | boolean | Date | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  const text = neutraliseFormula(value instanceof Date ? value.toISOString() : value);
  return /[",\r\n;]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: Array<Parameters<typeof csvCell>[0]>): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

/** Excel opens a CSV as UTF-8 only when it starts with a byte order mark. */
export const CSV_BOM = "\uFEFF";
