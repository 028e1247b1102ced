import { CSV_BOM, csvLine } from "../export/csv-escape";

/**
 * Sample files for the CSV imports, made in the browser from the map's own touchpoints or
 * KPIs, with headers in the reader's language — the same names the column guess accepts
 * (csv-file.ts, kpi-csv.ts), so a filled-in sample imports without changing a column.
 */
const FEEDBACK_HEADERS = {
  en: ["Touchpoint", "CSAT", "NPS", "CES", "Comment", "Channel", "Respondent", "Responded at"],
  nl: ["Contactmoment", "Tevredenheid", "Aanbevelen", "Moeite", "Opmerking", "Kanaal", "Klant", "Datum"],
} as const;
const KPI_HEADERS = { en: ["KPI", "Period", "Value"], nl: ["KPI", "Periode", "Waarde"] } as const;

type Locale = keyof typeof FEEDBACK_HEADERS;
const pick = (locale: string): Locale => (locale === "nl" ? "nl" : "en");

export function feedbackSampleCsv(touchpointNames: string[], locale: string): string {
  const names = touchpointNames.length > 0 ? touchpointNames : ["Checkout"];
  const nl = pick(locale) === "nl";
  const rows = [
    [names[0]!, 4, 9, 2, nl ? "Snel geleverd" : "Quick delivery", "", "", "2026-11-03 10:15"],
    [names[1 % names.length]!, 2, 5, 5, nl ? "Verzendkosten pas aan het eind" : "Delivery costs only at the end", "", "", "2026-11-04"],
  ];
  return CSV_BOM + csvLine([...FEEDBACK_HEADERS[pick(locale)]]) + rows.map((r) => csvLine(r)).join("");
}

export function kpiSampleCsv(kpiNames: string[], locale: string, perKpi: boolean): string {
  const headers = KPI_HEADERS[pick(locale)];
  const name = kpiNames[0] ?? "Conversion rate";
  const rows = [
    [name, "2026-10", 2.4],
    [name, "2026-11", 2.7],
  ];
  return CSV_BOM + csvLine(perKpi ? [...headers.slice(1)] : [...headers]) + rows.map((r) => csvLine(perKpi ? r.slice(1) : r)).join("");
}
