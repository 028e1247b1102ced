import { describe, expect, it } from "vitest";
import { evidenceCardTint, formatScore, primaryMetric, scoreDataAttributes, worstKpiStatus } from "./score-badge";

const score = (s: { csat?: number | null; nps?: number | null; ces?: number | null; responses?: number }) => ({
  csat: s.csat ?? null,
  nps: s.nps ?? null,
  ces: s.ces ?? null,
  responses: s.responses ?? 1,
  tint: null,
});

describe("primaryMetric", () => {
  it("leads with CSAT, then NPS, then CES — whichever customers answered first in that order", () => {
    expect(primaryMetric(score({ csat: 50, nps: 10, ces: 4 }))).toBe("csat");
    expect(primaryMetric(score({ nps: -20, ces: 4 }))).toBe("nps");
    expect(primaryMetric(score({ ces: 4 }))).toBe("ces");
  });

  it("counts a score of zero as an answer", () => {
    expect(primaryMetric(score({ csat: 0, nps: 50 }))).toBe("csat");
    expect(primaryMetric(score({ nps: 0 }))).toBe("nps");
  });

  it("has none without scores (no responses, or only comments)", () => {
    expect(primaryMetric(score({ responses: 0 }))).toBeNull();
    expect(primaryMetric(score({ responses: 3 }))).toBeNull();
    expect(primaryMetric(undefined)).toBeNull();
  });
});

describe("formatScore", () => {
  it("prints CSAT as a whole percentage", () => {
    expect(formatScore("csat", 66.7, "en")).toBe("67%");
    expect(formatScore("csat", 100, "nl")).toBe("100%");
  });

  it("prints NPS with its sign, zero without", () => {
    expect(formatScore("nps", 35, "en")).toBe("+35");
    expect(formatScore("nps", -20.4, "en")).toBe("-20");
    expect(formatScore("nps", 0, "en")).toBe("0");
  });

  it("prints CES with one decimal in the reader's locale", () => {
    expect(formatScore("ces", 5.44, "en")).toBe("5.4");
    expect(formatScore("ces", 6, "en")).toBe("6.0");
    expect(formatScore("ces", 5.44, "nl")).toBe("5,4");
  });
});

describe("scoreDataAttributes", () => {
  it("gives raw numbers and empty strings for missing scores", () => {
    expect(scoreDataAttributes(score({ csat: 66.7, ces: 2, responses: 4 }))).toEqual({ "data-responses": "4", "data-csat": "66.7", "data-nps": "", "data-ces": "2" });
  });

  it("reads a touchpoint not yet in the answer as no responses", () => {
    expect(scoreDataAttributes(undefined)).toEqual({ "data-responses": "0", "data-csat": "", "data-nps": "", "data-ces": "" });
  });
});

describe("worstKpiStatus", () => {
  it("shows the worst measured status", () => {
    expect(worstKpiStatus({ on: 3, near: 1, off: 1, unmeasured: 2 })).toBe("off");
    expect(worstKpiStatus({ on: 3, near: 1, off: 0, unmeasured: 0 })).toBe("near");
    expect(worstKpiStatus({ on: 1, near: 0, off: 0, unmeasured: 4 })).toBe("on");
  });

  it("is unmeasured when no KPI has a value, and nothing without KPIs", () => {
    expect(worstKpiStatus({ on: 0, near: 0, off: 0, unmeasured: 2 })).toBe("unmeasured");
    expect(worstKpiStatus({ on: 0, near: 0, off: 0, unmeasured: 0 })).toBeNull();
    expect(worstKpiStatus(undefined)).toBeNull();
  });
});

describe("evidenceCardTint", () => {
  const tinted = { ...score({ csat: 80 }), tint: { hue: 96, color: "hsl(96 70% 35%)", background: "hsl(96 75% 92%)" } };
  const on = { evidenceView: true, isTouchpoint: true, loaded: true };

  it("tints a touchpoint with scores in the evidence view", () => {
    expect(evidenceCardTint({ ...on, score: tinted })).toEqual(tinted.tint);
  });

  it("greys a touchpoint without scores: none yet, only comments, or not projected yet", () => {
    expect(evidenceCardTint({ ...on, score: score({ responses: 0 }) })).toBeNull();
    expect(evidenceCardTint({ ...on, score: score({ responses: 2 }) })).toBeNull();
    expect(evidenceCardTint({ ...on, score: undefined })).toBeNull();
  });

  it("leaves cards alone with the view off, for other kinds, and before the scores arrive", () => {
    expect(evidenceCardTint({ ...on, evidenceView: false, score: tinted })).toBeUndefined();
    expect(evidenceCardTint({ ...on, isTouchpoint: false, score: tinted })).toBeUndefined();
    expect(evidenceCardTint({ ...on, loaded: false, score: undefined })).toBeUndefined();
  });
});
