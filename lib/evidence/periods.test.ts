import { describe, expect, it } from "vitest";
import { describeTypedPeriod, periodLabel, toPeriodStart, writtenPeriodKind } from "./periods";

describe("toPeriodStart", () => {
  it("normalises a month or a day to the first of its month", () => {
    expect(toPeriodStart("2026-05", "month")).toBe("2026-05-01");
    expect(toPeriodStart("2026-05-31", "month")).toBe("2026-05-01");
  });
  it("normalises to the first day of the quarter", () => {
    expect(toPeriodStart("2026-05-17", "quarter")).toBe("2026-04-01");
    expect(toPeriodStart("2026-12", "quarter")).toBe("2026-10-01");
    expect(toPeriodStart("2026-Q1", "quarter")).toBe("2026-01-01");
    expect(toPeriodStart("2026q3", "quarter")).toBe("2026-07-01");
  });
  it("refuses impossible dates and quarters for monthly KPIs", () => {
    expect(toPeriodStart("2026-13", "month")).toBeNull();
    expect(toPeriodStart("2026-02-30", "month")).toBeNull();
    expect(toPeriodStart("2026-Q2", "month")).toBeNull();
    expect(toPeriodStart("Maybe 2026", "month")).toBeNull();
    expect(toPeriodStart("2026-00", "month")).toBeNull();
    expect(toPeriodStart("Q5 2026", "quarter")).toBeNull();
  });
  it("accepts 29 February only in leap years", () => {
    expect(toPeriodStart("2028-02-29", "month")).toBe("2028-02-01");
    expect(toPeriodStart("2026-02-29", "month")).toBeNull();
  });
});

describe("periodLabel", () => {
  it("labels months and quarters", () => {
    expect(periodLabel("2026-04-01", "month")).toBe("2026-04");
    expect(periodLabel("2026-10-01", "quarter")).toBe("2026-Q4");
  });
});

describe("writtenPeriodKind", () => {
  it("tells quarters from months and days, and neither from other text", () => {
    expect(writtenPeriodKind(" 2026-Q2 ")).toBe("quarter");
    expect(writtenPeriodKind("2026q4")).toBe("quarter");
    expect(writtenPeriodKind("2026-05")).toBe("month");
    expect(writtenPeriodKind("2026-05-17")).toBe("month");
    expect(writtenPeriodKind("Q2 2026")).toBe("quarter");
    expect(writtenPeriodKind("Maybe")).toBeNull();
    expect(writtenPeriodKind("")).toBeNull();
  });
});

describe("what people type", () => {
  it("reads months written many ways, in English and Dutch", () => {
    for (const typed of ["2026-11", "2026/11", "11/2026", "11-2026", "nov 2026", "Nov. 2026", "November 2026", "2026 nov", "november2026"]) {
      expect(toPeriodStart(typed, "month"), typed).toBe("2026-11-01");
    }
    expect(toPeriodStart("okt 2026", "month")).toBe("2026-10-01");
    expect(toPeriodStart("mei 2026", "month")).toBe("2026-05-01");
    expect(toPeriodStart("mrt 2026", "month")).toBe("2026-03-01");
  });
  it("reads quarters written many ways", () => {
    for (const typed of ["Q4 2026", "q4-2026", "2026-Q4", "2026 Q4", "2026q4", "K4 2026"]) {
      expect(toPeriodStart(typed, "quarter"), typed).toBe("2026-10-01");
    }
    expect(toPeriodStart("nov 2026", "quarter")).toBe("2026-10-01");
  });
  it("says what it understood", () => {
    expect(describeTypedPeriod("nov 2026", "month", "en")).toBe("November 2026");
    expect(describeTypedPeriod("2026-11", "month", "nl")).toBe("november 2026");
    expect(describeTypedPeriod("2026-Q4", "quarter", "en")).toBe("Q4 2026");
    expect(describeTypedPeriod("next month", "month", "en")).toBeNull();
  });
});
