import { describe, expect, it } from "vitest";
import { guessKpiColumns, kpiImportReportCsv, kpiImportTemplateCsv, kpiResolver, toKpiCsvRows, validateKpiCsvRows, type ImportableKpi } from "./kpi-csv";

const monthly: ImportableKpi = { id: "11111111-1111-4111-8111-111111111111", name: "Answered in 2 days", periodKind: "month" };
const quarterly: ImportableKpi = { id: "22222222-2222-4222-8222-222222222222", name: "Complaints", periodKind: "quarter" };
const twinA: ImportableKpi = { id: "33333333-3333-4333-8333-333333333333", name: "Wait time", periodKind: "month" };
const twinB: ImportableKpi = { id: "44444444-4444-4444-8444-444444444444", name: "wait time ", periodKind: "month" };
const resolve = kpiResolver([monthly, quarterly, twinA, twinB]);
const reasonsOf = (result: ReturnType<typeof validateKpiCsvRows>) =>
  Object.fromEntries(result.rejections.map((r) => [r.rowNumber, r.reasons.map((x) => `${x.field}:${x.message}`).sort()]));

describe("guessKpiColumns", () => {
  it("finds English and Dutch headers", () => {
    expect(guessKpiColumns(["KPI", "Periode", "Waarde"])).toEqual({ kpi: 0, period: 1, value: 2 });
    expect(guessKpiColumns(["Month", "Measured value", "kpi_id", "note"])).toEqual({ kpi: 2, period: 0, value: 1 });
  });
  it("maps rows and cuts cells that could never be valid", () => {
    expect(toKpiCsvRows([["x".repeat(500), "2026-05", "1"]], { kpi: 0, period: 1, value: 2 })[0]!.kpi).toHaveLength(200);
  });
});

describe("validateKpiCsvRows", () => {
  it("accepts KPIs by name (any case) or id, periods as the KPI is measured, decimal commas", () => {
    const result = validateKpiCsvRows(
      [
        { kpi: " answered IN 2 days", period: "2026-05", value: "92,5" },
        { kpi: quarterly.id.toUpperCase(), period: "2026-Q2", value: "3" },
        { kpi: monthly.name, period: "2026-06-30", value: "-1.5" },
        { kpi: twinA.id, period: "2026-01", value: "0" },
      ],
      resolve,
    );
    expect(result.rejections).toEqual([]);
    expect(result.accepted.map((a) => [a.rowNumber, a.kpi.id, a.periodStart, a.value])).toEqual([
      [2, monthly.id, "2026-05-01", 92.5],
      [3, quarterly.id, "2026-04-01", 3],
      [4, monthly.id, "2026-06-01", -1.5],
      [5, twinA.id, "2026-01-01", 0],
    ]);
  });

  it("names every reason of every refused row", () => {
    const result = validateKpiCsvRows(
      [
        { kpi: "Nobody's KPI", period: "2026-05", value: "1" }, // 2
        { kpi: "Wait time", period: "2026-05", value: "1" }, // 3 two KPIs share the name
        { kpi: "", period: "2026-05", value: "1" }, // 4
        { kpi: monthly.name, period: "2026-Q2", value: "1" }, // 5 quarter for a monthly KPI
        { kpi: quarterly.name, period: "2026-05", value: "1" }, // 6 month for a quarterly KPI
        { kpi: monthly.name, period: "2026-13", value: "1" }, // 7
        { kpi: monthly.name, period: "Someday 2026", value: "ten" }, // 8 both wrong
        { kpi: monthly.name, period: "", value: "" }, // 9
        { kpi: monthly.name, period: "2026-07", value: "1.234,5" }, // 10 thousands separator
        { period: "2026-05", value: "1" }, // 11 no kpi column
      ],
      resolve,
    );
    expect(result.accepted).toEqual([]);
    expect(reasonsOf(result)).toEqual({
      2: ["kpi:KPI_NOT_FOUND"],
      3: ["kpi:KPI_AMBIGUOUS"],
      4: ["kpi:REQUIRED"],
      5: ["period:PERIOD_WANTS_MONTH"],
      6: ["period:PERIOD_WANTS_QUARTER"],
      7: ["period:INVALID_PERIOD"],
      8: ["period:INVALID_PERIOD", "value:INVALID_NUMBER"],
      9: ["period:REQUIRED", "value:REQUIRED"],
      10: ["value:INVALID_NUMBER"],
      11: ["kpi:REQUIRED"],
    });
  });

  it("refuses a second value for the same KPI and period in one file, however the period is written", () => {
    const result = validateKpiCsvRows(
      [
        { kpi: monthly.name, period: "2026-05", value: "1" },
        { kpi: monthly.id, period: "2026-05-20", value: "2" },
        { kpi: monthly.name, period: "2026-06", value: "3" },
      ],
      resolve,
    );
    expect(result.accepted.map((a) => a.value)).toEqual([1, 3]);
    expect(reasonsOf(result)).toEqual({ 3: ["period:DUPLICATE_PERIOD"] });
  });

  it("for one KPI, ignores any kpi column", () => {
    const result = validateKpiCsvRows([{ kpi: "something else", period: "2026-Q3", value: "7" }], kpiResolver([], quarterly));
    expect(result.accepted).toMatchObject([{ kpi: { id: quarterly.id }, periodStart: "2026-07-01", value: 7 }]);
  });
});

describe("report and template", () => {
  it("writes refused rows with reasons, neutralising formulas from the file", () => {
    const rows = [{ kpi: "=HYPERLINK(\"http://x\")", period: "2026-05", value: "1" }];
    const csv = kpiImportReportCsv(rows, [{ rowNumber: 2, reasons: [{ field: "kpi", message: "KPI_NOT_FOUND" }] }], {
      header: (h) => h.toUpperCase(),
      reason: (f, m) => `${f}: ${m}`,
    });
    expect(csv.replace(/^\uFEFF/, "").split("\r\n")).toEqual(["ROW,REASONS,KPI,PERIOD,VALUE", `2,kpi: KPI_NOT_FOUND,"'=HYPERLINK(""http://x"")",2026-05,1`, ""]);
  });
  it("offers a row per KPI, with ids where names are shared", () => {
    const csv = kpiImportTemplateCsv([monthly, quarterly, twinA, twinB], { month: "2026-05", quarter: "2026-Q2" }, true);
    expect(csv.replace(/^\uFEFF/, "").trim().split("\r\n")).toEqual([
      "kpi,period,value",
      "Answered in 2 days,2026-05,",
      "Complaints,2026-Q2,",
      `${twinA.id},2026-05,`,
      `${twinB.id},2026-05,`,
    ]);
  });
});
