/** The dashboard tables that download as CSV (lib/dashboards/dashboard-csv.ts). */
export const CSV_TABLES = ["summary", "phases", "touchpoints", "trend", "kpis", "emotion"] as const;
export type CsvTable = (typeof CSV_TABLES)[number];
