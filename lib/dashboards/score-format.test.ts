import { describe, expect, it } from "vitest";
import { formatGap, formatScore, formatScoreDelta, gapDirection, intlFormatter, roundScore } from "./score-format";

const en = intlFormatter("en");
const nl = intlFormatter("nl");

describe("one format per measure", () => {
  it("writes CSAT as a whole percentage, NPS as a whole signed number, CES with one decimal", () => {
    expect(formatScore(en, "csat", 45.5)).toBe("46%");
    expect(formatScore(en, "csat", 0)).toBe("0%");
    expect(formatScore(nl, "csat", 57.14)).toBe("57%");
    expect(formatScore(en, "nps", 33.33)).toBe("+33");
    expect(formatScore(en, "nps", -20)).toBe("-20");
    expect(formatScore(en, "nps", 0)).toBe("0");
    expect(formatScore(en, "ces", 4.5)).toBe("4.5");
    expect(formatScore(nl, "ces", 5)).toBe("5,0");
    expect(formatScore(en, "responses", 1234)).toBe("1,234");
    expect(formatScore(en, "csat", null)).toBe("—");
  });

  it("rounds the same for exports as for the page", () => {
    expect(roundScore("csat", 45.5)).toBe(46);
    expect(roundScore("nps", -33.4)).toBe(-33);
    expect(roundScore("ces", 4.449)).toBe(4.4);
  });

  it("a change is the difference of the figures shown", () => {
    expect(formatScoreDelta(en, "csat", 57.4, 49.6)).toBe("+7");
    expect(formatScoreDelta(en, "nps", 10, 10.2)).toBe("0");
    expect(formatScoreDelta(en, "ces", 4.46, 4.21)).toBe("+0.3");
    expect(formatScoreDelta(en, "csat", null, 50)).toBe("—");
  });
});

describe("the emotion gap's sign", () => {
  it("is assumed minus measured: positive is a more optimistic team, negative a more pessimistic one", () => {
    expect(gapDirection(1.2)).toBe("optimistic");
    expect(gapDirection(-2)).toBe("pessimistic");
    expect(gapDirection(0.04)).toBe("even");
    expect(formatGap(en, -2)).toBe("-2.0");
    expect(formatGap(en, 1.25)).toBe("+1.3");
    expect(formatGap(nl, -0.5)).toBe("-0,5");
  });
});
