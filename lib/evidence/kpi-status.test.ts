import { describe, expect, it } from "vitest";
import { kpiStatus, latestKpiStatus } from "./kpi-status";

describe("kpiStatus, higher is better", () => {
  const rule = { direction: "higher", target: 80, tolerance: 5 } as const;
  it("is on at or above the target", () => {
    expect(kpiStatus(rule, 80)).toBe("on");
    expect(kpiStatus(rule, 95)).toBe("on");
  });
  it("is near within the tolerance below the target, including its edge", () => {
    expect(kpiStatus(rule, 79.99)).toBe("near");
    expect(kpiStatus(rule, 75)).toBe("near");
  });
  it("is off beyond the tolerance", () => {
    expect(kpiStatus(rule, 74.99)).toBe("off");
    expect(kpiStatus(rule, 0)).toBe("off");
  });
});

describe("kpiStatus, lower is better", () => {
  const rule = { direction: "lower", target: 48, tolerance: 12 } as const; // e.g. hours to answer an e-mail
  it("is on at or below the target", () => {
    expect(kpiStatus(rule, 48)).toBe("on");
    expect(kpiStatus(rule, 2)).toBe("on");
  });
  it("is near up to target + tolerance", () => {
    expect(kpiStatus(rule, 60)).toBe("near");
  });
  it("is off above it", () => {
    expect(kpiStatus(rule, 60.5)).toBe("off");
  });
});

describe("kpiStatus edge cases", () => {
  it("knows only on and off with a tolerance of zero", () => {
    const rule = { direction: "higher", target: 10, tolerance: 0 } as const;
    expect(kpiStatus(rule, 10)).toBe("on");
    expect(kpiStatus(rule, 9.999)).toBe("off");
  });
  it("keeps a band around a target of zero (absolute tolerance)", () => {
    const rule = { direction: "lower", target: 0, tolerance: 2 } as const; // complaints per month
    expect(kpiStatus(rule, 0)).toBe("on");
    expect(kpiStatus(rule, 2)).toBe("near");
    expect(kpiStatus(rule, 3)).toBe("off");
  });
  it("judges decimal edges by their decimal value, not binary rounding", () => {
    // 0.7 + 0.1 is 0.7999999999999999 in floating point; 0.8 is still exactly at the edge.
    expect(kpiStatus({ direction: "lower", target: 0.7, tolerance: 0.1 }, 0.8)).toBe("near");
    expect(kpiStatus({ direction: "higher", target: 0.3, tolerance: 0.1 }, 0.2)).toBe("near");
  });
  it("handles negative targets", () => {
    const rule = { direction: "higher", target: -10, tolerance: 5 } as const; // an NPS target of −10
    expect(kpiStatus(rule, -12)).toBe("near");
    expect(kpiStatus(rule, -16)).toBe("off");
  });
  it("is null without a value", () => {
    expect(kpiStatus({ direction: "higher", target: 1, tolerance: 0 }, null)).toBeNull();
    expect(kpiStatus({ direction: "higher", target: 1, tolerance: 0 }, Number.NaN)).toBeNull();
  });
});

describe("latestKpiStatus", () => {
  it("judges the most recent period, whatever the order given", () => {
    const rule = { direction: "higher", target: 80, tolerance: 5 } as const;
    expect(
      latestKpiStatus(rule, [
        { periodStart: "2026-03-01", value: 90 },
        { periodStart: "2026-05-01", value: 70 },
        { periodStart: "2026-04-01", value: 78 },
      ]),
    ).toEqual({ periodStart: "2026-05-01", value: 70, status: "off" });
    expect(latestKpiStatus(rule, [])).toBeNull();
  });
});
