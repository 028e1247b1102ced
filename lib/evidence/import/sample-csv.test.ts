import { describe, expect, it } from "vitest";
import { guessKpiColumns } from "../kpis/kpi-csv";
import { guessColumnMapping, parseCsvBytes } from "./csv-file";
import { feedbackSampleCsv, kpiSampleCsv } from "./sample-csv";

const parse = (text: string) => parseCsvBytes(new TextEncoder().encode(text));

describe("sample CSV files", () => {
  it("name every feedback column so that the column guess maps them all, in English and Dutch", () => {
    for (const locale of ["en", "nl"]) {
      const csv = parse(feedbackSampleCsv(["Pricing page", "Checkout"], locale));
      expect(csv.rows).toHaveLength(2);
      expect(guessColumnMapping(csv.headers)).toEqual({ touchpoint: 0, csat: 1, nps: 2, ces: 3, comment: 4, channel: 5, respondent: 6, responded_at: 7 });
      expect(csv.rows[0]![0]).toBe("Pricing page");
    }
  });

  it("name the KPI columns (without the KPI for a file of one KPI)", () => {
    for (const locale of ["en", "nl"]) {
      expect(guessKpiColumns(parse(kpiSampleCsv(["Wait time"], locale, false)).headers)).toEqual({ kpi: 0, period: 1, value: 2 });
      expect(guessKpiColumns(parse(kpiSampleCsv(["Wait time"], locale, true)).headers)).toEqual({ period: 0, value: 1 });
    }
  });
});
