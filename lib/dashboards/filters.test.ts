import { describe, expect, it } from "vitest";
import { filtersToSearchParams, scopeFromFilters, ZDashboardFilters } from "./filters";

const MAP = "0b6f3a57-51a2-4a0c-9a57-4c61f3c2b0d1";

describe("dashboard filters", () => {
  it("reads the URL and drops what is malformed", () => {
    const f = ZDashboardFilters.parse({ map: MAP, persona: "not-a-uuid", channel: ["store", "web"], quarter: "2026-Q5", by: "year" });
    expect(f).toEqual({ map: MAP, persona: undefined, channel: "store", quarter: undefined, from: undefined, to: undefined, by: "month" });
    expect(ZDashboardFilters.parse({ channel: "fax", from: "2026-02-30" })).toMatchObject({ channel: undefined, from: undefined });
  });

  it("turns a quarter into its days, winning over from/to", () => {
    const f = ZDashboardFilters.parse({ quarter: "2026-Q1", from: "2025-01-01", to: "2025-02-01" });
    expect(scopeFromFilters(f)).toMatchObject({ from: "2026-01-01", to: "2026-03-31" });
  });

  it("keeps an open-ended range and swaps a reversed one", () => {
    expect(scopeFromFilters(ZDashboardFilters.parse({ from: "2026-01-01" }))).toMatchObject({ from: "2026-01-01", to: undefined });
    expect(scopeFromFilters(ZDashboardFilters.parse({ from: "2026-05-01", to: "2026-01-01" }))).toMatchObject({ from: "2026-01-01", to: "2026-05-01" });
    expect(scopeFromFilters(ZDashboardFilters.parse({}))).toEqual({ mapId: undefined, personaId: undefined, channel: undefined, from: undefined, to: undefined });
  });

  it("writes back only what is set", () => {
    expect(filtersToSearchParams({ map: MAP, quarter: "2026-Q2", from: "2026-01-01", by: "quarter" }).toString()).toBe(
      `map=${MAP}&quarter=2026-Q2&by=quarter`,
    );
    expect(filtersToSearchParams({ by: "month" }).toString()).toBe("");
  });
});
