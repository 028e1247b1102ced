import { describe, expect, it } from "vitest";
import { dayIn, formatQuarter, parseQuarter, quarterAt, quarterRange, recentQuarters, shiftQuarter } from "./quarters";

describe("quarters", () => {
  it("parses and formats", () => {
    expect(parseQuarter("2026-Q2")).toEqual({ year: 2026, quarter: 2 });
    expect(parseQuarter("2026-q4")).toEqual({ year: 2026, quarter: 4 });
    expect(parseQuarter("2026-Q5")).toBeNull();
    expect(parseQuarter("2026Q1")).toBeNull();
    expect(formatQuarter({ year: 2025, quarter: 3 })).toBe("2025-Q3");
  });

  it("shifts across years", () => {
    expect(shiftQuarter({ year: 2026, quarter: 1 }, -1)).toEqual({ year: 2025, quarter: 4 });
    expect(shiftQuarter({ year: 2025, quarter: 4 }, 1)).toEqual({ year: 2026, quarter: 1 });
    expect(shiftQuarter({ year: 2026, quarter: 2 }, -8)).toEqual({ year: 2024, quarter: 2 });
  });

  it("gives inclusive day ranges, leap years included", () => {
    expect(quarterRange({ year: 2026, quarter: 1 })).toEqual({ from: "2026-01-01", to: "2026-03-31" });
    expect(quarterRange({ year: 2026, quarter: 2 })).toEqual({ from: "2026-04-01", to: "2026-06-30" });
    expect(quarterRange({ year: 2024, quarter: 1 }).to).toBe("2024-03-31");
    expect(quarterRange({ year: 2026, quarter: 4 })).toEqual({ from: "2026-10-01", to: "2026-12-31" });
  });

  it("takes the quarter on the workspace's wall clock", () => {
    const instant = new Date("2026-03-31T23:30:00Z");
    expect(dayIn(instant, "Europe/Amsterdam")).toBe("2026-04-01");
    expect(formatQuarter(quarterAt(instant, "Europe/Amsterdam"))).toBe("2026-Q2");
    expect(formatQuarter(quarterAt(instant, "UTC"))).toBe("2026-Q1");
    expect(formatQuarter(quarterAt(new Date("2026-01-01T03:00:00Z"), "America/New_York"))).toBe("2025-Q4");
  });

  it("lists recent quarters newest first", () => {
    expect(recentQuarters({ year: 2026, quarter: 1 }, 3).map(formatQuarter)).toEqual(["2026-Q1", "2025-Q4", "2025-Q3"]);
  });
});
