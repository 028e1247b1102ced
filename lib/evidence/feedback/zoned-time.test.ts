import { describe, expect, it } from "vitest";
import { parseRespondedAt } from "./zoned-time";

const AMS = "Europe/Amsterdam";

describe("parseRespondedAt", () => {
  it("takes ISO 8601 with an offset as the exact instant", () => {
    expect(parseRespondedAt("2026-05-17T14:30:00Z", AMS)?.toISOString()).toBe("2026-05-17T14:30:00.000Z");
    expect(parseRespondedAt("2026-05-17T14:30:00+02:00", AMS)?.toISOString()).toBe("2026-05-17T12:30:00.000Z");
    expect(parseRespondedAt("2026-05-17T14:30:00.123Z", AMS)?.toISOString()).toBe("2026-05-17T14:30:00.123Z");
  });
  it("reads times without an offset in the workspace's zone, summer and winter", () => {
    expect(parseRespondedAt("2026-05-17 14:30", AMS)?.toISOString()).toBe("2026-05-17T12:30:00.000Z");
    expect(parseRespondedAt("2026-01-17T14:30:05", AMS)?.toISOString()).toBe("2026-01-17T13:30:05.000Z");
    expect(parseRespondedAt("2026-05-17", AMS)?.toISOString()).toBe("2026-05-16T22:00:00.000Z");
    expect(parseRespondedAt("2026-05-17 14:30", "UTC")?.toISOString()).toBe("2026-05-17T14:30:00.000Z");
  });
  it("reads day-month-year with dashes", () => {
    expect(parseRespondedAt("17-05-2026 14:30", AMS)?.toISOString()).toBe("2026-05-17T12:30:00.000Z");
    expect(parseRespondedAt("7-5-2026", AMS)?.toISOString()).toBe("2026-05-06T22:00:00.000Z");
  });
  it("handles the hour after the clocks go forward", () => {
    // 29 March 2026, 03:30 CEST is 01:30 UTC
    expect(parseRespondedAt("2026-03-29 03:30", AMS)?.toISOString()).toBe("2026-03-29T01:30:00.000Z");
  });
  it("refuses ambiguous and impossible dates", () => {
    expect(parseRespondedAt("03/04/2026", AMS)).toBeNull();
    expect(parseRespondedAt("2026-02-30", AMS)).toBeNull();
    expect(parseRespondedAt("2026-05-17 25:00", AMS)).toBeNull();
    expect(parseRespondedAt("yesterday", AMS)).toBeNull();
    expect(parseRespondedAt("", AMS)).toBeNull();
  });
});
