import { describe, expect, it } from "vitest";
import { curvePath, emotionForKey, emotionToY, stepCenterX, yToEmotion } from "./emotion-geometry";

const box = { height: 120, padding: 10 };

describe("emotion geometry", () => {
  it("puts +2 at the top, -2 at the bottom and a missing value at neutral", () => {
    expect(emotionToY(2, box)).toBe(10);
    expect(emotionToY(-2, box)).toBe(110);
    expect(emotionToY(0, box)).toBe(60);
    expect(emotionToY(null, box)).toBe(60);
    expect(emotionToY(1, box)).toBe(35);
  });

  it("maps every value back to itself", () => {
    for (const v of [-2, -1, 0, 1, 2]) expect(yToEmotion(emotionToY(v, box), box)).toBe(v);
  });

  it("snaps to the nearest whole value and clamps outside the box", () => {
    expect(yToEmotion(30, box)).toBe(1); // 35 is +1, 10 is +2; 30 is nearer +1
    expect(yToEmotion(20, box)).toBe(2);
    expect(yToEmotion(-500, box)).toBe(2);
    expect(yToEmotion(500, box)).toBe(-2);
    expect(Object.is(yToEmotion(61, box), 0)).toBe(true);
  });

  it("centres points in their step column", () => {
    expect(stepCenterX(0, 200)).toBe(100);
    expect(stepCenterX(3, 200)).toBe(700);
  });

  it("draws a path through every point", () => {
    expect(curvePath([])).toBe("");
    expect(curvePath([{ x: 100, y: 60 }])).toBe("M 100 60");
    expect(curvePath([{ x: 100, y: 60 }, { x: 300, y: 10 }])).toBe("M 100 60 C 200 60 200 10 300 10");
  });

  it("follows the slider keys and stays within -2..+2", () => {
    expect(emotionForKey("ArrowUp", 0)).toBe(1);
    expect(emotionForKey("ArrowRight", 2)).toBe(2);
    expect(emotionForKey("ArrowDown", -2)).toBe(-2);
    expect(emotionForKey("ArrowLeft", 1)).toBe(0);
    expect(emotionForKey("ArrowUp", null)).toBe(1);
    expect(emotionForKey("ArrowDown", null)).toBe(-1);
    expect(emotionForKey("Home", 1)).toBe(-2);
    expect(emotionForKey("End", -1)).toBe(2);
    expect(emotionForKey("Delete", 1)).toBeNull();
    expect(emotionForKey("a", 1)).toBeUndefined();
  });
});
