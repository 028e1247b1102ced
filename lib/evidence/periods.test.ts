import { describe, expect, it } from "vitest";
import { periodLabel, toPeriodStart, writtenPeriodKind } from "./periods";

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
    expect(toPeriodStart("May 2026", "month")).toBeNull();
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
    expect(writtenPeriodKind("Q2 2026")).toBeNull();
    expect(writtenPeriodKind("")).toBeNull();
  });
});
