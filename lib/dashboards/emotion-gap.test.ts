import { describe, expect, it } from "vitest";
import { emotionGap, largestGaps, measuredEmotion } from "./emotion-gap";

describe("assumed emotion against measured satisfaction", () => {
  it("puts the mean CSAT answer on the emotion scale", () => {
    expect(measuredEmotion(5 * 4, 4)).toBe(2);
    expect(measuredEmotion(1 + 2, 2)).toBe(-1.5);
    expect(measuredEmotion(3 + 4 + 4, 3)).toBe(0.67);
    expect(measuredEmotion(0, 0)).toBeNull();
  });

  it("is assumed minus measured, and needs both", () => {
    expect(emotionGap({ assumed: 2, measured: -1.5 })).toBe(3.5);
    expect(emotionGap({ assumed: -2, measured: 0.5 })).toBe(-2.5);
    expect(emotionGap({ assumed: null, measured: 1 })).toBeNull();
    expect(emotionGap({ assumed: 1, measured: null })).toBeNull();
  });

  it("calls out at most three gaps of a point or more, largest first either way", () => {
    const steps = [
      { id: "a", gap: 0.9 },
      { id: "b", gap: -2.5 },
      { id: "c", gap: 1 },
      { id: "d", gap: null },
      { id: "e", gap: 3.5 },
      { id: "f", gap: -1.2 },
    ];
    expect(largestGaps(steps).map((s) => s.id)).toEqual(["e", "b", "f"]);
    expect(largestGaps([{ gap: 0.5 }])).toEqual([]);
  });
});
