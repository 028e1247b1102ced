import { z } from "zod";
import { zDecimal } from "../decimal";
import { CSV_BOM, csvLine } from "../export/csv-escape";
import { issuesToFieldErrors } from "../feedback/schemas";
import { applyColumnMapping, guessColumns } from "../import/csv-file";
import { toPeriodStart, writtenPeriodKind, type PeriodKind } from "../periods";

/**
 * KPI values from a CSV file, shared by the browser (column guess, preview, report) and
 * the server (the row schema it judges every row with).
 */
export const KPI_CSV_FIELDS = ["kpi", "period", "value"] as const;
export type KpiCsvField = (typeof KPI_CSV_FIELDS)[number];
export type KpiCsvRow = Partial<Record<KpiCsvField, string>>;
export type KpiColumnMapping = Partial<Record<KpiCsvField, number>>;

/** KPI values come per month or quarter; a file of a few years of many KPIs stays far below this, and the request below 1 MB. */
export const KPI_IMPORT_MAX_ROWS = 2000;
/** Longer cells cannot be valid (KPI names are at most 120 characters); the browser cuts them to keep the request small. */
export const KPI_CSV_CELL_MAX: Record<KpiCsvField, number> = { kpi: 200, period: 40, value: 40 };

const SYNONYMS: Record<KpiCsvField, string[]> = {
  kpi: ["kpi", "kpiid", "kpiname", "kpinaam", "name", "naam", "indicator", "measure", "meting"],
  period: ["period", "periode", "month", "maand", "quarter", "kwartaal", "date", "datum"],
  value: ["value", "waarde", "measured", "measuredvalue", "gemeten", "meetwaarde", "actual", "result", "resultaat", "score"],
};

export function guessKpiColumns(headers: string[]): KpiColumnMapping {
  return guessColumns(headers, SYNONYMS);
}

/** Mapped rows with every cell cut to its maximum, ready to send. */
export function toKpiCsvRows(rows: string[][], mapping: KpiColumnMapping): KpiCsvRow[] {
  return applyColumnMapping<KpiCsvField>(rows, mapping).map((row) => {
    const out: KpiCsvRow = {};
    for (const field of KPI_CSV_FIELDS) if (row[field] !== undefined) out[field] = row[field]!.slice(0, KPI_CSV_CELL_MAX[field]);
    return out;
  });
}

export type ImportableKpi = { id: string; name: string; periodKind: PeriodKind };
type Resolved = ImportableKpi | "REQUIRED" | "KPI_NOT_FOUND" | "KPI_AMBIGUOUS";
export type KpiResolver = (text: string | undefined) => Resolved;

/**
 * How the kpi column is read: a KPI's id, or its name among `kpis` (without case or edge
 * spaces); a name two KPIs share is ambiguous. With `only`, every row is for that KPI and
 * the column is not read at all.
 */
export function kpiResolver(kpis: ImportableKpi[], only?: ImportableKpi): KpiResolver {
  if (only) return () => only;
  const byId = new Map(kpis.map((k) => [k.id.toLowerCase(), k]));
  const byName = new Map<string, ImportableKpi | "ambiguous">();
  for (const k of kpis) {
    const key = k.name.trim().toLowerCase();
    byName.set(key, byName.has(key) ? "ambiguous" : k);
  }
  return (text) => {
    const key = text?.trim().toLowerCase() ?? "";
    if (key === "") return "REQUIRED";
    const hit = byId.get(key) ?? byName.get(key);
    if (!hit) return "KPI_NOT_FOUND";
    return hit === "ambiguous" ? "KPI_AMBIGUOUS" : hit;
  };
}

const decimal = zDecimal();
const requiredText = (max: number, tooLong: string) => z.string("REQUIRED").trim().min(1, "REQUIRED").max(max, tooLong);

/**
 * The one schema every row passes: the KPI must be one of the caller's (the resolver
 * only knows those), the value a number, and the period written as the KPI is measured
 * ("2026-05" or a date for a monthly KPI, "2026-Q2" for a quarterly one) — a month in a
 * quarterly KPI's file is refused rather than silently standing for its quarter.
 */
export function kpiCsvRowSchema(resolve: KpiResolver) {
  return z
    .object({
      kpi: z
        .string()
        .optional()
        .transform((text, ctx) => {
          const hit = resolve(text);
          if (typeof hit === "string") {
            ctx.addIssue({ code: "custom", message: hit });
            return z.NEVER;
          }
          return hit;
        }),
      period: requiredText(KPI_CSV_CELL_MAX.period, "INVALID_PERIOD"),
      value: requiredText(KPI_CSV_CELL_MAX.value, "INVALID_NUMBER").transform((text, ctx) => {
        const parsed = decimal.safeParse(text);
        if (!parsed.success) {
          // Not fatal: the period is still judged, so a row lists all its faults at once.
          ctx.addIssue({ code: "custom", message: "INVALID_NUMBER", continue: true });
          return z.NEVER;
        }
        return parsed.data;
      }),
    })
    .superRefine((row, ctx) => {
      // Runs when only the value failed (the KPI's failure is fatal: without a KPI there is
      // no period kind to judge by); an empty or overlong period has its own reason already.
      if (row.period === "" || row.period.length > KPI_CSV_CELL_MAX.period) return;
      const written = writtenPeriodKind(row.period);
      if (written && written !== row.kpi.periodKind) {
        ctx.addIssue({ code: "custom", path: ["period"], message: row.kpi.periodKind === "month" ? "PERIOD_WANTS_MONTH" : "PERIOD_WANTS_QUARTER" });
      } else if (!toPeriodStart(row.period, row.kpi.periodKind)) {
        ctx.addIssue({ code: "custom", path: ["period"], message: "INVALID_PERIOD" });
      }
    })
    .transform((row) => ({ kpi: row.kpi, periodStart: toPeriodStart(row.period, row.kpi.periodKind)!, value: row.value }));
}

export type KpiRowRejection = { rowNumber: number; reasons: Array<{ field: string; message: string }> };
export type AcceptedKpiValue = { rowNumber: number; kpi: ImportableKpi; periodStart: string; value: number };

/**
 * Every row through the schema; `rows[0]` is line 2 of the file (the header is line 1).
 * A second row for a KPI and period already given earlier in the file is refused: which
 * of the two is meant cannot be told.
 */
export function validateKpiCsvRows(rows: KpiCsvRow[], resolve: KpiResolver) {
  const schema = kpiCsvRowSchema(resolve);
  const accepted: AcceptedKpiValue[] = [];
  const rejections: KpiRowRejection[] = [];
  const firstRowOf = new Map<string, number>();
  rows.forEach((raw, i) => {
    const rowNumber = i + 2;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const reasons = Object.entries(issuesToFieldErrors(parsed.error.issues)).flatMap(([field, messages]) => messages.map((message) => ({ field, message })));
      rejections.push({ rowNumber, reasons });
      return;
    }
    const key = `${parsed.data.kpi.id} ${parsed.data.periodStart}`;
    if (firstRowOf.has(key)) {
      rejections.push({ rowNumber, reasons: [{ field: "period", message: "DUPLICATE_PERIOD" }] });
      return;
    }
    firstRowOf.set(key, rowNumber);
    accepted.push({ rowNumber, ...parsed.data });
  });
  return { accepted, rejections };
}

/**
 * The refused rows as CSV: line number, reasons in the reader's language, then the
 * row's cells as the file had them, formula-neutralised (they come from an upload).
 */
export function kpiImportReportCsv(rows: KpiCsvRow[], rejections: KpiRowRejection[], translate: { header: (field: "row" | "reasons" | KpiCsvField) => string; reason: (field: string, message: string) => string }): string {
  let csv = CSV_BOM + csvLine([translate.header("row"), translate.header("reasons"), ...KPI_CSV_FIELDS.map((f) => translate.header(f))]);
  for (const r of rejections) {
    const row = rows[r.rowNumber - 2] ?? {};
    csv += csvLine([r.rowNumber, r.reasons.map((x) => translate.reason(x.field, x.message)).join("; "), ...KPI_CSV_FIELDS.map((f) => row[f] ?? "")]);
  }
  return csv;
}

/** A file to fill in: one row per KPI with an example period in its kind; names where they are unique, ids where not. */
export function kpiImportTemplateCsv(kpis: ImportableKpi[], examplePeriod: Record<PeriodKind, string>, withKpiColumn: boolean): string {
  const names = new Map<string, number>();
  for (const k of kpis) names.set(k.name.trim().toLowerCase(), (names.get(k.name.trim().toLowerCase()) ?? 0) + 1);
  let csv = CSV_BOM + csvLine(withKpiColumn ? ["kpi", "period", "value"] : ["period", "value"]);
  for (const k of kpis) {
    const label = names.get(k.name.trim().toLowerCase()) === 1 ? k.name : k.id;
    csv += csvLine(withKpiColumn ? [label, examplePeriod[k.periodKind], ""] : [examplePeriod[k.periodKind], ""]);
  }
  return csv;
}
