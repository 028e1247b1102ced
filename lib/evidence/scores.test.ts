import { describe, expect, it } from "vitest";
import { aggregateAnswers, csatScore, normalisedScore, npsScore, scoresFromAggregate, tintForScores, tintFromNormalised } from "./scores";

describe("NPS", () => {
  it("is % promoters minus % detractors", () => {
    // 10 answers: 9,10,9,10,9 promoters (5); 7,8,8 passives (3); 0,6 detractors (2) → 50 − 20 = 30
    const s = scoresFromAggregate(aggregateAnswers([9, 10, 9, 10, 9, 7, 8, 8, 0, 6].map((nps) => ({ nps }))));
    expect(s.nps).toBe(30);
    expect(s.npsCount).toBe(10);
  });
  it("is −100 when everyone is a detractor and 100 when everyone promotes", () => {
    expect(scoresFromAggregate(aggregateAnswers([0, 3, 6].map((nps) => ({ nps })))).nps).toBe(-100);
    expect(scoresFromAggregate(aggregateAnswers([9, 10].map((nps) => ({ nps })))).nps).toBe(100);
  });
  it("counts 6 as detractor, 7 and 8 as passive, 9 as promoter", () => {
    // 6 → −1, 7 → 0, 8 → 0, 9 → +1 over 4 answers: (1 − 1) / 4 = 0
    expect(scoresFromAggregate(aggregateAnswers([6, 7, 8, 9].map((nps) => ({ nps })))).nps).toBe(0);
    // 1 promoter, 2 detractors of 3: 33.33 − 66.67 = −33.3
    expect(npsScore(1, 2, 3)).toBe(-33.3);
  });
  it("is null without NPS answers", () => {
    expect(scoresFromAggregate(aggregateAnswers([{ csat: 5 }])).nps).toBeNull();
    expect(npsScore(0, 0, 0)).toBeNull();
  });
});

describe("CSAT", () => {
  it("is the % of answers that are 4 or 5", () => {
    // 1,2,3,4,5,5: three of six satisfied → 50
    const s = scoresFromAggregate(aggregateAnswers([1, 2, 3, 4, 5, 5].map((csat) => ({ csat }))));
    expect(s.csat).toBe(50);
    // 2 of 3 → 66.666… → 66.7
    expect(csatScore(2, 3)).toBe(66.7);
  });
  it("ignores responses without a CSAT answer", () => {
    const s = scoresFromAggregate(aggregateAnswers([{ csat: 4 }, { nps: 10 }, { csat: 2 }, { ces: 7 }]));
    expect(s.csat).toBe(50);
    expect(s.csatCount).toBe(2);
    expect(s.responses).toBe(4);
  });
  it("is null without CSAT answers", () => {
    expect(csatScore(0, 0)).toBeNull();
  });
});

describe("CES", () => {
  it("is the mean answer", () => {
    // (7 + 5 + 4 + 1) / 4 = 4.25
    expect(scoresFromAggregate(aggregateAnswers([7, 5, 4, 1].map((ces) => ({ ces })))).ces).toBe(4.25);
    // (6 + 6 + 5) / 3 = 5.666… → 5.67
    expect(scoresFromAggregate(aggregateAnswers([6, 6, 5].map((ces) => ({ ces })))).ces).toBe(5.67);
  });
  it("is null without CES answers", () => {
    expect(scoresFromAggregate(aggregateAnswers([])).ces).toBeNull();
  });
});

describe("counts", () => {
  it("counts each metric separately and every response once", () => {
    const a = aggregateAnswers([
      { csat: 5, nps: 9, ces: 6 },
      { csat: 3, nps: 2 },
      { ces: 2 },
      {},
    ]);
    expect(a).toEqual({
      responses: 4,
      csatCount: 2,
      csatSatisfied: 1,
      npsCount: 2,
      npsPromoters: 1,
      npsDetractors: 1,
      cesCount: 2,
      cesSum: 8,
    });
  });
});

describe("tint", () => {
  it("runs from red at the worst to green at the best", () => {
    expect(tintFromNormalised(0)?.hue).toBe(0);
    expect(tintFromNormalised(1)?.hue).toBe(120);
    expect(tintFromNormalised(0.5)?.hue).toBe(60);
    expect(tintFromNormalised(1.5)?.hue).toBe(120);
    expect(tintFromNormalised(null)).toBeNull();
  });
  it("follows CSAT first, then NPS, then CES", () => {
    expect(normalisedScore({ csat: 80, nps: -100, ces: 1 })).toBe(0.8);
    expect(normalisedScore({ csat: null, nps: 0, ces: 1 })).toBe(0.5);
    expect(normalisedScore({ csat: null, nps: null, ces: 4 })).toBe(0.5);
    expect(tintForScores({ csat: null, nps: -100, ces: null })?.color).toBe("hsl(0 70% 35%)");
    expect(tintForScores({ csat: null, nps: null, ces: null })).toBeNull();
  });
});
